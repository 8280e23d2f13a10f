import { daysInMonth, invalidIsoDateMessage } from './_lib/calendar';
import { DRAFT_BLANK } from './constants';
import { parseIsoDate } from './parse-iso-date';

/** A full ISO date, or a partial date for a draft (day and/or month left blank). */
export type DateLineDate = string | { year: number; month?: number; day?: number };

/**
 * Writes the place-and-date line of an administrative document (Nghị định
 * 30/2020/NĐ-CP): `Lạng Sơn, ngày 05 tháng 02 năm 2024`.
 *
 * Days below 10 and the months 1 and 2 get a leading zero; months 3–12 are
 * not padded. For a draft, pass `{ year, month }` or `{ year }`: the missing
 * day/month is replaced by `DRAFT_BLANK` (six spaces, which include the
 * spaces around the number). The place is trimmed and NFC-normalised.
 *
 * @param place - the place name, e.g. `Lạng Sơn`
 * @param date - an ISO date `YYYY-MM-DD`, or `{ year, month?, day? }`
 * @returns the date line (not italicised: layout is the renderer's job)
 * @throws RangeError (Vietnamese message) for an empty place, an invalid ISO date,
 *   a day without a month, or out-of-range parts
 *
 * @example
 * ```ts
 * formatDateLine('Lạng Sơn', '2024-02-05')            // 'Lạng Sơn, ngày 05 tháng 02 năm 2024'
 * formatDateLine('Bắc Giang', '2023-06-16')           // 'Bắc Giang, ngày 16 tháng 6 năm 2023'
 * formatDateLine('Lạng Sơn', { year: 2022, month: 8 }) // 'Lạng Sơn, ngày      tháng 8 năm 2022'
 * formatDateLine('Lạng Sơn', { year: 2022 })           // 'Lạng Sơn, ngày      tháng      năm 2022'
 * ```
 */
export function formatDateLine(place: string, date: DateLineDate): string {
  const where = typeof place === 'string' ? place.normalize('NFC').trim() : '';
  if (where === '') throw new RangeError('Thiếu địa danh trong dòng ngày tháng.');
  let year: number;
  let month: number | undefined;
  let day: number | undefined;
  if (typeof date === 'string') {
    const parts = parseIsoDate(date);
    if (parts === undefined) throw new RangeError(invalidIsoDateMessage(date));
    ({ year, month, day } = parts);
  } else {
    ({ year, month, day } = date);
    if (!Number.isInteger(year) || year < 1 || year > 9999) {
      throw new RangeError(`Năm không hợp lệ: ${String(year)}.`);
    }
    if (month !== undefined && (!Number.isInteger(month) || month < 1 || month > 12)) {
      throw new RangeError(`Tháng không hợp lệ: ${String(month)}.`);
    }
    if (day !== undefined) {
      if (month === undefined) throw new RangeError('Có ngày nhưng thiếu tháng.');
      if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) {
        throw new RangeError(`Ngày không hợp lệ: ${String(day)}/${month}/${year}.`);
      }
    }
  }
  const dayPart = day === undefined ? DRAFT_BLANK : ` ${String(day).padStart(2, '0')} `;
  const monthPart =
    month === undefined ? DRAFT_BLANK : ` ${month <= 2 ? `0${month}` : String(month)} `;
  return `${where}, ngày${dayPart}tháng${monthPart}năm ${year}`;
}
