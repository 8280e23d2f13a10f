import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gridWidths } from './table';

describe('gridWidths', () => {
  it('splits the text width by the fractions, summing exactly', () => {
    expect(gridWidths([0.1, 0.6, 0.3], 9355)).toEqual([936, 5613, 2806]);
    expect(gridWidths([0.5, 0.5], 9355)).toEqual([4678, 4677]);
  });

  it('gives missing or bad widths the average of the others', () => {
    expect(gridWidths([0.25, Number.NaN, 0.25, 0], 1000)).toEqual([250, 250, 250, 250]);
  });

  it('always sums to the total (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 5, noNaN: true }), { minLength: 1, maxLength: 12 }), fc.integer({ min: 100, max: 20000 }), (fractions, total) => {
        const widths = gridWidths(fractions, total);
        return widths.length === fractions.length && widths.reduce((a, b) => a + b, 0) === total && widths.every((w) => w >= 0);
      }),
    );
  });
});
