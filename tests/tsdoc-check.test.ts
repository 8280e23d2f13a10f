/**
 * scripts/tsdoc-check.mjs is not vacuous: on a fixture package it follows re-exports (named, `export type`,
 * `export *`, a subpath entry) to the declarations and names each export that lacks a TSDoc description (types)
 * or an @example (functions, constants, classes); on the real packages it passes.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SCRIPT = join(ROOT, 'scripts/tsdoc-check.mjs');

function write(root: string, file: string, text: string): void {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
}

function check(cwd: string, ...args: string[]): { status: number | null; stdout: string } {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout + r.stderr };
}

describe('tsdoc-check', () => {
  const root = mkdtempSync(join(tmpdir(), 'tsdoc-check-'));
  write(root, 'packages/demo/package.json', JSON.stringify({ name: '@demo/demo', exports: { '.': {}, './extra': {}, './package.json': './package.json' } }));
  write(root, 'packages/internal/package.json', JSON.stringify({ name: '@demo/internal', private: true }));
  write(
    root,
    'packages/demo/src/index.ts',
    ["export { documented, undocumented, noExample } from './values';", "export type { Described, Bare } from './types';", "export * from './star';"].join('\n'),
  );
  write(
    root,
    'packages/demo/src/values.ts',
    [
      '/**',
      ' * Adds one.',
      ' *',
      ' * @example',
      ' * documented(1) // 2',
      ' */',
      'export function documented(n: number): number {',
      '  return n + 1;',
      '}',
      'export const undocumented = 1;',
      '/** Described but no example. */',
      'export class noExample {}',
    ].join('\n'),
  );
  write(root, 'packages/demo/src/types.ts', ['/** A described type. */', 'export type Described = { a: number };', 'export interface Bare { b: string }'].join('\n'));
  write(root, 'packages/demo/src/star.ts', ['export type FromStar = string;', '/** Documented, from `export *`. */', 'export type FineFromStar = number;'].join('\n'));
  write(root, 'packages/demo/src/entry/extra.ts', ['export type { Described } from "../types";', 'export type Lonely = 1;'].join('\n'));

  it('names every undocumented export of every entry point, through re-exports, and exits 1', () => {
    const r = check(ROOT, '--root', root);
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n')).toEqual([
      'TSDoc: demo: missing on undocumented (no TSDoc description); noExample (no @example); Bare (no TSDoc description); FromStar (no TSDoc description)',
      'TSDoc: demo/extra: missing on Lonely (no TSDoc description)',
    ]);
  });

  it('checks only the entry points named, and refuses an unknown one', () => {
    expect(check(ROOT, '--root', root, 'demo/extra').stdout.trim()).toBe('TSDoc: demo/extra: missing on Lonely (no TSDoc description)');
    const unknown = check(ROOT, '--root', root, 'demo/nope');
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toContain('unknown entry point(s): demo/nope');
  });

  it('passes on the published packages, every entry point included', () => {
    const r = check(ROOT);
    expect(r.status).toBe(0);
    const ids = r.stdout.trim().split('\n').map((line) => /^TSDoc: (\S+): all \d+ exports documented$/.exec(line)?.[1]);
    expect(ids).toEqual(['cli', 'core', 'core/plugin', 'core/format', 'core/tree', 'render-docx', 'render-docx/node', 'render-md', 'sections']);
  });
});
