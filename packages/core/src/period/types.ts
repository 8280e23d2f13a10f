/**
 * A reporting period (kỳ báo cáo) — Nghị định 09/2019/NĐ-CP.
 *
 * - `month`: tháng 9/2023
 * - `quarter`: quý III năm 2023
 * - `half`: 6 tháng đầu năm (1) / 6 tháng cuối năm (2)
 * - `nine-months`: 9 tháng đầu năm
 * - `year`: năm 2021
 * - `remaining`: the rest of a year, used for the directions part
 *   (phương hướng 3 tháng cuối năm after a 9-month report; 6 tháng cuối năm)
 * - `custom`: an explicit ISO window with its own label
 */
export type Period =
  | { kind: 'month'; year: number; month: number }
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'half'; year: number; half: 1 | 2 }
  | { kind: 'nine-months'; year: number }
  | { kind: 'year'; year: number }
  | { kind: 'remaining'; year: number; months: 3 | 6 }
  | { kind: 'custom'; from: string; to: string; label: string };

/** The `kind` of a {@link Period}. */
export type PeriodKind = Period['kind'];

/** An inclusive range of ISO dates `YYYY-MM-DD`. */
export interface DateRange {
  from: string;
  to: string;
}

/**
 * How `reportingWindow` cuts figures off.
 *
 * - `{ cutoffDay: d }` (default d = 15, Nghị định 09/2019 Điều 12): the window
 *   starts on day d of the month before the period's first month and ends on
 *   day d − 1 of its last month. `d` must be an integer 2–28.
 * - `{ calendar: true }`: calendar months (first day of the first month to
 *   last day of the last month).
 */
export type WindowRule = { cutoffDay: number } | { calendar: true };
