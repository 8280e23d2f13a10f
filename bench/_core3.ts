import { composeReport, validateReport } from '@baocao-khcn/core';
import { examples } from '@baocao-khcn/examples/registry';
const N = Number(process.argv[2] ?? 300);
const iter = () => { for (const ex of examples) { const o = { profile: ex.profile, sections: ex.sections }; validateReport(ex.input, o); composeReport(ex.input, o); } };
for (let i = 0; i < 100; i++) iter();
const best: number[] = [];
for (let r = 0; r < 5; r++) { const c0 = process.cpuUsage(); const t0 = performance.now(); for (let i = 0; i < N / 5; i++) iter(); const c = process.cpuUsage(c0); best.push((c.user + c.system) / 1000 / (N / 5)); }
console.log('cpu ms per iteration (6 reports × validate+compose): min', Math.min(...best).toFixed(2), 'all', best.map((b) => b.toFixed(2)).join(' '));
