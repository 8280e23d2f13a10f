/**
 * Property 6 (issue 15.4, 20.3): every diagnostic path leads to a value — of the input, or of the option it is
 * about, by the rule of packages/test-utils/src/paths.ts — on wild input and on composable reports; and a forbidden
 * character planted in any string of a report (section data included), whether the document prints it or not, is
 * reported once, at that string's own path (issue 20: a breakdown's label, unused shared data … too).
 */
import fc from 'fast-check';
import { validateReport } from '@baocao-khcn/core';
import { resolvePath, unresolvedPaths } from '@baocao-khcn/test-utils';
import { describe, expect, it } from 'vitest';
import { composableReport, fuzzOptions, fuzzProfile, paths, wildReport } from './arbitraries';
import { fcParams, timeoutFor } from './config';

const MS = 15;
const roots = (input: unknown) => ({ input, profile: fuzzProfile, sections: fuzzOptions.sections });

/** What SECURITY.md says cleanText removes, written independently of core: C0 but tab/LF/CR, DEL, C1, noncharacters, lone surrogates. */
const REMOVED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\p{Noncharacter_Code_Point}|\p{Cs}/u;
const SAMPLES = ['\u0000', '\u0007', '\u000B', '\u001F', '\u007F', '\u0085', '\u009F', '\uFDD0', '\uFDEF', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF', '\u{1FFFE}', '\u{10FFFF}'];

/** A report with one forbidden character inserted into one of its strings, and that string's path. */
const planted = fc.tuple(composableReport(), fc.nat(), fc.nat(), fc.constantFrom(...SAMPLES)).map(([report, pick, at, char]) => {
  const root = structuredClone(report) as unknown;
  const strings = paths(root).filter((p) => typeof resolvePath(root, p).found && typeof (resolvePath(root, p) as { value?: unknown }).value === 'string');
  if (strings.length === 0) return { input: root, path: undefined };
  const path = strings[pick % strings.length]!;
  let parent = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const key = path[path.length - 1]!;
  const text = parent[key] as string;
  const i = at % (text.length + 1);
  // A lone surrogate planted next to a lone surrogate of the other half makes a valid pair, which is not removed
  // (2026-12-02: "\uDFFF" with "\uD800" planted before it is "𐏿"): plant a C0 control there instead.
  const withChar = text.slice(0, i) + char + text.slice(i);
  parent[key] = REMOVED.test(withChar) ? withChar : text.slice(0, i) + '\u0000' + text.slice(i);
  return { input: root, path };
});

describe('property 6: every diagnostic path leads to a value', () => {
  it('on wild input', () => {
    fc.assert(fc.property(wildReport(), (input) => {
      const lost = unresolvedPaths(validateReport(input, fuzzOptions), roots(input));
      expect(lost, lost.join('; ')).toEqual([]);
    }), fcParams(MS));
  }, timeoutFor(MS));

  it('on composable reports, and text/forbidden-char leads to a string holding such a character', () => {
    fc.assert(fc.property(composableReport(), (input) => {
      const diagnostics = validateReport(input, fuzzOptions);
      expect(unresolvedPaths(diagnostics, roots(input))).toEqual([]);
      for (const d of diagnostics.filter((x) => x.code === 'text/forbidden-char')) {
        const found = resolvePath(input, d.path);
        expect(found.found && typeof found.value === 'string' && REMOVED.test(found.value), JSON.stringify(d.path)).toBe(true);
      }
    }), fcParams(MS));
  }, timeoutFor(MS));

  it('a forbidden character planted in any string, printed or not, is reported once at that string', () => {
    fc.assert(fc.property(planted, ({ input, path }) => {
      const diagnostics = validateReport(input, fuzzOptions);
      expect(unresolvedPaths(diagnostics, roots(input))).toEqual([]);
      const forbidden = diagnostics.filter((d) => d.code === 'text/forbidden-char').map((d) => JSON.stringify(d.path));
      expect(new Set(forbidden).size, `reported twice: ${forbidden.join('; ')}`).toBe(forbidden.length);
      if (path === undefined) return;
      expect(forbidden.filter((p) => p === JSON.stringify(path)), `${JSON.stringify(path)}: ${JSON.stringify(diagnostics.map((d) => [d.code, d.path]))}`).toHaveLength(1);
    }), fcParams(MS));
  }, timeoutFor(MS));
});
