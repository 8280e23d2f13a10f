import { composeReport, validateReport } from '@baocao-khcn/core';
import { examples } from '@baocao-khcn/examples/registry';
const n = Number(process.argv[2] ?? 200);
const which = process.argv[3];
for (const ex of examples) {
  if (which && !ex.id.startsWith(which)) continue;
  const options = { profile: ex.profile, sections: ex.sections };
  for (let i = 0; i < 5; i++) { validateReport(ex.input, options); composeReport(ex.input, options); }
  const ts: number[] = [];
  for (let i = 0; i < n; i++) { const t = performance.now(); validateReport(ex.input, options); composeReport(ex.input, options); ts.push(performance.now() - t); }
  ts.sort((a, b) => a - b);
  console.log(ex.id.padEnd(28), 'median', ts[n >> 1]!.toFixed(2), 'p95', ts[Math.floor(n * 0.95)]!.toFixed(2));
}
