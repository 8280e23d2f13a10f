/**
 * Property 1: validateReport and composeReport never throw unexpected errors (composeReport only throws a
 * ComposeError with non-empty diagnostics); every problem is a well-formed diagnostic (stable code,
 * severity, JSON path array, non-empty Vietnamese message), and both return the same diagnostics.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { composableReport, wildReport } from './arbitraries';
import { fcParams, timeoutFor } from './config';
import { checkNeverThrows } from './properties';

const MS = 20;

describe('property 1: validateReport and composeReport never throw unexpected errors', () => {
  it('on wild input (mutated reports, wrong types, NaN/±Infinity, impossible dates, cycles, deep nesting, long lists, __proto__ keys, arbitrary values)', () => {
    fc.assert(fc.property(wildReport(), checkNeverThrows), fcParams(MS));
  }, timeoutFor(MS));

  it('on composable reports with hostile text and numbers', () => {
    fc.assert(fc.property(composableReport(), checkNeverThrows), fcParams(MS));
  }, timeoutFor(MS));
});
