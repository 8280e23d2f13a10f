import { parseIsoDate } from './parse-iso-date';

/**
 * Whether `s` is a real calendar date written exactly as `YYYY-MM-DD`
 * (leap years included).
 *
 * @param s - the string to check
 * @returns `true` for an existing date in ISO format
 *
 * @example
 * ```ts
 * isIsoDate('2024-02-29') // true
 * isIsoDate('2023-02-29') // false
 * isIsoDate('2023-02-30') // false
 * isIsoDate('13/9/2023')  // false
 * ```
 */
export function isIsoDate(s: string): boolean {
  return parseIsoDate(s) !== undefined;
}
