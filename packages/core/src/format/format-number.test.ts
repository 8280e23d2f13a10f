import { describe, expect, it } from 'vitest';
import { formatNumber } from './format-number';

describe('formatNumber', () => {
  it.each([
    [1234567.891, '1.234.567,891'],
    [1234, '1.234'],
    [-1234, '-1.234'],
    [999, '999'],
    [1000, '1.000'],
    [0, '0'],
    [-0, '0'],
    [60.38, '60,38'],
    [0.5, '0,5'],
    [0.1 + 0.2, '0,3'],
    [1.23456, '1,235'],
    [1.2344, '1,234'],
    [1.0005, '1,001'],
    [-1.0005, '-1,001'],
    [9.9996, '10'],
    [999.9999, '1.000'],
    [-0.0004, '0'],
    [9007199254740991, '9.007.199.254.740.991'],
    [-9007199254740991, '-9.007.199.254.740.991'],
    [5237000000, '5.237.000.000'],
    [1e21, '1.000.000.000.000.000.000.000'],
    [1e-7, '0'],
  ])('formatNumber(%s) → %s', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });

  it('pads and rounds to a fixed number of decimals', () => {
    expect(formatNumber(1234.5, { decimals: 2 })).toBe('1.234,50');
    expect(formatNumber(1.005, { decimals: 2 })).toBe('1,01');
    expect(formatNumber(2.5, { decimals: 0 })).toBe('3');
    expect(formatNumber(-2.5, { decimals: 0 })).toBe('-3');
    expect(formatNumber(7, { decimals: 1 })).toBe('7,0');
    expect(formatNumber(0.995, { decimals: 2 })).toBe('1,00');
  });

  it('honours minDecimals and maxDecimals', () => {
    expect(formatNumber(3, { minDecimals: 2 })).toBe('3,00');
    expect(formatNumber(3.14159, { minDecimals: 2 })).toBe('3,142');
    expect(formatNumber(3.1, { minDecimals: 2, maxDecimals: 4 })).toBe('3,10');
    expect(formatNumber(3.14159, { maxDecimals: 4 })).toBe('3,1416');
    expect(formatNumber(3.14159, { maxDecimals: 0 })).toBe('3');
    expect(formatNumber(1e-7, { maxDecimals: 10 })).toBe('0,0000001');
    expect(formatNumber(1.5e-7, { maxDecimals: 8 })).toBe('0,00000015');
    expect(formatNumber(3.14159, { minDecimals: 5 })).toBe('3,14159');
  });

  it('throws a RangeError in Vietnamese for non-finite values', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
    expect(() => formatNumber(Number.POSITIVE_INFINITY)).toThrow(/số hữu hạn/);
    expect(() => formatNumber(Number.NEGATIVE_INFINITY)).toThrow(RangeError);
  });

  it('rejects bad options', () => {
    expect(() => formatNumber(1, { decimals: -1 })).toThrow(RangeError);
    expect(() => formatNumber(1, { decimals: 1.5 })).toThrow(RangeError);
    expect(() => formatNumber(1, { maxDecimals: 21 })).toThrow(RangeError);
    expect(() => formatNumber(1, { minDecimals: 3, maxDecimals: 2 })).toThrow(/minDecimals/);
  });
});
