import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from './format-number';
import { parseVietnameseNumber } from './parse-vietnamese-number';

describe('parseVietnameseNumber', () => {
  it.each([
    ['1.234.567,891', 1234567.891],
    ['60,38', 60.38],
    ['-5', -5],
    ['+5', 5],
    ['\u22125', -5],
    ['1.234', 1234],
    ['1234', 1234],
    ['1234,5', 1234.5],
    ['0', 0],
    ['-0', 0],
    ['0,001', 0.001],
    ['  99,1  ', 99.1],
    ['9.007.199.254.740.991', 9007199254740991],
  ])('parses %j → %s', (text, expected) => {
    expect(parseVietnameseNumber(text)).toBe(expected);
  });

  it.each([
    '',
    '   ',
    'abc',
    '1.5',
    '1.23',
    '1.2345',
    '12.34.567',
    '.123',
    ',5',
    '5,',
    '1,234,567',
    '1 234',
    '60,38%',
    '--5',
    '1e5',
    '5 đồng',
    'NaN',
  ])('rejects %j', (text) => {
    expect(parseVietnameseNumber(text)).toBeUndefined();
  });

  it('round-trips every safe integer', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(parseVietnameseNumber(formatNumber(n))).toBe(n === 0 ? 0 : n);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips numbers with up to 3 decimals exactly', () => {
    const thousandths = fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }).map((k) => Number(k) / 1000);
    fc.assert(
      fc.property(thousandths, (x) => {
        expect(parseVietnameseNumber(formatNumber(x))).toBe(x === 0 ? 0 : x);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips any double to within the rounding of 3 decimals', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (x) => {
        const back = parseVietnameseNumber(formatNumber(x));
        expect(back).toBeDefined();
        expect(Math.abs((back ?? Number.NaN) - x)).toBeLessThanOrEqual(0.0005 + 1e-9);
      }),
      { numRuns: 2000 },
    );
  });
});
