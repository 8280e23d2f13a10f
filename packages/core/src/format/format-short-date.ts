import { invalidIsoDateMessage } from './_lib/calendar';
import { parseIsoDate } from './parse-iso-date';

/** Options of {@link formatShortDate}. */
export interface FormatShortDateOptions {
  /**
   * Zero-padding of the month: `'never'` (default, `13/9/2023`, `15/1/2024`),
   * `'jan-feb'` (as in the date line: `25/01/2021`, `13/9/2023`) or
   * `'always'` (`13/09/2023`).
   */
  padMonth?: 'never' | 'jan-feb' | 'always';
}

/**
 * Formats an ISO date in the short form used when citing documents
 * ("Quyết định số 527/QĐ-UBND ngày 31/3/2020"): day zero-padded to two
 * digits, month not padded (by default), four-digit year.
 *
 * @param date - an ISO date `YYYY-MM-DD`
 * @param options - `padMonth`
 * @returns e.g. `03/8/2022`
 * @throws RangeError (Vietnamese message) if `date` is not a real ISO date
 *
 * @example
 * ```ts
 * formatShortDate('2023-09-13')                          // '13/9/2023'
 * formatShortDate('2022-08-03')                          // '03/8/2022'
 * formatShortDate('2021-01-25')                          // '25/1/2021'
 * formatShortDate('2021-01-25', { padMonth: 'jan-feb' }) // '25/01/2021'
 * ```
 */
export function formatShortDate(date: string, options: FormatShortDateOptions = {}): string {
  const parts = parseIsoDate(date);
  if (parts === undefined) throw new RangeError(invalidIsoDateMessage(date));
  const padMonth = options.padMonth ?? 'never';
  const pad =
    padMonth === 'always' || (padMonth === 'jan-feb' && parts.month <= 2);
  const month = pad ? String(parts.month).padStart(2, '0') : String(parts.month);
  return `${String(parts.day).padStart(2, '0')}/${month}/${parts.year}`;
}
