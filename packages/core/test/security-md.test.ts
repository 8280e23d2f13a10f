/**
 * SECURITY.md says what the code does (issue 20.7): every number of its limits and template bounds tables is the
 * constant it names, its table of removed characters is exactly what `cleanText` removes (every code point from
 * U+0000 to U+10FFFF) and what the text check reports, and the codes it names exist.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LIMITS } from '@baocao-khcn/core';
import { cleanText } from '@baocao-khcn/core/plugin';
import { describe, expect, it } from 'vitest';
import { MAX_TEMPLATE_NESTING } from '../src/template/check';
import { MAX_TEMPLATE_LENGTH } from '../src/template/engine';
import { MAX_TEMPLATE_OUTPUT, MAX_TEMPLATE_STEPS } from '../src/template/interpret';
import { hasForbiddenChars } from '../src/text/clean';
import { CORE_CODES } from '../src/validate/codes';

const text = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../../SECURITY.md'), 'utf8');

/** The body rows of the Markdown table whose header line starts with `header`, as cells. */
function tableAfter(header: string): string[][] {
  const start = text.indexOf(header);
  expect(start, `SECURITY.md has no table "${header}"`).toBeGreaterThanOrEqual(0);
  const table: string[] = [];
  for (const line of text.slice(start).split('\n').map((l) => l.trim())) {
    if (!line.startsWith('|')) break;
    table.push(line);
  }
  return table.slice(2).map((l) => l.slice(1, -1).split('|').map((c) => c.trim()));
}

/** `5,000,000` → 5000000. */
const number = (cell: string): number => Number(cell.replaceAll(',', ''));

describe('SECURITY.md matches the code', () => {
  it('the limits table gives DEFAULT_LIMITS, each with its diagnostic code', () => {
    const rows = tableAfter('| limit | default |');
    expect(Object.fromEntries(rows.map((r) => [r[0]!.replaceAll('`', ''), number(r[1]!)]))).toEqual({ ...DEFAULT_LIMITS });
    for (const row of rows) expect(CORE_CODES).toContain(row[3]!.replaceAll('`', ''));
  });

  it('the template bounds table gives the constants of packages/core/src/template', () => {
    const rows = tableAfter('| bound | value |');
    expect(Object.fromEntries(rows.map((r) => [r[0]!.replaceAll('`', ''), number(r[1]!)]))).toEqual({ MAX_TEMPLATE_LENGTH, MAX_TEMPLATE_NESTING, MAX_TEMPLATE_STEPS, MAX_TEMPLATE_OUTPUT });
  });

  it('the removed characters are exactly those cleanText removes and the text check reports, U+0000 to U+10FFFF', () => {
    const listed = new Set<number>();
    for (const row of tableAfter('| characters | code points |')) {
      for (const m of row[1]!.matchAll(/U\+([0-9A-F]{4,6})(?:–U\+([0-9A-F]{4,6}))?/g)) {
        const from = parseInt(m[1]!, 16);
        for (let cp = from; cp <= parseInt(m[2] ?? m[1]!, 16); cp++) listed.add(cp);
      }
    }
    expect(listed.size).toBe(29 + 33 + 2048 + 32 + 34);
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      // A surrogate alone is a lone surrogate; every other code point as itself.
      const char = cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
      const removed = cleanText(char) === '';
      if (removed !== listed.has(cp) || hasForbiddenChars(char) !== listed.has(cp)) wrong.push(cp.toString(16));
    }
    expect(wrong).toEqual([]);
    // A valid pair stays; tab, line feed stay; carriage returns become line feeds.
    expect(cleanText('a\u{1F600}\t\r\nb\rc')).toBe('a\u{1F600}\t\nb\nc');
  });

  it('the codes SECURITY.md names exist', () => {
    const named = [...text.matchAll(/`([a-z]+\/[a-z-]+)`/g)].map((m) => m[1]!).filter((c) => /^(input|text|template|section|internal|series)\//.test(c));
    expect(named.length).toBeGreaterThan(5);
    for (const code of named) expect(CORE_CODES).toContain(code);
  });
});
