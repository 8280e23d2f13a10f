/**
 * `@baocao-khcn/core/format`: Vietnamese formatters (numbers, percentages, counts, money in words, dates, document
 * numbers) and reporting periods (Nghị định 09/2019/NĐ-CP: labels, the next period, cut-off windows, period
 * phrases in prose). Pure functions; errors are `RangeError`s with Vietnamese messages.
 *
 * @example
 * import { formatNumber, moneyToWords, periodLabel } from '@baocao-khcn/core/format';
 * formatNumber(1234567.891) // '1.234.567,891'
 * periodLabel({ kind: 'quarter', year: 2023, quarter: 3 }) // 'quý III năm 2023'
 *
 * @packageDocumentation
 */
export {
  formatNumber,
  parseVietnameseNumber,
  formatPercent,
  percentOf,
  formatCount,
  moneyToWords,
  parseMoneyWords,
  MAX_MONEY_IN_WORDS,
  formatDateLine,
  formatShortDate,
  isIsoDate,
  parseIsoDate,
  formatDocumentNumber,
  documentNumberLine,
  DRAFT_BLANK,
} from '../format';
export type { FormatNumberOptions, FormatPercentOptions, FormatCountOptions, DateLineDate, DocumentNumberInput, IsoDateParts, FormatShortDateOptions } from '../format';
export { describeDocument } from '../validate/template-data';
export { periodLabel, nextPeriod, nextPeriodLabel, reportingWindow, periodMentions } from '../period';
export type { Period, PeriodKind, DateRange, WindowRule, PeriodMention } from '../period';
