import { describe, expect, it } from 'vitest';
import { percentOf } from './percent-of';

describe('percentOf', () => {
  it.each([
    [1, 3, 2, 33.33],
    [2, 3, 2, 66.67],
    [1, 8, 0, 13],
    [1, 8, 1, 12.5],
    [1, 200, 0, 1],
    [1, 800, 2, 0.13],
    [14, 14, 2, 100],
    [4, 14, 2, 28.57],
    [0, 5, 2, 0],
    [5, 4, 2, 125],
    [-1, 8, 0, -13],
    [1, -8, 0, -13],
    [-1, -8, 0, 13],
    [0.5, 3, 2, 16.67],
    [1.5, 2, 0, 75],
    [0.1, 0.2, 2, 50],
  ])('percentOf(%s, %s, %s) → %s', (part, whole, decimals, expected) => {
    expect(percentOf(part, whole, decimals)).toBe(expected);
  });

  it('defaults to 2 decimals', () => {
    expect(percentOf(2, 3)).toBe(66.67);
    expect(percentOf(1119, 1200)).toBe(93.25);
  });

  it('returns undefined when the whole is 0 or an input is not finite', () => {
    expect(percentOf(5, 0)).toBeUndefined();
    expect(percentOf(0, 0)).toBeUndefined();
    expect(percentOf(Number.NaN, 3)).toBeUndefined();
    expect(percentOf(1, Number.POSITIVE_INFINITY)).toBeUndefined();
    expect(percentOf(1e308, 1e-10)).toBeUndefined();
  });

  it('never returns -0', () => {
    expect(Object.is(percentOf(0, -5), 0)).toBe(true);
    expect(Object.is(percentOf(-1, 1e9, 2), 0)).toBe(true);
  });

  it('rejects bad decimals', () => {
    expect(() => percentOf(1, 3, -1)).toThrow(RangeError);
    expect(() => percentOf(1, 3, 2.5)).toThrow(RangeError);
  });
});
