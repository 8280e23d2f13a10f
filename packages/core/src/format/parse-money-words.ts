import { MAX_MONEY_IN_WORDS } from './constants';

type Parsed = { value: number; next: number } | undefined;

/** Digit words that may start a group or follow `linh`. */
const DIGIT = new Map<string, number>([
  ['không', 0],
  ['một', 1],
  ['hai', 2],
  ['ba', 3],
  ['bốn', 4],
  ['tư', 4],
  ['năm', 5],
  ['sáu', 6],
  ['bảy', 7],
  ['tám', 8],
  ['chín', 9],
]);

/** Unit words after `mười` / `mươi` (adds mốt, lăm, nhăm). */
const UNIT_AFTER_TENS = new Map<string, number>([
  ...[...DIGIT].filter(([, d]) => d > 0),
  ['mốt', 1],
  ['lăm', 5],
  ['nhăm', 5],
]);

const SYNONYMS = new Map<string, string>([
  ['lẻ', 'linh'],
  ['ngàn', 'nghìn'],
  ['tỉ', 'tỷ'],
  ['bẩy', 'bảy'],
]);

/** Tens and units of a group, starting at `i`. */
function tensUnits(t: readonly string[], i: number, afterHundreds: boolean): Parsed {
  const w = t[i];
  if (w === undefined) return undefined;
  if (w === 'linh') {
    const u = DIGIT.get(t[i + 1] ?? '');
    return u !== undefined && u > 0 ? { value: u, next: i + 2 } : undefined;
  }
  if (w === 'mười') {
    const u = UNIT_AFTER_TENS.get(t[i + 1] ?? '');
    return u === undefined ? { value: 10, next: i + 1 } : { value: 10 + u, next: i + 2 };
  }
  const d = DIGIT.get(w);
  if (d === undefined || d === 0) return undefined;
  if (t[i + 1] === 'mươi') {
    if (d < 2) return undefined;
    const u = UNIT_AFTER_TENS.get(t[i + 2] ?? '');
    return u === undefined ? { value: d * 10, next: i + 2 } : { value: d * 10 + u, next: i + 3 };
  }
  // A bare unit right after "trăm" ("một trăm năm") is ambiguous: require "linh".
  if (afterHundreds || t[i + 1] === 'trăm') return undefined;
  return { value: d, next: i + 1 };
}

/** A group 1–999 ("[d trăm] [tens/units]"). */
function group(t: readonly string[], i: number): Parsed {
  let value = 0;
  let j = i;
  const h = DIGIT.get(t[i] ?? '');
  if (h !== undefined && t[i + 1] === 'trăm') {
    value = h * 100;
    j = i + 2;
  }
  const tail = tensUnits(t, j, j > i);
  if (tail !== undefined) {
    value += tail.value;
    j = tail.next;
  }
  return j > i && value > 0 ? { value, next: j } : undefined;
}

/** A number below one million: `group [nghìn [group]]`. */
function belowMillion(t: readonly string[], i: number): Parsed {
  const g = group(t, i);
  if (g === undefined || t[g.next] !== 'nghìn') return g;
  const rest = group(t, g.next + 1);
  return { value: g.value * 1000 + (rest?.value ?? 0), next: rest?.next ?? g.next + 1 };
}

/** A number below one billion: `group triệu [belowMillion]` or `belowMillion`. */
function belowBillion(t: readonly string[], i: number): Parsed {
  const g = group(t, i);
  if (g !== undefined && t[g.next] === 'triệu') {
    const rest = belowMillion(t, g.next + 1);
    return { value: g.value * 1_000_000 + (rest?.value ?? 0), next: rest?.next ?? g.next + 1 };
  }
  return belowMillion(t, i);
}

function tokenize(text: string): string[] {
  const tokens = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[,.;:()/!]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => SYNONYMS.get(w) ?? w);
  if (tokens.at(-1) === 'chẵn') tokens.pop();
  if (tokens.at(-1) === 'đồng') tokens.pop();
  return tokens;
}

/**
 * Reads an amount of money written in Vietnamese words back into a number —
 * the inverse of `moneyToWords`, used to check "bằng chữ" against the digits.
 *
 * Tolerant of letter case, extra spaces, commas and full stops, a trailing
 * `đồng` / `đồng chẵn`, and common variants: `lẻ` for `linh`, `tư` for 4,
 * `nhăm` or `năm` for 5 after tens, `mốt` for 1, `ngàn` for `nghìn`, `tỉ`
 * for `tỷ`, `bẩy` for `bảy`; both "một nghìn năm trăm tỷ" (what
 * `moneyToWords` writes) and the older "một nghìn tỷ, năm trăm tỷ". Expects
 * Vietnamese letters (NFC or NFD).
 *
 * @param text - e.g. `Bốn trăm linh chín đồng`
 * @returns the amount, or `undefined` if `text` is not a well-formed amount
 *   in words or exceeds `MAX_MONEY_IN_WORDS`
 *
 * @example
 * ```ts
 * parseMoneyWords('Bốn mươi lăm triệu, chín trăm chín mươi tám nghìn, bốn trăm linh chín đồng')
 * // 45998409
 * parseMoneyWords('một trăm lẻ năm đồng chẵn') // 105
 * parseMoneyWords('Hai mươi tư nghìn đồng')   // 24000
 * parseMoneyWords('Không đồng')               // 0
 * parseMoneyWords('mười hai con mèo')         // undefined
 * ```
 */
export function parseMoneyWords(text: string): number | undefined {
  if (typeof text !== 'string') return undefined;
  const t = tokenize(text);
  if (t.length === 0) return undefined;
  if (t.length === 1 && t[0] === 'không') return 0;
  const billions: number[] = [];
  let i = 0;
  for (;;) {
    const seg = belowBillion(t, i);
    if (seg === undefined || t[seg.next] !== 'tỷ') break;
    billions.push(seg.value);
    i = seg.next + 1;
  }
  // At most "X nghìn tỷ, Y tỷ" with X·1000 and Y < 1000.
  if (billions.length > 2) return undefined;
  const [first, second] = billions;
  if (second !== undefined && (first === undefined || first % 1000 !== 0 || second >= 1000)) {
    return undefined;
  }
  const tail = belowBillion(t, i);
  const end = tail?.next ?? i;
  if (end !== t.length) return undefined;
  const total =
    BigInt(billions.reduce((a, b) => a + b, 0)) * 1_000_000_000n + BigInt(tail?.value ?? 0);
  return total > BigInt(MAX_MONEY_IN_WORDS) ? undefined : Number(total);
}
