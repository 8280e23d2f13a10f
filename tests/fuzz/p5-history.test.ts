/**
 * Property 5: validateReport never throws whatever `history` is (and composeReport throws only a ComposeError):
 * wild values, wild reports, and reports that ask for lũy kế, cùng kỳ and kế hoạch năm; every diagnostic is
 * well formed and its path resolves to a value in the input.
 */
import fc from 'fast-check';
import { composeReport, defineSection, isComposeError, validateReport, type Diagnostic } from '@baocao-khcn/core';
import { describe, expect, it } from 'vitest';
import { composableReport, fuzzProfile, fuzzSection, wildReport } from './arbitraries';
import { fcParams, timeoutFor } from './config';

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

const history = fc.oneof(
  fc.anything(),
  fc.array(fc.anything(), { maxLength: 4 }),
  fc.array(wildReport(), { maxLength: 4 }),
  fc.array(composableReport(), { maxLength: 4 }),
);

function resolves(root: unknown, path: Diagnostic['path']): boolean {
  let here = root;
  for (const key of path) {
    if (here === null || typeof here !== 'object' || !Object.hasOwn(here, key)) return false;
    here = (here as Record<string | number, unknown>)[key];
  }
  return true;
}

function check(input: unknown, h: unknown): void {
  const options = { ...fuzzOptions, history: h as unknown[] };
  let diagnostics: Diagnostic[] = [];
  expect(() => {
    diagnostics = validateReport(input, options);
  }).not.toThrow();
  for (const d of diagnostics) {
    expect(typeof d.code === 'string' && d.message.length > 0 && Array.isArray(d.path)).toBe(true);
    if (d.code.startsWith('series/')) expect(resolves(input, d.path), `${d.code} ${JSON.stringify(d.path)}`).toBe(true);
  }
  try {
    composeReport(input, options);
  } catch (error) {
    expect(isComposeError(error)).toBe(true);
  }
}

describe('property 5: any history, never a throw', () => {
  it('wild history with composable reports', () => {
    fc.assert(fc.property(composableReport(), history, check), fcParams(MS));
  }, timeoutFor(MS));

  it('reports that ask for lũy kế, cùng kỳ and kế hoạch năm, with wild history', () => {
    fc.assert(
      fc.property(composableReport(), asking, history, (report, ask, h) => {
        const figure: Record<string, unknown> = { type: 'figure', value: ask.value, indicator: ask.indicator, show: ['cumulative', 'previousYear', 'plan'] };
        if (ask.measure !== undefined) figure.measure = ask.measure;
        const input = { ...report, period: { kind: 'month', year: 2025, month: ask.month }, opening: [['Số liệu ', figure, '.']] };
        check(input, h);
      }),
      fcParams(MS),
    );
  }, timeoutFor(MS));
});
