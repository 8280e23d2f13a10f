/** The diagnostic codes: the README's table, the `CoreDiagnosticCode` union and the sources say the same. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CoreDiagnosticCode, Diagnostic, DiagnosticCode } from '@baocao-khcn/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { CORE_CODES, SCHEMA_CODES } from '../src/validate/codes';

const pkg = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const readme = readFileSync(join(pkg, 'README.md'), 'utf8');
const table = readme.slice(readme.indexOf('## Diagnostic codes'));
const tableCodes = new Set([...table.matchAll(/`([a-z]+(?:-[a-z]+)*\/[a-z_]+(?:-[a-z]+)*)`/g)].map((m) => m[1]));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    // Comments left out: the TSDoc examples use codes of sections.
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [readFileSync(p, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')] : [];
  });
}

describe('diagnostic codes of core', () => {
  it('the README table lists exactly the codes of the union', () => {
    expect([...tableCodes].sort()).toEqual([...CORE_CODES, ...SCHEMA_CODES].sort());
    expect(tableCodes).toContain('input/unknown-field');
    expect(tableCodes).toContain('internal/error');
  });

  it('every code written in core’s sources is in the union', () => {
    const written = new Set(sources(join(pkg, 'src')).flatMap((text) => [...text.matchAll(/code: '([a-z-]+\/[a-z_-]+)'/g)].map((m) => m[1])));
    const known = new Set<string>([...CORE_CODES, ...SCHEMA_CODES]);
    expect([...written].filter((c) => !known.has(c as string))).toEqual([]);
  });

  it('types Diagnostic.code as the union, open to `<prefix>/<name>` codes of plugins', () => {
    expectTypeOf<Diagnostic['code']>().toEqualTypeOf<DiagnosticCode>();
    expectTypeOf<'figure/breakdown-sum'>().toExtend<CoreDiagnosticCode>();
    expectTypeOf<'schema/invalid_type'>().toExtend<CoreDiagnosticCode>();
    expectTypeOf<'chuong-trinh-ocop/too-many'>().toExtend<DiagnosticCode>();
    expectTypeOf<'no-slash'>().not.toExtend<DiagnosticCode>();
  });
});
