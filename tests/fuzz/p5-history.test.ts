/**
 * Property 5: validateReport never throws whatever `history` is (and composeReport throws only a ComposeError):
 * wild values, wild reports, exotic objects, long lists (and lists of maxArrayLength and one more), and reports that ask for lũy kế, cùng kỳ and kế hoạch năm; every diagnostic is
 * well formed (never `internal/error`) and its path resolves by the rule of packages/test-utils/src/paths.ts
 * (`['history', i, …]` into the history).
 */
import fc from 'fast-check';
import { composeReport, DEFAULT_LIMITS, defineSection, isComposeError, validateReport, type Diagnostic } from '@baocao-khcn/core';
import { unresolvedPaths } from '@baocao-khcn/test-utils';
import { describe, expect, it } from 'vitest';
import { composableReport, fuzzProfile, fuzzSection, wildReport } from './arbitraries';
import { fcParams, timeoutFor } from './config';
import { exoticHistory } from './exotic';
import { expectWellFormed } from './properties';

const MS = 30;

/** The fuzz section with its figure declared as a flow, so that the series computes (not only rejects). */
const seriesSection = defineSection({ ...fuzzSection, indicators: { done: { kind: 'flow', label: 'Việc đã thực hiện', unit: 'việc' } } });
const fuzzOptions = { profile: fuzzProfile, sections: [seriesSection] };

/** A report whose text asks the series for everything, with a value that may be hostile. */
const asking = fc.record({
  value: fc.oneof(fc.integer({ min: -5, max: 1000 }), fc.double()),
  indicator: fc.oneof(fc.constant('fuzz-muc/done'), fc.string(), fc.constant('__proto__/x')),
  measure: fc.constantFrom(undefined, 'value', 'cumulative', 'previousYear', 'change', 'planShare'),
  month: fc.integer({ min: 1, max: 12 }),
});

/** A history, boxed (fast-check must not look into a revoked Proxy itself). */
const history: fc.Arbitrary<{ h: unknown }> = fc.oneof(
  { weight: 3, arbitrary: fc.anything() },
  { weight: 3, arbitrary: fc.array(fc.anything(), { maxLength: 4 }) },
  { weight: 3, arbitrary: fc.array(wildReport(), { maxLength: 4 }) },
  { weight: 3, arbitrary: fc.array(composableReport(), { maxLength: 4 }) },
  // Long lists (the maximum and one past it: the tests at the end).
  { weight: 1, arbitrary: fc.integer({ min: 500, max: 5_000 }).map((n) => new Array<unknown>(n).fill(null)) },
).map((h) => ({ h })).chain((boxed) => fc.oneof(
  { weight: 6, arbitrary: fc.constant(boxed) },
  // Exotic objects: throwing getters and traps, revoked proxies.
  { weight: 1, arbitrary: exoticHistory.map((planted) => ({ h: planted.report })) },
));

function check(input: unknown, h: unknown): void {
  const options = { ...fuzzOptions, history: h as unknown[] };
  let diagnostics: Diagnostic[] = [];
  expect(() => {
    diagnostics = validateReport(input, options);
  }).not.toThrow();
  expectWellFormed(diagnostics, 'validateReport');
  expect(diagnostics.filter((d) => d.code === 'internal/error')).toEqual([]);
  expect(unresolvedPaths(diagnostics, { input, profile: fuzzProfile, history: h })).toEqual([]);
  try {
    composeReport(input, options);
  } catch (error) {
    expect(isComposeError(error)).toBe(true);
  }
}

describe('property 5: any history, never a throw', () => {
  it('wild history with composable reports', () => {
    fc.assert(fc.property(composableReport(), history, (report, { h }) => check(report, h)), fcParams(MS));
  }, timeoutFor(MS));

  it('reports that ask for lũy kế, cùng kỳ and kế hoạch năm, with wild history', () => {
    fc.assert(
      fc.property(composableReport(), asking, history, (report, ask, { h }) => {
        const figure: Record<string, unknown> = { type: 'figure', value: ask.value, indicator: ask.indicator, show: ['cumulative', 'previousYear', 'plan'] };
        if (ask.measure !== undefined) figure.measure = ask.measure;
        const input = { ...report, period: { kind: 'month', year: 2025, month: ask.month }, opening: [['Số liệu ', figure, '.']] };
        check(input, h);
      }),
      fcParams(MS),
    );
  }, timeoutFor(MS));

  it('a history of maxArrayLength entries, and one of maxArrayLength + 1', () => {
    const figure = { type: 'figure', value: 3, indicator: 'fuzz-muc/done', show: ['cumulative'] };
    const input = { issueDate: { year: 2025, month: 3 }, period: { kind: 'month', year: 2025, month: 2 }, opening: [['Số liệu ', figure, '.']], body: [], signer: { title: 'GIÁM ĐỐC', name: 'Lê A' }, recipients: { items: ['Lưu: VT.'] } };
    const max = DEFAULT_LIMITS.maxArrayLength;
    const atMax = validateReport(input, { ...fuzzOptions, history: new Array<unknown>(max).fill(null) });
    const invalid = atMax.filter((d) => d.code === 'series/invalid-history');
    expect(invalid.length).toBe(max);
    expect(invalid.at(-1)?.path).toEqual(['history', max - 1]);
    const over = validateReport(input, { ...fuzzOptions, history: new Array<unknown>(max + 1).fill(null) });
    // The history is not used (the series reports the gap it leaves), and no document is made.
    expect(over.filter((d) => d.severity === 'error').map((d) => [d.code, d.path])).toEqual([['input/array-too-long', ['history']]]);
    expect(() => composeReport(input, { ...fuzzOptions, history: new Array<unknown>(max + 1).fill(null) })).toThrow(/^Không tạo được văn bản: Danh sách tại history có 200001 phần tử/);
  }, 120_000);
});
