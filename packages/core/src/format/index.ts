/**
 * Vietnamese formatters: numbers, percentages, counts, money in words, dates
 * and document numbers. Pure functions; errors are `RangeError`s with
 * Vietnamese messages.
 *
 * @module
 */
export { DRAFT_BLANK, MAX_MONEY_IN_WORDS } from './constants';
export { documentNumberLine } from './document-number-line';
export { formatCount } from './format-count';
export type { FormatCountOptions } from './format-count';
export { formatDateLine } from './format-date-line';
export type { DateLineDate } from './format-date-line';
export { formatDocumentNumber } from './format-document-number';
export type { DocumentNumberInput } from './format-document-number';
export { formatNumber } from './format-number';
export type { FormatNumberOptions } from './format-number';
export { formatPercent } from './format-percent';
export type { FormatPercentOptions } from './format-percent';
export { formatShortDate } from './format-short-date';
export type { FormatShortDateOptions } from './format-short-date';
export { isIsoDate } from './is-iso-date';
export { moneyToWords } from './money-to-words';
export { parseIsoDate } from './parse-iso-date';
export type { IsoDateParts } from './parse-iso-date';
export { parseMoneyWords } from './parse-money-words';
export { parseVietnameseNumber } from './parse-vietnamese-number';
export { percentOf } from './percent-of';
