const NUMBER_PATTERN = /^([+\-\u2212])?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/;

/**
 * Parses a number written the Vietnamese way (dot thousands, comma
 * decimals) — the inverse of `formatNumber`.
 *
 * Thousands groups, when present, must be well formed (`1.234.567`, not
 * `1.23`); ungrouped digits (`1234`) are accepted too. Surrounding
 * whitespace is ignored; a leading `-`, `+` or `−` (U+2212) is allowed.
 * Anything else (units, `%`, spaces inside, a dot used as a decimal point)
 * gives `undefined`. `-0` parses as `0`.
 *
 * @param text - e.g. `1.234.567,891`
 * @returns the number, or `undefined` if `text` is not a Vietnamese-formatted number
 *
 * @example
 * ```ts
 * parseVietnameseNumber('1.234.567,891') // 1234567.891
 * parseVietnameseNumber('60,38')         // 60.38
 * parseVietnameseNumber('-5')            // -5
 * parseVietnameseNumber('1.234')         // 1234
 * parseVietnameseNumber('1.5')           // undefined
 * parseVietnameseNumber('abc')           // undefined
 * ```
 */
export function parseVietnameseNumber(text: string): number | undefined {
  if (typeof text !== 'string') return undefined;
  const match = NUMBER_PATTERN.exec(text.trim());
  if (match === null) return undefined;
  const int = (match[2] ?? '').replaceAll('.', '');
  const frac = match[3];
  const magnitude = Number(frac === undefined ? int : `${int}.${frac}`);
  if (!Number.isFinite(magnitude)) return undefined;
  if (magnitude === 0) return 0;
  return match[1] === '-' || match[1] === '\u2212' ? -magnitude : magnitude;
}
