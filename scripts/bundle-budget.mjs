// Bundle budget (issue 16): what a web app ships when it imports the four packages. Bundles core + sections +
// render-md + render-docx from their built dist with esbuild (minified, for browsers, zod external as the app's own
// peer), gzips it and fails above the budget (below the 140 KB target, which is met); lists the biggest contributors (esbuild metafile). Then checks that
// `sideEffects: false` holds: importing only `formatNumber` from `@baocao-khcn/core/format` brings in neither a
// renderer nor the template engine. Also asserts no bundle holds `new Function` or `eval(` (CSP-safe).
// `node scripts/bundle-budget.mjs` (after `pnpm build`); `--json` prints the measures.
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import * as esbuild from 'esbuild';

/** The target of issue 16, met since render-docx writes its own XML (95.2 KiB on 2026-12-02): see examples/browser/README.md, "Bundle size". */
export const TARGET_BYTES = 140 * 1024;
/**
 * What the check enforces: the measured size plus a little, so that real growth fails; below the target. 108 KiB
 * since every field of the model and of the sections carries a Vietnamese title and description for forms (issue
 * 15.5: about 10 KiB gzipped of text).
 */
export const BUDGET_BYTES = 108 * 1024;
const root = resolve(import.meta.dirname, '..');

/** Bundles `contents` (an entry module) as a web app would; returns the code and esbuild's metafile. */
export async function bundle(contents) {
  const result = await esbuild.build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external: ['zod', 'zod/*'],
    metafile: true,
    write: false,
    legalComments: 'none',
    // Vietnamese text stays UTF-8 (as Vite does) instead of \uXXXX escapes, which would double its size.
    charset: 'utf8',
    logLevel: 'silent',
  });
  return { code: result.outputFiles[0].text, metafile: result.metafile };
}

/** Bytes in the output per package (a `node_modules` package, or one of ours by its folder). */
export function contributors(metafile) {
  const sizes = new Map();
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const modules = path.split('node_modules/');
      const tail = modules[modules.length - 1];
      const name = modules.length > 1 ? (tail.startsWith('@') ? tail.split('/').slice(0, 2).join('/') : tail.split('/')[0]) : (path.match(/packages\/([^/]+)/)?.[1] ?? path);
      const key = modules.length > 1 ? name : `@baocao-khcn/${name}`;
      sizes.set(key, (sizes.get(key) ?? 0) + bytesInOutput);
    }
  }
  return [...sizes].sort((a, b) => b[1] - a[1]);
}

const EVAL = /\bnew Function\b|\beval\(/;
const ALL = `export * from '@baocao-khcn/core'; export * as plugin from '@baocao-khcn/core/plugin'; export * as format from '@baocao-khcn/core/format'; export * from '@baocao-khcn/sections'; export * from '@baocao-khcn/render-md'; export * from '@baocao-khcn/render-docx';`;
const ONLY_FORMAT = `import { formatNumber } from '@baocao-khcn/core/format'; console.log(formatNumber(1234.5));`;

/** Measures everything; returns the measures and the list of problems (empty when within the rules). */
export async function measure() {
  const problems = [];
  const all = await bundle(ALL);
  const gzipped = gzipSync(all.code, { level: 9 }).length;
  if (gzipped > Math.min(BUDGET_BYTES, TARGET_BYTES)) problems.push(`bundle is ${gzipped} bytes gzipped, over the budget of ${Math.min(BUDGET_BYTES, TARGET_BYTES)} (target ${TARGET_BYTES})`);
  if (EVAL.test(all.code)) problems.push(`bundle holds code generation: ${all.code.match(EVAL)[0]}`);
  const format = await bundle(ONLY_FORMAT);
  const pulled = Object.entries(Object.values(format.metafile.outputs)[0].inputs)
    .filter(([path, { bytesInOutput }]) => bytesInOutput > 0 && /render-docx|render-md|sections|node_modules\/(docx|@handlebars|jszip)/.test(path))
    .map(([path]) => path);
  const leaks = ['Parse error', 'OPEN_PARTIAL', 'template/error', 'w:document', 'renderMarkdown'].filter((marker) => format.code.includes(marker));
  if (pulled.length > 0 || leaks.length > 0) problems.push(`importing formatNumber pulls in ${[...pulled, ...leaks].join(', ')}`);
  return { gzipped, minified: all.code.length, formatOnly: gzipSync(format.code).length, contributors: contributors(all.metafile), problems };
}

if (process.argv[1] === import.meta.filename) {
  const result = await measure();
  if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`bundle (core + sections + render-md + render-docx, zod external): ${kb(result.minified)} minified, ${kb(result.gzipped)} gzipped (enforced budget ${kb(BUDGET_BYTES)}, target ${kb(TARGET_BYTES)}: met)`);
  console.log(`formatNumber alone: ${kb(result.formatOnly)} gzipped`);
  console.log('biggest contributors (minified bytes in the bundle):');
  for (const [name, bytes] of result.contributors.slice(0, 8)) console.log(`  ${name.padEnd(34)} ${kb(bytes)}`);
  for (const problem of result.problems) console.error(`✗ ${problem}`);
  process.exit(result.problems.length > 0 ? 1 : 0);
}
