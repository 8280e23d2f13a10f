/**
 * The shipped code generates no code (issue 16): no `new Function` and no `eval(` in any built file of the packages
 * (packages/<name>/dist, after `pnpm build`), nor in the browser bundle of all four packages with their dependencies
 * (zod, the app's peer, aside: an app under a strict CSP sets `z.config({ jitless: true })`, see examples/browser).
 * And `sideEffects: false` holds: `formatNumber` alone brings in no renderer and no template engine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module without types
import { bundle, measure } from '../scripts/bundle-budget.mjs';

const packages = fileURLToPath(new URL('../packages', import.meta.url));
const CODE_GENERATION = /\bnew Function\b|\beval\(|\bFunction\(/;

describe('no code generation in what ships', () => {
  const built = readdirSync(packages).flatMap((name) => {
    const dist = join(packages, name, 'dist');
    let files: string[] = [];
    try {
      files = readdirSync(dist).filter((f) => /\.(c|m)?js$/.test(f));
    } catch {
      return [];
    }
    return files.map((f) => join(dist, f));
  });

  it('every package is built (the test runs after pnpm build)', () => {
    for (const name of ['core', 'sections', 'render-docx', 'render-md']) expect(built.some((f) => f.includes(`${name}/dist/index.js`)), name).toBe(true);
  });

  it('no built file of the packages holds new Function or eval(', () => {
    const offenders = built.filter((f) => CODE_GENERATION.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the browser bundle of the four packages and their dependencies holds none either', async () => {
    const { code } = (await bundle(`export * from '@baocao-khcn/core'; export * from '@baocao-khcn/sections'; export * from '@baocao-khcn/render-md'; export * from '@baocao-khcn/render-docx';`)) as { code: string };
    expect(code.length).toBeGreaterThan(100_000);
    expect(code.match(CODE_GENERATION)).toBeNull();
  });

  it('the bundle stays within its budget and formatNumber alone pulls in nothing else', async () => {
    const result = (await measure()) as { problems: string[]; formatOnly: number };
    expect(result.problems).toEqual([]);
    expect(result.formatOnly).toBeLessThan(2_000);
  });
});
