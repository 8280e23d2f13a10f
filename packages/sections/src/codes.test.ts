/** The standard sections' diagnostic codes: the list, the sources, the README and the `DiagnosticCode` type agree. */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DiagnosticCode, DiagnosticCodeRegistry } from '@baocao-khcn/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { SECTION_CODES, type SectionDiagnosticCode } from './codes';

const src = dirname(fileURLToPath(import.meta.url));
const readme = readFileSync(resolve(src, '../README.md'), 'utf8');

describe('diagnostic codes of the standard sections', () => {
  it('lists every code the sections write, and no other', () => {
    const written = readdirSync(src)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'codes.ts')
      .flatMap((f) => {
        const text = readFileSync(join(src, f), 'utf8');
        const id = /^const ID = '([a-z-]+)'/m.exec(text)?.[1];
        return [...text.matchAll(/`\$\{ID\}\/([a-z0-9-]+)`/g)].map((m) => `${id}/${m[1]}`);
      });
    expect([...new Set(written)].sort()).toEqual([...SECTION_CODES].sort());
  });

  it('the README names every code in its section’s row', () => {
    for (const code of SECTION_CODES) {
      const [id, name] = code.split('/') as [string, string];
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${id}\` |`));
      expect(row, code).toMatch(new RegExp(`\`(?:${id}|…)/${name}\``));
    }
  });

  it('registers the codes in DiagnosticCode', () => {
    expectTypeOf<SectionDiagnosticCode>().toExtend<keyof DiagnosticCodeRegistry>();
    expectTypeOf<'nghien-cuu-khcn/by-level-sum'>().toExtend<DiagnosticCode>();
  });
});
