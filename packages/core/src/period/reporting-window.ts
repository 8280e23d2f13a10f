import { daysInMonth, toIsoDate } from '../format/_lib/calendar';
import { assertPeriod } from './_lib/assert-period';
import type { DateRange, Period, WindowRule } from './types';

/** First and last month (1–12) of a non-custom period, within its year. */
function monthSpan(p: Exclude<Period, { kind: 'custom' }>): [first: number, last: number] {
  switch (p.kind) {
    case 'month':
      return [p.month, p.month];
    case 'quarter':
      return [p.quarter * 3 - 2, p.quarter * 3];
    case 'half':
      return p.half === 1 ? [1, 6] : [7, 12];
    case 'nine-months':
      return [1, 9];
    case 'remaining':
      return [13 - p.months, 12];
    case 'year':
      return [1, 12];
  }
}

/**
 * The inclusive window of dates whose figures a report on `p` covers.
 *
 * By default (Nghị định 09/2019/NĐ-CP, Điều 12) figures are cut off on the
 * 15th: the window runs from the 15th of the month before the period's first
 * month to the 14th of its last month (so a January or year window starts in
 * December of the previous year). `{ cutoffDay: d }` moves the cut-off day
 * (2–28); `{ calendar: true }` uses calendar months. A custom period returns
 * its own `from`/`to` whatever the rule.
 *
 * @param p - the period
 * @param rule - the cut-off rule, default `{ cutoffDay: 15 }`
 * @returns `{ from, to }` as ISO dates
 * @throws RangeError (Vietnamese message) for a malformed period or rule
 *
 * @example
 * ```ts
 * reportingWindow({ kind: 'month', year: 2023, month: 9 })
 * // { from: '2023-08-15', to: '2023-09-14' }
 * reportingWindow({ kind: 'month', year: 2024, month: 1 })
 * // { from: '2023-12-15', to: '2024-01-14' }
 * reportingWindow({ kind: 'half', year: 2023, half: 1 })
 * // { from: '2022-12-15', to: '2023-06-14' }
 * reportingWindow({ kind: 'year', year: 2021 })
 * // { from: '2020-12-15', to: '2021-12-14' }
 * reportingWindow({ kind: 'month', year: 2023, month: 9 }, { calendar: true })
 * // { from: '2023-09-01', to: '2023-09-30' }
 * ```
 */
export function reportingWindow(p: Period, rule: WindowRule = { cutoffDay: 15 }): DateRange {
  assertPeriod(p);
  if (p.kind === 'custom') return { from: p.from, to: p.to };
  const [first, last] = monthSpan(p);
  if ('calendar' in rule && rule.calendar === true) {
    return { from: toIsoDate(p.year, first, 1), to: toIsoDate(p.year, last, daysInMonth(p.year, last)) };
  }
  const cutoff = 'cutoffDay' in rule ? rule.cutoffDay : Number.NaN;
  if (!Number.isInteger(cutoff) || cutoff < 2 || cutoff > 28) {
    throw new RangeError(
      `Quy tắc chốt số liệu không hợp lệ: ngày chốt phải là số nguyên từ 2 đến 28 (nhận được ${String(cutoff)}); dùng { calendar: true } cho tháng dương lịch.`,
    );
  }
  const startYear = first === 1 ? p.year - 1 : p.year;
  const startMonth = first === 1 ? 12 : first - 1;
  return { from: toIsoDate(startYear, startMonth, cutoff), to: toIsoDate(p.year, last, cutoff - 1) };
}
