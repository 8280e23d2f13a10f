import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_MONEY_IN_WORDS } from './constants';
import { moneyToWords } from './money-to-words';
import { parseMoneyWords } from './parse-money-words';

describe('parseMoneyWords', () => {
  it.each([
    ['Bốn mươi lăm triệu, chín trăm chín mươi tám nghìn, bốn trăm linh chín đồng', 45998409],
    // the seed's own spelling ("năm" after "mươi") still reads as 45
    ['Bốn mươi năm triệu, chín trăm chín mươi tám nghìn, bốn trăm linh chín đồng', 45998409],
    ['Không đồng', 0],
    ['không', 0],
    ['một trăm lẻ năm đồng chẵn', 105],
    ['Một trăm linh năm', 105],
    ['  HAI   mươi   TƯ nghìn  đồng ', 24000],
    ['Hai mươi nhăm đồng', 25],
    ['ba mươi mốt', 31],
    ['mười một', 11],
    ['mười', 10],
    ['một trăm linh tư', 104],
    ['một ngàn', 1000],
    ['năm tỉ đồng', 5_000_000_000],
    ['Bẩy trăm', 700],
    ['Một nghìn tỷ đồng', 1_000_000_000_000],
    ['Một nghìn tỷ, năm trăm tỷ đồng', 1_500_000_000_000],
    ['Một nghìn năm trăm tỷ đồng', 1_500_000_000_000],
    ['Hai nghìn không trăm linh năm tỷ đồng', 2_005_000_000_000],
    [
      'Tám nghìn một trăm bảy mươi sáu tỷ, hai trăm linh năm triệu, một trăm năm mươi tám nghìn, hai trăm ba mươi ba đồng',
      8_176_205_158_233,
    ],
    ['Tám nghìn tỷ, một trăm bảy mươi sáu tỷ, hai trăm linh năm triệu đồng', 8_176_205_000_000],
    ['hai triệu linh năm', 2_000_005],
    ['Hai triệu, không trăm linh năm đồng', 2_000_005],
    ['Năm tỷ, hai trăm ba mươi bảy triệu đồng.', 5_237_000_000],
    ['Một tỷ, không trăm linh một đồng./.', 1_000_000_001],
    ['Mười lăm nghìn đồng'.normalize('NFD'), 15000],
  ])('parses %j → %s', (text, expected) => {
    expect(parseMoneyWords(text)).toBe(expected);
  });

  it.each([
    '',
    '   ',
    'đồng',
    'mười hai con mèo',
    '45.998.409 đồng',
    'một mươi',
    'không mươi',
    'một trăm năm',
    'không trăm đồng',
    'một nghìn nghìn',
    'một triệu nghìn tỷ',
    'một tỷ, hai tỷ',
    'hai nghìn tỷ, ba nghìn tỷ',
    'một triệu tỷ',
    'linh',
    'lăm',
    'mốt',
    'trăm',
    'đồng một trăm',
  ])('rejects %j', (text) => {
    expect(parseMoneyWords(text)).toBeUndefined();
  });

  it('inverts moneyToWords for every amount in range', () => {
    const amounts = fc.oneof(
      fc.integer({ min: 0, max: 100_000 }),
      fc.integer({ min: 0, max: 2_000_000_000 }),
      fc.bigInt({ min: 0n, max: BigInt(MAX_MONEY_IN_WORDS) }).map(Number),
    );
    fc.assert(
      fc.property(amounts, (n) => {
        expect(parseMoneyWords(moneyToWords(n))).toBe(n);
      }),
      { numRuns: 3000 },
    );
  });

  it('inverts moneyToWords at the edges', () => {
    for (const n of [0, 1, 9, 10, 99, 100, 999, 1000, 1001, 10 ** 6, 10 ** 9, 10 ** 12, 1_001 * 10 ** 9, 8_176_205_158_233, MAX_MONEY_IN_WORDS]) {
      expect(parseMoneyWords(moneyToWords(n))).toBe(n);
    }
  });
});
