/**
 * Property 1: validateReport and composeReport never throw unexpected errors; every problem is a
 * well-formed diagnostic (code, severity, JSON path array, non-empty Vietnamese message).
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { composableReport, wildReport } from './arbitraries';
import { fcParams, timeoutFor } from './config';
import { checkNeverThrows } from './properties';

describe('property 1: validateReport and composeReport never throw unexpected errors', () => {
  it('on wild input (mutated reports, wrong types, NaN/±Infinity, cycles, deep nesting, long lists, arbitrary values)', () => {
    fc.assert(fc.property(wildReport(), checkNeverThrows), fcParams());
  }, timeoutFor(15));

  it('on composable reports with hostile text and numbers', () => {
    fc.assert(fc.property(composableReport(), checkNeverThrows), fcParams());
  }, timeoutFor(15));
});
