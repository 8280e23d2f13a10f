/**
 * Property 7 (issue 20.2): exotic objects — a getter that throws, a Proxy whose `get`, `ownKeys` or `getPrototypeOf`
 * trap throws, a revoked Proxy — at a random place of an otherwise valid report or of its `history` give
 * `input/unreadable` at a path that resolves (by the rule of packages/test-utils/src/paths.ts) and lies at or under
 * the planted value; `validateReport` never throws nor reports `internal/error`, and `composeReport` throws a
 * `ComposeError` carrying the same diagnostics — never a raw error. The same lists of reports through
 * `rollupIndicators` give `input/unreadable` at or under the planted value and no indicator (never a raw error nor
 * `internal/error`), and the same reports through `indicatorsOf` give `[]` when the planted value cannot be read.
 */
import fc from 'fast-check';
import { composeReport, indicatorsOf, isComposeError, rollupIndicators, validateReport, type Diagnostic } from '@baocao-khcn/core';
import { unresolvedPaths } from '@baocao-khcn/test-utils';
import { describe, expect, it } from 'vitest';
import { composableReport, fuzzOptions, fuzzProfile } from './arbitraries';
import { fcParams, timeoutFor } from './config';
import { exoticHistory, exoticReport, type Planted } from './exotic';
import { expectWellFormed } from './properties';

const MS = 20;

function check(input: unknown, history: unknown, planted: Planted, base: (string | number)[]): void {
  const options = history === undefined ? fuzzOptions : { ...fuzzOptions, history: history as unknown[] };
  const diagnostics = validateReport(input, options);
  expectWellFormed(diagnostics, 'validateReport');
  expect(diagnostics.filter((d) => d.code === 'internal/error')).toEqual([]);
  const lost = unresolvedPaths(diagnostics, { input, profile: fuzzProfile, history, sections: fuzzOptions.sections });
  expect(lost, lost.join('; ')).toEqual([]);
  const at = [...base, ...planted.at];
  const unreadable = diagnostics.filter((d) => d.code === 'input/unreadable');
  expect(unreadable.every((d) => at.every((key, i) => d.path[i] === key)), JSON.stringify(unreadable.map((d) => d.path))).toBe(true);
  let thrown: unknown;
  let composed: { diagnostics: Diagnostic[] } | undefined;
  try {
    composed = composeReport(input, options);
  } catch (error) {
    thrown = error;
  }
  if (planted.unreadable) {
    expect(unreadable.length, `no input/unreadable under ${JSON.stringify(at)}`).toBeGreaterThan(0);
    expect(isComposeError(thrown), `composeReport threw ${String(thrown)}`).toBe(true);
  }
  if (thrown !== undefined) {
    expect(isComposeError(thrown), `composeReport threw ${String(thrown)}`).toBe(true);
    expect((thrown as { diagnostics: Diagnostic[] }).diagnostics).toEqual(diagnostics);
  } else expect(composed?.diagnostics).toEqual(diagnostics);
}

describe('property 7: exotic objects are read once, never thrown', () => {
  it('in the report', () => {
    fc.assert(fc.property(exoticReport, (planted) => check(planted.report, undefined, planted, [])), fcParams(MS));
  }, timeoutFor(MS));

  it('in the history (an entry, inside an entry, or the list itself)', () => {
    fc.assert(fc.property(composableReport(), exoticHistory, (report, planted) => check(report, planted.report, planted, ['history'])), fcParams(MS));
  }, timeoutFor(MS));

  it('through rollupIndicators and indicatorsOf', () => {
    fc.assert(
      fc.property(exoticHistory, exoticReport, (list, one) => {
        const rolled = rollupIndicators(list.report as unknown[], { kind: 'year', year: 2025 }, fuzzOptions);
        expectWellFormed(rolled.diagnostics, 'rollupIndicators');
        expect(rolled.diagnostics.filter((d) => d.code === 'internal/error')).toEqual([]);
        const unreadable = rolled.diagnostics.filter((d) => d.code === 'input/unreadable');
        expect(unreadable.every((d) => list.at.every((key, i) => d.path[i] === key)), JSON.stringify(unreadable.map((d) => d.path))).toBe(true);
        if (list.unreadable) {
          expect(unreadable.length, `no input/unreadable under ${JSON.stringify(list.at)}`).toBeGreaterThan(0);
          expect(rolled.indicators).toEqual([]);
        }
        const found = indicatorsOf(one.report, fuzzOptions);
        if (one.unreadable) expect(found).toEqual([]);
        else expect(Array.isArray(found)).toBe(true);
      }),
      fcParams(MS),
    );
  }, timeoutFor(MS));
});
