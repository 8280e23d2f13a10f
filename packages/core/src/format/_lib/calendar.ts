/**
 * Internal calendar arithmetic on year/month/day integers (proleptic
 * Gregorian). No `Date` objects, so results never depend on a time zone.
 *
 * @internal
 */

/** Whether `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Builds `YYYY-MM-DD` from integers (no validation). */
export function toIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Message for an invalid ISO date string, in Vietnamese. */
export function invalidIsoDateMessage(value: unknown): string {
  return `Ngày không hợp lệ: ${JSON.stringify(value)} (cần định dạng YYYY-MM-DD và là ngày có thật).`;
}
