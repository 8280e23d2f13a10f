import { capitalize } from '../text/capitalize';
import { MAX_MONEY_IN_WORDS } from './constants';

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

function digit(d: number): string {
  return DIGITS[d] ?? '';
}

/** Reads one group of three digits; `full` reads the hundreds even when 0 (non-leading groups). */
function readGroup(n: number, full: boolean): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor(n / 10) % 10;
  const u = n % 10;
  const words: string[] = [];
  const hasHundreds = full || h > 0;
  if (hasHundreds) words.push(digit(h), 'trăm');
  if (t === 0) {
    if (u > 0) {
      if (hasHundreds) words.push('linh');
      words.push(digit(u));
    }
  } else if (t === 1) {
    words.push('mười');
    if (u === 5) words.push('lăm');
    else if (u > 0) words.push(digit(u));
  } else {
    words.push(digit(t), 'mươi');
    if (u === 1) words.push('mốt');
    else if (u === 5) words.push('lăm');
    else if (u > 0) words.push(digit(u));
  }
  return words;
}

/**
 * Reads a number below one million: "[group nghìn] [group]", the second group with its hundreds
 * (`không trăm`) when the first is there — the thousands of tỷ read with their tỷ as one group.
 */
function readBelowMillion(n: number, full: boolean): string[] {
  if (n < 1000) return readGroup(n, full);
  const rest = n % 1000;
  return [...readGroup(Math.floor(n / 1000), full), 'nghìn', ...(rest > 0 ? readGroup(rest, true) : [])];
}

/**
 * Writes an amount of money in Vietnamese words ("bằng chữ"), as in
 * official documents.
 *
 * Conventions (the house style of this library; `parseMoneyWords` also
 * accepts the common variants):
 * - the amount is read in groups with `tỷ`, `triệu`, `nghìn` separated by
 *   `", "`; all-zero groups are skipped; the tỷ group holds up to six digits
 *   and is read as one number: 8.176.205.158.233 → "Tám nghìn một trăm bảy
 *   mươi sáu tỷ, hai trăm linh năm triệu, …";
 * - `mười` for 10–19, `mươi` for 20–90; `mốt` for 1 after `mươi` (21 → hai
 *   mươi mốt) but `một` after `mười` (11 → mười một); `lăm` for 5 after
 *   `mười`/`mươi`; 4 is always `bốn`;
 * - `linh` for a zero tens digit before a non-zero unit when the hundreds are
 *   read (105 → một trăm linh năm);
 * - a non-leading, non-empty group always reads its hundreds, with
 *   `không trăm` when 0: 1.050 → "Một nghìn, không trăm năm mươi đồng",
 *   2.000.005 → "Hai triệu, không trăm linh năm đồng", 2.005 tỷ → "Hai nghìn
 *   không trăm linh năm tỷ đồng";
 * - first letter capitalised, ends with " đồng".
 *
 * @param amount - an integer number of đồng, 0 ≤ amount ≤ `MAX_MONEY_IN_WORDS` (10^15 − 1)
 * @returns the amount in words
 * @throws RangeError (Vietnamese message) if `amount` is negative, not an integer, or above `MAX_MONEY_IN_WORDS`
 *
 * @example
 * ```ts
 * moneyToWords(45998409)
 * // 'Bốn mươi lăm triệu, chín trăm chín mươi tám nghìn, bốn trăm linh chín đồng'
 * moneyToWords(1005000)       // 'Một triệu, không trăm linh năm nghìn đồng'
 * moneyToWords(21)            // 'Hai mươi mốt đồng'
 * moneyToWords(0)             // 'Không đồng'
 * moneyToWords(1000000000000) // 'Một nghìn tỷ đồng'
 * moneyToWords(1500000000000) // 'Một nghìn năm trăm tỷ đồng'
 * ```
 */
export function moneyToWords(amount: number): string {
  if (typeof amount !== 'number' || !Number.isInteger(amount)) {
    throw new RangeError(`Số tiền phải là số nguyên đồng (nhận được ${String(amount)}).`);
  }
  if (amount < 0) {
    throw new RangeError(`Số tiền không được âm (nhận được ${String(amount)}).`);
  }
  if (amount > MAX_MONEY_IN_WORDS) {
    throw new RangeError(
      `Số tiền ${String(amount)} vượt quá giới hạn đọc bằng chữ (tối đa 999.999.999.999.999 đồng).`,
    );
  }
  if (amount === 0) return 'Không đồng';
  // [tỷ (0–999.999), triệu, nghìn, đơn vị]: below 10^15 the tỷ group never exceeds six digits.
  const billions = Math.floor(amount / 1_000_000_000);
  const groups: [number, string][] = [
    [billions, 'tỷ'],
    [Math.floor(amount / 1_000_000) % 1000, 'triệu'],
    [Math.floor(amount / 1000) % 1000, 'nghìn'],
    [amount % 1000, ''],
  ];
  const phrases: string[] = [];
  for (const [value, scale] of groups) {
    if (value === 0) continue;
    const words = readBelowMillion(value, phrases.length > 0);
    if (scale !== '') words.push(scale);
    phrases.push(words.join(' '));
  }
  const text = phrases.join(', ');
  return `${capitalize(text)} đồng`;
}
