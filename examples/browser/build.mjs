// Builds the example page into dist/ (esbuild): `node build.mjs`, or `node build.mjs --serve` to rebuild on change
// and serve it on http://127.0.0.1:8000.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));

/** esbuild options of the page, writing into `outdir`. */
export function pageOptions(outdir = join(here, 'dist')) {
  return {
    entryPoints: { main: join(here, 'src/main.ts') },
    outdir,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'warning',
  };
}

/** Builds the page (script, HTML, CSS) into `outdir`. */
export async function buildPage(outdir = join(here, 'dist')) {
  mkdirSync(outdir, { recursive: true });
  for (const file of ['index.html', 'style.css', 'favicon.svg']) copyFileSync(join(here, file), join(outdir, file));
  await esbuild.build(pageOptions(outdir));
  return outdir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outdir = await buildPage();
  if (process.argv.includes('--serve')) {
    const ctx = await esbuild.context(pageOptions(outdir));
    await ctx.watch();
    const { port } = await ctx.serve({ servedir: outdir, host: '127.0.0.1', port: 8000 });
    console.log(`http://127.0.0.1:${port}/`);
  } else {
    console.log(`built ${outdir}`);
  }
}
