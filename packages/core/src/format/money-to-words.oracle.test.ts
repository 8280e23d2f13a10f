/**
 * Differential test (issue 20, point 6): `moneyToWords` against `read-vietnamese-number` 2.x, an
 * independent implementation (a dev dependency of the workspace), on random amounts from 0 to
 * `MAX_MONEY_IN_WORDS`.
 *
 * The two read every amount the same way once the oracle's dialect is mapped onto this library's
 * house style (also written down in the core README, "Money in words"):
 *
 * | read-vietnamese-number | moneyToWords | example |
 * |---|---|---|
 * | `lẻ` | `linh` | 105: một trăm lẻ năm → một trăm linh năm |
 * | `tỉ` | `tỷ` | 10^9: một tỉ → một tỷ |
 * | `mươi tư` | `mươi bốn` | 24: hai mươi tư → hai mươi bốn |
 * | all lower case, no commas | first letter capitalised, `", "` between the tỷ, triệu and nghìn groups | |
 *
 * Both say `mốt` (21), `lăm` (15, 25), `mười` (10–19), `không trăm` inside a number, and read the
 * thousands of tỷ with their tỷ as one group ("tám nghìn một trăm bảy mươi sáu tỷ").
 */
import fc from 'fast-check';
import { ReadingConfig, doReadNumber } from 'read-vietnamese-number';
import { describe, expect, it } from 'vitest';
import { MAX_MONEY_IN_WORDS } from './constants';
import { moneyToWords } from './money-to-words';

const config = new ReadingConfig();
config.unit = ['đồng'];

/** The oracle's reading, in this library's dialect (see the table above). */
function oracle(amount: number): string {
  return doReadNumber(String(amount), config)
    .split(' ')
    .map((word, i, words) => (word === 'lẻ' ? 'linh' : word === 'tỉ' ? 'tỷ' : word === 'tư' && words[i - 1] === 'mươi' ? 'bốn' : word))
    .join(' ');
}

/** Ours, compared without its capital letter and commas. */
function ours(amount: number): string {
  return moneyToWords(amount).toLowerCase().replace(/,/g, '');
}

/** Amounts with many zero digits ("không trăm", "linh", empty groups) and every length up to 15 digits. */
const sparse = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 9 }) }), { minLength: 1, maxLength: 15 })
  .map((digits) => Number(digits.join('')));

const amounts = fc.oneof(
  fc.bigInt({ min: 0n, max: BigInt(MAX_MONEY_IN_WORDS) }).map(Number),
  fc.integer({ min: 0, max: 1_000_000 }),
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }).map((n) => n % 10 ** (1 + (n % 15))),
  sparse,
);

describe('moneyToWords against read-vietnamese-number', () => {
  it('maps the oracle dialect as documented', () => {
    expect(oracle(105)).toBe('một trăm linh năm đồng');
    expect(oracle(24)).toBe('hai mươi bốn đồng');
    expect(oracle(5_000_000_000)).toBe('năm tỷ đồng');
  });

  it.each([
    [8_176_205_158_233, 'tám nghìn một trăm bảy mươi sáu tỷ hai trăm linh năm triệu một trăm năm mươi tám nghìn hai trăm ba mươi ba đồng'],
    [1_000_000_000_000, 'một nghìn tỷ đồng'],
    [1_500_000_000_000, 'một nghìn năm trăm tỷ đồng'],
    [2_005_000_000_000, 'hai nghìn không trăm linh năm tỷ đồng'],
    [45_998_409, 'bốn mươi lăm triệu chín trăm chín mươi tám nghìn bốn trăm linh chín đồng'],
    [MAX_MONEY_IN_WORDS, 'chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng'],
  ])('%s: both read %j', (amount, reading) => {
    expect(ours(amount)).toBe(reading);
    expect(oracle(amount)).toBe(reading);
  });

  it('agrees on random amounts up to MAX_MONEY_IN_WORDS', () => {
    fc.assert(
      fc.property(amounts, (amount) => {
        expect(ours(amount)).toBe(oracle(amount));
      }),
      { numRuns: Number(process.env.MONEY_ORACLE_RUNS ?? 5000) },
    );
  });
});
