import { groupThousands } from './_lib/decimal';

/** Options of {@link formatCount}. */
export interface FormatCountOptions {
  /** Minimum number of digits for counts ≥ 1 (zero-padded). Default 2; 1 disables padding. */
  pad?: number;
}

/**
 * Formats a count the way reports write it: counts from 1 to 9 get a leading
 * zero (`05 đề tài`, `04 nhiệm vụ`), zero stays `0` (`0 nhiệm vụ`), and
 * counts from 1.000 up get dot thousands separators.
 *
 * With `pad: n`, every count ≥ 1 with fewer than `n` digits is zero-padded
 * to `n` digits (padded counts are never grouped).
 *
 * @param n - a non-negative integer
 * @param options - `pad` (default 2)
 * @returns e.g. `04`
 * @throws RangeError (Vietnamese message) if `n` is not a non-negative safe integer or `pad` is not an integer ≥ 1
 *
 * @example
 * ```ts
 * formatCount(4)              // '04'
 * formatCount(0)              // '0'
 * formatCount(12)             // '12'
 * formatCount(1119)           // '1.119'
 * formatCount(4, { pad: 1 })  // '4'
 * ```
 */
export function formatCount(n: number, options: FormatCountOptions = {}): string {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`Số lượng phải là số nguyên không âm (nhận được ${String(n)}).`);
  }
  const pad = options.pad ?? 2;
  if (!Number.isInteger(pad) || pad < 1 || pad > 20) {
    throw new RangeError(`Tham số pad phải là số nguyên từ 1 đến 20 (nhận được ${String(pad)}).`);
  }
  if (n === 0) return '0';
  const digits = String(n);
  return digits.length < pad ? digits.padStart(pad, '0') : groupThousands(digits);
}
