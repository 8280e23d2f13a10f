import { formatNumber } from './format-number';

/** Options of {@link formatPercent}. */
export interface FormatPercentOptions {
  /** Exact number of decimals (rounded, zero-padded). By default at most 2, trailing zeros trimmed. */
  decimals?: number;
}

/**
 * Formats a value that is already a percentage, Vietnamese style, with `%`
 * attached (no space). To compute a percentage use `percentOf`.
 *
 * @param value - the percentage, e.g. `60.38` for 60,38 %
 * @param options - `decimals` for a fixed number of decimals
 * @returns e.g. `60,38%`
 * @throws RangeError (Vietnamese message) if `value` is not finite
 *
 * @example
 * ```ts
 * formatPercent(60.38)                 // '60,38%'
 * formatPercent(99.1)                  // '99,1%'
 * formatPercent(33.3333)               // '33,33%'
 * formatPercent(100, { decimals: 1 })  // '100,0%'
 * ```
 */
export function formatPercent(value: number, options: FormatPercentOptions = {}): string {
  const formatted =
    options.decimals === undefined
      ? formatNumber(value, { maxDecimals: 2 })
      : formatNumber(value, { decimals: options.decimals });
  return `${formatted}%`;
}
