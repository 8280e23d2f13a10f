import { assertPeriod } from './_lib/assert-period';
import { QUARTER_ROMAN } from './_lib/roman';
import type { Period } from './types';

/**
 * The Vietnamese name of a reporting period, lower-case, as it appears in
 * running text ("báo cáo kết quả … 9 tháng đầu năm 2022"). Upper-case it
 * yourself for titles.
 *
 * @param p - the period
 * @returns the label; a custom period returns its own `label`
 * @throws RangeError (Vietnamese message) if the period is malformed
 *
 * @example
 * ```ts
 * periodLabel({ kind: 'month', year: 2023, month: 9 })       // 'tháng 9/2023'
 * periodLabel({ kind: 'quarter', year: 2023, quarter: 3 })   // 'quý III năm 2023'
 * periodLabel({ kind: 'half', year: 2023, half: 1 })         // '6 tháng đầu năm 2023'
 * periodLabel({ kind: 'half', year: 2023, half: 2 })         // '6 tháng cuối năm 2023'
 * periodLabel({ kind: 'nine-months', year: 2022 })           // '9 tháng đầu năm 2022'
 * periodLabel({ kind: 'remaining', year: 2022, months: 3 })  // '3 tháng cuối năm 2022'
 * periodLabel({ kind: 'year', year: 2021 })                  // 'năm 2021'
 * ```
 */
export function periodLabel(p: Period): string {
  assertPeriod(p);
  switch (p.kind) {
    case 'month':
      return `tháng ${p.month}/${p.year}`;
    case 'quarter':
      return `quý ${QUARTER_ROMAN[p.quarter]} năm ${p.year}`;
    case 'half':
      return `6 tháng ${p.half === 1 ? 'đầu' : 'cuối'} năm ${p.year}`;
    case 'nine-months':
      return `9 tháng đầu năm ${p.year}`;
    case 'remaining':
      return `${p.months} tháng cuối năm ${p.year}`;
    case 'year':
      return `năm ${p.year}`;
    case 'custom':
      return p.label;
  }
}
