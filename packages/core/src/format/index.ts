/**
 * Vietnamese formatters: numbers, percentages, counts, money in words, dates
 * and document numbers. Pure functions; errors are `RangeError`s with
 * Vietnamese messages.
 *
 * @module
 */
export { DRAFT_BLANK, MAX_MONEY_IN_WORDS } from './constants';
export { documentNumberLine } from './documentNumberLine';
export { formatCount } from './formatCount';
export type { FormatCountOptions } from './formatCount';
export { formatDateLine } from './formatDateLine';
export type { DateLineDate } from './formatDateLine';
export { formatDocumentNumber } from './formatDocumentNumber';
export type { DocumentNumberInput } from './formatDocumentNumber';
export { formatNumber } from './formatNumber';
export type { FormatNumberOptions } from './formatNumber';
export { formatPercent } from './formatPercent';
export type { FormatPercentOptions } from './formatPercent';
export { formatShortDate } from './formatShortDate';
export type { FormatShortDateOptions } from './formatShortDate';
export { isIsoDate } from './isIsoDate';
export { moneyToWords } from './moneyToWords';
export { parseIsoDate } from './parseIsoDate';
export type { IsoDateParts } from './parseIsoDate';
export { parseMoneyWords } from './parseMoneyWords';
export { parseVietnameseNumber } from './parseVietnameseNumber';
export { percentOf } from './percentOf';
