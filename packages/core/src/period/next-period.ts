import { assertPeriod } from './_lib/assert-period';
import type { Period } from './types';

/**
 * The period covered by the directions part (phương hướng, nhiệm vụ kỳ tới)
 * of a report on `p`:
 *
 * | report period | next period |
 * |---|---|
 * | tháng m/y | tháng m+1 (12 → tháng 1 of y+1) |
 * | quý q/y | quý q+1 (IV → quý I of y+1) |
 * | 6 tháng đầu năm y | 6 tháng cuối năm y (`half` 2) |
 * | 6 tháng cuối năm y | năm y+1 |
 * | 9 tháng đầu năm y | 3 tháng cuối năm y (`remaining` 3) |
 * | `remaining` 3 or 6 of y | năm y+1 |
 * | năm y | năm y+1 |
 *
 * @param p - the report's period (not `custom`)
 * @returns the next period
 * @throws RangeError (Vietnamese message) for a malformed period, or for a
 *   `custom` period, whose successor cannot be inferred: give the directions
 *   period explicitly instead
 *
 * @example
 * ```ts
 * nextPeriod({ kind: 'month', year: 2023, month: 9 })     // { kind: 'month', year: 2023, month: 10 }
 * nextPeriod({ kind: 'month', year: 2023, month: 12 })    // { kind: 'month', year: 2024, month: 1 }
 * nextPeriod({ kind: 'nine-months', year: 2022 })         // { kind: 'remaining', year: 2022, months: 3 }
 * nextPeriod({ kind: 'half', year: 2021, half: 1 })       // { kind: 'half', year: 2021, half: 2 }
 * nextPeriod({ kind: 'quarter', year: 2022, quarter: 4 }) // { kind: 'quarter', year: 2023, quarter: 1 }
 * ```
 */
export function nextPeriod(p: Period): Period {
  assertPeriod(p);
  switch (p.kind) {
    case 'month':
      return p.month === 12
        ? { kind: 'month', year: p.year + 1, month: 1 }
        : { kind: 'month', year: p.year, month: p.month + 1 };
    case 'quarter':
      return p.quarter === 4
        ? { kind: 'quarter', year: p.year + 1, quarter: 1 }
        : { kind: 'quarter', year: p.year, quarter: (p.quarter + 1) as 2 | 3 | 4 };
    case 'half':
      return p.half === 1 ? { kind: 'half', year: p.year, half: 2 } : { kind: 'year', year: p.year + 1 };
    case 'nine-months':
      return { kind: 'remaining', year: p.year, months: 3 };
    case 'remaining':
    case 'year':
      return { kind: 'year', year: p.year + 1 };
    case 'custom':
      throw new RangeError(
        `Không xác định được kỳ tiếp theo của kỳ báo cáo tùy chỉnh "${p.label}"; hãy khai báo kỳ phương hướng.`,
      );
  }
}
