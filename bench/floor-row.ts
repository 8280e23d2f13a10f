/**
 * Row 8 of `pnpm bench`: the 10,000-row report against its physical floor (`floor.ts`), measured in the same run,
 * alternating with ours, and the peak RSS of the whole pipeline in a plain Node process (no `tsx`).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeReport } from '@baocao-khcn/core';
import { renderDocx } from '@baocao-khcn/render-docx';
import { renderMarkdown } from '@baocao-khcn/render-md';
import { buildSync } from 'esbuild';
import { appendixTable, docxFloor, markdownFloor } from './floor';
import { largeLimits, largeProfile } from './large-profile';
import { largeReport } from './large-report';
import { measurePair, ms } from './measure';

const here = dirname(fileURLToPath(import.meta.url));

/** Targets of the floor row (ratios to the floor in the same run; RSS in MB). */
export const floorTargets = { docx: 2, markdown: 5, pipeline: 5, rssMb: 200 };

/**
 * The peak RSS of compose + renderDocx + renderMarkdown of `rows` rows in a fresh plain Node process: `scale.ts`
 * bundled by esbuild (the sources, as `tsx` maps them) so that the figure is the pipeline's and not the loader's.
 */
export function pipelineRss(rows: number): { maxRssMb: number; total: number } {
  const dir = join(here, '../node_modules/.cache/baocao-bench');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, 'scale.mjs');
  buildSync({
    entryPoints: [join(here, 'scale.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    tsconfig: join(here, '../tsconfig.json'),
    logLevel: 'error',
    // Aliased: a bundled dependency (fflate's Node build) imports `createRequire` itself.
    banner: { js: "import { createRequire as bannerRequire } from 'node:module'; const require = bannerRequire(import.meta.url);" },
  });
  const out = execFileSync(process.execPath, [outfile, String(rows)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split('\n').pop() as string) as { maxRssMb: number; total: number };
}

const verdict = (ok: boolean) => (ok ? '✓' : '✗ over target');

/** Measures the floor row; returns the rows of its table (what, ours, floor, ratio, target, verdict). */
export async function floorRow(rows = 10_000): Promise<string[][]> {
  const input = largeReport(rows);
  const options = { profile: largeProfile, limits: largeLimits };
  const { document } = composeReport(input, options);
  const table = appendixTable(document);
  const few = { minRuns: 5, minMs: 0, warmup: 1 };
  const docx = await measurePair(() => renderDocx(document), () => docxFloor(table), few);
  const md = await measurePair(() => renderMarkdown(document), () => markdownFloor(table), { minRuns: 9, minMs: 0, warmup: 2 });
  const pipeline = await measurePair(
    async () => {
      const composed = composeReport(input, options).document;
      await renderDocx(composed);
      renderMarkdown(composed);
    },
    () => {
      docxFloor(table);
      markdownFloor(table);
    },
    few,
  );
  const rss = pipelineRss(rows);
  const ratio = (a: number, b: number) => a / b;
  const rDocx = ratio(docx.a.median, docx.b.median);
  const rMd = ratio(md.a.median, md.b.median);
  const rAll = ratio(pipeline.a.median, pipeline.b.median);
  return [
    ['renderDocx', ms(docx.a.median), ms(docx.b.median), rDocx.toFixed(2), `≤ ${floorTargets.docx}`, verdict(rDocx <= floorTargets.docx)],
    ['renderMarkdown', ms(md.a.median), ms(md.b.median), rMd.toFixed(2), `≤ ${floorTargets.markdown}`, verdict(rMd <= floorTargets.markdown)],
    [
      'compose + renderDocx + renderMarkdown (floor: both floors)',
      ms(pipeline.a.median),
      ms(pipeline.b.median),
      rAll.toFixed(2),
      `≤ ${floorTargets.pipeline}`,
      verdict(rAll <= floorTargets.pipeline),
    ],
    ['peak RSS of the pipeline, plain node (MB)', rss.maxRssMb.toFixed(0), '', '', `< ${floorTargets.rssMb}`, verdict(rss.maxRssMb < floorTargets.rssMb)],
  ];
}
