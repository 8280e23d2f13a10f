import { assertDecimals, roundDecimal, toDecimalParts } from './_lib/decimal';

/**
 * Computes `part / whole × 100`, rounded half away from zero to `decimals`
 * decimals (half up for non-negative inputs).
 *
 * When both arguments are safe integers the result is computed exactly
 * (BigInt), so e.g. 1/8 → 12,5 rounds to 13 with 0 decimals without float
 * noise. Pass the result to `formatPercent`.
 *
 * @param part - the part (e.g. tasks finished)
 * @param whole - the whole (e.g. tasks assigned)
 * @param decimals - integer 0–20, default 2
 * @returns the percentage, or `undefined` when `whole` is 0 or an input is not finite
 * @throws RangeError if `decimals` is not an integer 0–20
 *
 * @example
 * ```ts
 * percentOf(1, 3)      // 33.33
 * percentOf(2, 3)      // 66.67
 * percentOf(1, 8, 0)   // 13
 * percentOf(14, 14)    // 100
 * percentOf(5, 0)      // undefined
 * ```
 */
export function percentOf(part: number, whole: number, decimals = 2): number | undefined {
  assertDecimals(decimals, 'decimals');
  if (!Number.isFinite(part) || !Number.isFinite(whole) || whole === 0) return undefined;
  if (Number.isSafeInteger(part) && Number.isSafeInteger(whole)) {
    const negative = part < 0 !== whole < 0 && part !== 0;
    const num = BigInt(Math.abs(part)) * 100n * 10n ** BigInt(decimals);
    const den = BigInt(Math.abs(whole));
    let q = num / den;
    if ((num % den) * 2n >= den) q += 1n;
    const digits = q.toString().padStart(decimals + 1, '0');
    const cut = digits.length - decimals;
    const magnitude = Number(`${digits.slice(0, cut)}.${digits.slice(cut) || '0'}`);
    return magnitude === 0 ? 0 : negative ? -magnitude : magnitude;
  }
  const ratio = (part / whole) * 100;
  if (!Number.isFinite(ratio)) return undefined;
  const rounded = roundDecimal(toDecimalParts(ratio), decimals);
  const magnitude = Number(`${rounded.int}.${rounded.frac || '0'}`);
  return magnitude === 0 ? 0 : rounded.negative ? -magnitude : magnitude;
}
