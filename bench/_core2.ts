import { composeReport, validateReport } from '@baocao-khcn/core';
import { examples } from '@baocao-khcn/examples/registry';
for (let i = 0; i < 300; i++) for (const ex of examples) { const o = { profile: ex.profile, sections: ex.sections }; validateReport(ex.input, o); composeReport(ex.input, o); }
(globalThis as any).__T = {};
const t0 = performance.now();
for (let i = 0; i < 300; i++) for (const ex of examples) { const o = { profile: ex.profile, sections: ex.sections }; validateReport(ex.input, o); composeReport(ex.input, o); }
const all = performance.now() - t0;
console.log('per iteration (all 6 examples, validate+compose):', (all / 300).toFixed(2), 'ms', Object.fromEntries(Object.entries((globalThis as any).__T).map(([k, v]) => [k, ((v as number) / 300).toFixed(2)])));
