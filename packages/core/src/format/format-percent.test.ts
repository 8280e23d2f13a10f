import { describe, expect, it } from 'vitest';
import { formatPercent } from './format-percent';

describe('formatPercent', () => {
  it.each([
    [60.38, '60,38%'],
    [99.1, '99,1%'],
    [100, '100%'],
    [0, '0%'],
    [33.3333, '33,33%'],
    [66.666, '66,67%'],
    [12.345, '12,35%'],
    [-2.5, '-2,5%'],
    [1234.5, '1.234,5%'],
  ])('formatPercent(%s) → %s', (value, expected) => {
    expect(formatPercent(value)).toBe(expected);
  });

  it('uses a fixed number of decimals when asked', () => {
    expect(formatPercent(100, { decimals: 1 })).toBe('100,0%');
    expect(formatPercent(60.384, { decimals: 1 })).toBe('60,4%');
    expect(formatPercent(60.38, { decimals: 0 })).toBe('60%');
    expect(formatPercent(99.1, { decimals: 2 })).toBe('99,10%');
  });

  it('throws a RangeError for non-finite values', () => {
    expect(() => formatPercent(Number.NaN)).toThrow(RangeError);
  });
});
