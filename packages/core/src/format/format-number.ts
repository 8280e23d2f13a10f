import { assertDecimals, groupThousands, roundDecimal, toDecimalParts } from './_lib/decimal';

/** Options of {@link formatNumber}. */
export interface FormatNumberOptions {
  /** Exact number of decimals (rounded, zero-padded). Overrides `minDecimals`/`maxDecimals`. */
  decimals?: number;
  /** At least this many decimals (zero-padded). Default 0. */
  minDecimals?: number;
  /** At most this many decimals (rounded half away from zero, trailing zeros trimmed). Default 3, or `minDecimals` if larger. */
  maxDecimals?: number;
}

/**
 * Formats a number the Vietnamese way: dot as thousands separator, comma as
 * decimal separator.
 *
 * Rounding is half away from zero, done on the shortest decimal form of the
 * number (so `0.1 + 0.2` gives `0,3` and `1.005` with 2 decimals gives
 * `1,01`). Safe integers are printed exactly; the result never depends on
 * ICU/locale data. A value that rounds to zero is printed without a sign.
 *
 * @param value - a finite number
 * @param options - decimals; by default at most 3, trailing zeros trimmed
 * @returns the formatted number, e.g. `1.234.567,891`
 * @throws RangeError (Vietnamese message) if `value` is NaN or ±Infinity, or an option is not an integer 0–20
 *
 * @example
 * ```ts
 * formatNumber(1234567.891)            // '1.234.567,891'
 * formatNumber(1234.5, { decimals: 2 }) // '1.234,50'
 * formatNumber(-1234)                  // '-1.234'
 * formatNumber(0.1 + 0.2)              // '0,3'
 * formatNumber(-0)                     // '0'
 * ```
 */
export function formatNumber(value: number, options: FormatNumberOptions = {}): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`Không thể định dạng giá trị không phải số hữu hạn: ${String(value)}.`);
  }
  let min: number;
  let max: number;
  if (options.decimals !== undefined) {
    assertDecimals(options.decimals, 'decimals');
    min = options.decimals;
    max = options.decimals;
  } else {
    min = options.minDecimals ?? 0;
    assertDecimals(min, 'minDecimals');
    max = options.maxDecimals ?? Math.max(3, min);
    assertDecimals(max, 'maxDecimals');
    if (min > max) {
      throw new RangeError(`minDecimals (${min}) không được lớn hơn maxDecimals (${max}).`);
    }
  }
  const parts = roundDecimal(toDecimalParts(value), max);
  const frac = parts.frac.padEnd(min, '0');
  return `${parts.negative ? '-' : ''}${groupThousands(parts.int)}${frac === '' ? '' : `,${frac}`}`;
}
