/**
 * Acceptance: a new app outside the workspace installs the PACKED tarballs of the four packages (`pnpm pack`, then one
 * `npm install` into a temporary folder: only the npm registry is reached, for zod and the packages' dependencies),
 * typechecks under `moduleResolution` bundler and node16, runs, and fails to typecheck when a section field is
 * misspelt — in a standard section's block and in a custom section's `section()` call.
 */
import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const PACKAGES = ['core', 'sections', 'render-docx', 'render-md'];
let app = '';

/** Runs `tsc -p <config>` in the app; never throws: the exit code and output are the result. */
async function typecheck(config: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [tsc, '-p', config], { cwd: app, encoding: 'utf8' });
    return { code: 0, output: stdout };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

const tsconfig = (file: string, options: Record<string, unknown>) =>
  JSON.stringify({ compilerOptions: { strict: true, target: 'es2022', types: [], ...options }, files: [file] }, null, 2);

beforeAll(() => {
  app = mkdtempSync(join(tmpdir(), 'baocao-packed-app-'));
  for (const name of PACKAGES) execFileSync('pnpm', ['pack', '--pack-destination', app], { cwd: join(root, 'packages', name), stdio: 'ignore' });
  const tarballs = readdirSync(app).filter((f) => f.endsWith('.tgz')).map((f) => `./${f}`);
  expect(tarballs).toHaveLength(PACKAGES.length);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'packed-app', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs, 'zod@^4.1.0'], { cwd: app, stdio: 'pipe' });
  copyFileSync(join(here, 'app.ts'), join(app, 'app.ts'));
  const misspelt = readFileSync(join(here, 'app.ts'), 'utf8')
    .replace("section: 'nghien-cuu-khcn', data: { accepted: 3 }", "section: 'nghien-cuu-khcn', data: { acepted: 3 }")
    .replace('section(ocop, { products:', 'section(ocop, { prodcts:');
  writeFileSync(join(app, 'misspelt.ts'), misspelt);
  writeFileSync(join(app, 'tsconfig.bundler.json'), tsconfig('app.ts', { module: 'esnext', moduleResolution: 'bundler', noEmit: true }));
  writeFileSync(join(app, 'tsconfig.node16.json'), tsconfig('app.ts', { module: 'node16', moduleResolution: 'node16', outDir: 'out', skipLibCheck: true }));
  writeFileSync(join(app, 'tsconfig.misspelt.json'), tsconfig('misspelt.ts', { module: 'esnext', moduleResolution: 'bundler', noEmit: true, skipLibCheck: true }));
}, 300_000);

afterAll(() => {
  if (app !== '') rmSync(app, { recursive: true, force: true });
});

describe('a new app with the packed tarballs', () => {
  it('typechecks under moduleResolution bundler and node16, runs, and fails on misspelt section fields', async () => {
    // The three compilations run side by side (each takes a few seconds of CPU).
    const [bundler, node16, misspelt] = await Promise.all([typecheck('tsconfig.bundler.json'), typecheck('tsconfig.node16.json'), typecheck('tsconfig.misspelt.json')]);
    expect(bundler).toEqual({ code: 0, output: '' });
    expect(node16).toEqual({ code: 0, output: '' });
    // node16 emitted the app: it runs against the installed packages.
    const run = execFileSync(process.execPath, [join(app, 'out/app.js')], { cwd: app, encoding: 'utf8' });
    expect(JSON.parse(run)).toEqual({ diagnostics: 0, numberLine: 'Số: 07/BC-SKHCN', docx: true, ocop: true });
    expect(misspelt.code).toBe(2);
    const errors = misspelt.output.split('\n').filter((l) => /^misspelt\.ts\(\d+,\d+\): error TS\d+/.test(l));
    expect(errors).toHaveLength(2);
    expect(misspelt.output).toContain("'acepted' does not exist in type");
    expect(misspelt.output).toContain("Did you mean to write 'accepted'?");
    expect(misspelt.output).toMatch(/'prodcts' does not exist in type[^\n]*Did you mean to write 'products'\?/);
  }, 300_000);
});
