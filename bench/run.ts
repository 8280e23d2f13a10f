/**
 * `pnpm bench`: every figure measured side by side in the same run, against the targets of the benchmark issue.
 * Results are printed as tables; see bench/README.md for what each row means.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { composeReport, validateReport } from '@baocao-khcn/core';
import { renderDocx } from '@baocao-khcn/render-docx';
import { renderMarkdown, toMdast } from '@baocao-khcn/render-md';
import { examples } from '@baocao-khcn/examples/registry';
import { profile as seriesProfile, seriesExamples } from '@baocao-khcn/examples/series';
import { allSections } from '@baocao-khcn/sections';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { baselineDocx } from './baseline-docx';
import { floorRow, floorTargets } from './floor-row';
import { measure, measurePair, ms } from './measure';

const here = dirname(fileURLToPath(import.meta.url));
const quick = process.env.BENCH_QUICK === '1';
const target = (ok: boolean) => (ok ? '✓' : '✗ over target');

console.log(`baocao-khcn benchmark — Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB\n`);

// 1–3: per seed report.
const rows1: string[][] = [];
const rows2: string[][] = [];
const rows3: string[][] = [];
for (const ex of examples) {
  const options = { profile: ex.profile, sections: ex.sections };
  const vc = await measure(() => {
    validateReport(ex.input, options);
    composeReport(ex.input, options);
  });
  rows1.push([ex.id, ms(vc.median), ms(vc.p95), target(vc.median < 5)]);
  const { document } = composeReport(ex.input, options);
  const { a: ours, b: base } = await measurePair(() => renderDocx(document), () => baselineDocx(document), { minRuns: 10 });
  const r = ours.median / base.median;
  rows2.push([ex.id, ms(ours.median), ms(base.median), r.toFixed(2), target(r <= 1.3)]);
  const mdast = toMdast(document);
  const { a: oursMd, b: baseMd } = await measurePair(() => renderMarkdown(document), () => toMarkdown(mdast, { extensions: [gfmToMarkdown()] }));
  const rm = oursMd.median / baseMd.median;
  rows3.push([ex.id, ms(oursMd.median), ms(baseMd.median), rm.toFixed(2), target(rm <= 1.5)]);
}
table('1. validateReport + composeReport per report (ms; target median < 5)', ['report', 'median', 'p95', ''], rows1);
table('2. renderDocx vs the same content built directly with docx (ms; target ratio ≤ 1.3)', ['report', 'ours', 'baseline', 'ratio', ''], rows2);
table('3. renderMarkdown vs mdast-util-to-markdown on the equivalent mdast (ms; target ratio ≤ 1.5)', ['report', 'ours', 'baseline', 'ratio', ''], rows3);

// 4: scaling, one fresh process per size so that peak RSS means something.
const sizes = quick ? [100, 1000, 10_000] : [100, 1000, 10_000, 50_000];
const scale = sizes.map((n) => {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(here, 'scale.ts'), String(n)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split('\n').pop() as string) as { rows: number; compose: number; docx: number; markdown: number; total: number; maxRssMb: number };
});
const perRow = (n: number) => {
  const s = scale.find((x) => x.rows === n);
  return s ? s.total / s.rows : Number.NaN;
};
table(
  '4. Appendix table scaling: compose + renderDocx + renderMarkdown (ms, peak RSS MB; target 10,000 rows < 2 s and < 300 MB)',
  ['rows', 'compose', 'docx', 'markdown', 'total', 'peak RSS', 'ms/row', ''],
  scale.map((s) => [
    s.rows.toLocaleString('en'), ms(s.compose), ms(s.docx), ms(s.markdown), ms(s.total), s.maxRssMb.toFixed(0), (s.total / s.rows).toFixed(3),
    s.rows === 10_000 ? target(s.total < 2000 && s.maxRssMb < 300) : '',
  ]),
);
const largest = sizes[sizes.length - 1] as number;
const linearity = perRow(largest) / perRow(1000);
console.log(`linearity: per-row cost at ${largest.toLocaleString('en')} rows / at 1,000 rows = ${linearity.toFixed(2)} ${target(linearity <= 1.5)} (target ≤ 1.5)\n`);

// 5: batch of 100 reports in one process; heap after GC every 10 reports.
const gc = (globalThis as { gc?: () => void }).gc;
const heaps: number[] = [];
const t0 = performance.now();
for (let i = 0; i < 100; i++) {
  const ex = examples[i % examples.length]!;
  const { document } = composeReport(ex.input, { profile: ex.profile, sections: ex.sections });
  await renderDocx(document);
  renderMarkdown(document);
  if (i % 10 === 9) {
    gc?.();
    heaps.push(process.memoryUsage().heapUsed / 2 ** 20);
  }
}
const elapsed = performance.now() - t0;
const growth = (heaps[heaps.length - 1] as number) - (heaps[1] as number);
table('5. Batch: 100 reports in one process', ['reports/s', 'heap after GC every 10 reports (MB)', 'growth 20→100', ''], [
  [(100 / (elapsed / 1000)).toFixed(1), heaps.map((h) => h.toFixed(1)).join(' '), `${growth.toFixed(1)} MB`, target(growth < 5)],
]);
if (!gc) console.log('(run with --expose-gc for the heap figures)');

// 6: the five seed reports through the built `baocao` bin, in one process, from spawn to exit.
const bin = join(here, '../packages/cli/dist/bin.js');
const seeds = examples.filter((e) => e.seed).map((e) => join(here, `../examples/cli/${e.id}.json`));
const cliRuns: number[] = [];
for (let i = 0; i < (quick ? 3 : 5); i++) {
  const out = mkdtempSync(join(os.tmpdir(), 'bench-cli-'));
  const t = performance.now();
  execFileSync(process.execPath, [bin, 'render', ...seeds, '-o', out], { stdio: 'ignore' });
  cliRuns.push(performance.now() - t);
  rmSync(out, { recursive: true, force: true });
}
const cliMedian = [...cliRuns].sort((a, b) => a - b)[Math.floor(cliRuns.length / 2)] as number;
table('6. CLI: `baocao render` of the five seed reports (.docx + .md) in one process, spawn to exit (ms; target < 2000)', ['runs', 'median', 'each', ''], [
  [String(cliRuns.length), ms(cliMedian), cliRuns.map(ms).join(' '), target(cliMedian < 2000)],
]);

// 7: a report of a series with its history: December 2025 with the 24 reports before it (12 months of 2024, 11 of
// 2025, the plan), every figure asking for lũy kế, cùng kỳ and kế hoạch năm, and the comparison table.
const december = seriesExamples().find((e) => e.id === '2025-thang-12')!;
const withHistory = { profile: seriesProfile, sections: allSections, history: december.history };
const hv = await measure(() => {
  validateReport(december.input, withHistory);
  composeReport(december.input, withHistory);
});
table('7. Report series: validateReport + composeReport with a history (ms; target median < 10)', ['report', 'history', 'median', 'p95', ''], [
  [december.id, `${december.history.length} reports`, ms(hv.median), ms(hv.p95), target(hv.median < 10)],
]);

// 8: the 10,000-row report against its physical floor (bench/floor.ts), alternating with ours in this run.
table(
  `8. Floor at 10,000 rows: ours vs the same table written directly (ms; targets: renderDocx ≤ ${floorTargets.docx}×, renderMarkdown ≤ ${floorTargets.markdown}×, the pipeline ≤ ${floorTargets.pipeline}× both floors, peak RSS < ${floorTargets.rssMb} MB)`,
  ['what', 'ours', 'floor', 'ratio', 'target', ''],
  await floorRow(),
);

function table(title: string, head: string[], rows: string[][]) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(title);
  console.log(line(head));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const r of rows) console.log(line(r));
  console.log();
}
