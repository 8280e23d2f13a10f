import { nextPeriod } from './next-period';
import { periodLabel } from './period-label';
import type { Period } from './types';

/**
 * The label of `nextPeriod(p)`: what the directions part is about.
 *
 * @param p - the report's period (not `custom`)
 * @returns e.g. `3 tháng cuối năm 2022`
 * @throws RangeError as `nextPeriod`
 *
 * @example
 * ```ts
 * nextPeriodLabel({ kind: 'nine-months', year: 2022 })     // '3 tháng cuối năm 2022'
 * nextPeriodLabel({ kind: 'half', year: 2021, half: 1 })   // '6 tháng cuối năm 2021'
 * nextPeriodLabel({ kind: 'month', year: 2023, month: 9 }) // 'tháng 10/2023'
 * nextPeriodLabel({ kind: 'year', year: 2023 })            // 'năm 2024'
 * ```
 */
export function nextPeriodLabel(p: Period): string {
  return periodLabel(nextPeriod(p));
}
