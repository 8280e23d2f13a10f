import { describe, expect, it } from 'vitest';
import { MAX_MONEY_IN_WORDS } from './constants';
import { moneyToWords } from './money-to-words';

describe('moneyToWords', () => {
  it.each([
    [0, 'Không đồng'],
    [1, 'Một đồng'],
    [4, 'Bốn đồng'],
    [5, 'Năm đồng'],
    [10, 'Mười đồng'],
    [11, 'Mười một đồng'],
    [14, 'Mười bốn đồng'],
    [15, 'Mười lăm đồng'],
    [19, 'Mười chín đồng'],
    [20, 'Hai mươi đồng'],
    [21, 'Hai mươi mốt đồng'],
    [24, 'Hai mươi bốn đồng'],
    [25, 'Hai mươi lăm đồng'],
    [31, 'Ba mươi mốt đồng'],
    [55, 'Năm mươi lăm đồng'],
    [99, 'Chín mươi chín đồng'],
    [100, 'Một trăm đồng'],
    [101, 'Một trăm linh một đồng'],
    [105, 'Một trăm linh năm đồng'],
    [110, 'Một trăm mười đồng'],
    [111, 'Một trăm mười một đồng'],
    [115, 'Một trăm mười lăm đồng'],
    [121, 'Một trăm hai mươi mốt đồng'],
    [409, 'Bốn trăm linh chín đồng'],
    [777, 'Bảy trăm bảy mươi bảy đồng'],
    [999, 'Chín trăm chín mươi chín đồng'],
    [1000, 'Một nghìn đồng'],
    [1001, 'Một nghìn, không trăm linh một đồng'],
    [1010, 'Một nghìn, không trăm mười đồng'],
    [1050, 'Một nghìn, không trăm năm mươi đồng'],
    [1100, 'Một nghìn, một trăm đồng'],
    [1234, 'Một nghìn, hai trăm ba mươi bốn đồng'],
    [10000, 'Mười nghìn đồng'],
    [15000, 'Mười lăm nghìn đồng'],
    [21000, 'Hai mươi mốt nghìn đồng'],
    [105000, 'Một trăm linh năm nghìn đồng'],
    [100500, 'Một trăm nghìn, năm trăm đồng'],
    [1000000, 'Một triệu đồng'],
    [1005000, 'Một triệu, không trăm linh năm nghìn đồng'],
    [2000005, 'Hai triệu, không trăm linh năm đồng'],
    [2000100, 'Hai triệu, một trăm đồng'],
    [2025001, 'Hai triệu, không trăm hai mươi lăm nghìn, không trăm linh một đồng'],
    [45998409, 'Bốn mươi lăm triệu, chín trăm chín mươi tám nghìn, bốn trăm linh chín đồng'],
    [1000000000, 'Một tỷ đồng'],
    [1000000001, 'Một tỷ, không trăm linh một đồng'],
    [5237000000, 'Năm tỷ, hai trăm ba mươi bảy triệu đồng'],
    [1000000000000, 'Một nghìn tỷ đồng'],
    [1500000000000, 'Một nghìn năm trăm tỷ đồng'],
    [2000000000005, 'Hai nghìn tỷ, không trăm linh năm đồng'],
    [2005000000000, 'Hai nghìn không trăm linh năm tỷ đồng'],
    [2000500000000, 'Hai nghìn tỷ, năm trăm triệu đồng'],
    [100000000000000, 'Một trăm nghìn tỷ đồng'],
    // Issue 20, point 6: the thousands of tỷ and the tỷ read as one group.
    [
      8176205158233,
      'Tám nghìn một trăm bảy mươi sáu tỷ, hai trăm linh năm triệu, một trăm năm mươi tám nghìn, hai trăm ba mươi ba đồng',
    ],
    [
      12345678901234,
      'Mười hai nghìn ba trăm bốn mươi lăm tỷ, sáu trăm bảy mươi tám triệu, chín trăm linh một nghìn, hai trăm ba mươi bốn đồng',
    ],
    [
      999999999999999,
      'Chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ, chín trăm chín mươi chín triệu, chín trăm chín mươi chín nghìn, chín trăm chín mươi chín đồng',
    ],
  ])('moneyToWords(%s) → %s', (amount, expected) => {
    expect(moneyToWords(amount)).toBe(expected);
  });

  it('treats -0 as 0', () => {
    expect(moneyToWords(-0)).toBe('Không đồng');
  });

  it('reads up to MAX_MONEY_IN_WORDS = 10^15 − 1 inclusive', () => {
    expect(MAX_MONEY_IN_WORDS).toBe(10 ** 15 - 1);
    expect(() => moneyToWords(MAX_MONEY_IN_WORDS)).not.toThrow();
  });

  it.each([
    [-1, /âm/],
    [-1000, /âm/],
    [1.5, /số nguyên/],
    [0.1, /số nguyên/],
    [10 ** 15, /vượt quá/],
    [Number.MAX_SAFE_INTEGER, /vượt quá/],
    [Number.NaN, /số nguyên/],
    [Number.POSITIVE_INFINITY, /số nguyên/],
  ])('throws a RangeError for %s', (amount, message) => {
    expect(() => moneyToWords(amount)).toThrow(RangeError);
    expect(() => moneyToWords(amount)).toThrow(message);
  });
});
