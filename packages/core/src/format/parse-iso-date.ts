import { daysInMonth } from './_lib/calendar';

/** A calendar date as integers. */
export interface IsoDateParts {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses an ISO calendar date `YYYY-MM-DD` into integers, checking that the
 * date exists (month 1–12, day within the month, leap years). No `Date`
 * object is involved, so the result never depends on the time zone.
 *
 * @param s - e.g. `2024-02-29`
 * @returns `{ year, month, day }`, or `undefined` if `s` is not a real date in that exact format
 *
 * @example
 * ```ts
 * parseIsoDate('2024-02-29') // { year: 2024, month: 2, day: 29 }
 * parseIsoDate('2023-02-29') // undefined
 * parseIsoDate('2023-9-13')  // undefined
 * ```
 */
export function parseIsoDate(s: string): IsoDateParts | undefined {
  if (typeof s !== 'string') return undefined;
  const match = ISO_DATE.exec(s);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}
