import { describe, expect, it } from 'vitest';
import { formatCount } from './format-count';

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [1, '01'],
    [4, '04'],
    [9, '09'],
    [10, '10'],
    [12, '12'],
    [999, '999'],
    [1119, '1.119'],
    [1234567, '1.234.567'],
  ])('formatCount(%s) → %s', (n, expected) => {
    expect(formatCount(n)).toBe(expected);
  });

  it('honours pad', () => {
    expect(formatCount(4, { pad: 1 })).toBe('4');
    expect(formatCount(0, { pad: 3 })).toBe('0');
    expect(formatCount(4, { pad: 3 })).toBe('004');
    expect(formatCount(42, { pad: 3 })).toBe('042');
    expect(formatCount(1119, { pad: 3 })).toBe('1.119');
  });

  it('throws a RangeError for negative, fractional or non-finite counts', () => {
    expect(() => formatCount(-1)).toThrow(/không âm/);
    expect(() => formatCount(1.5)).toThrow(RangeError);
    expect(() => formatCount(Number.NaN)).toThrow(RangeError);
    expect(() => formatCount(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => formatCount(4, { pad: 0 })).toThrow(RangeError);
  });
});
