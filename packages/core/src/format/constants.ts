/**
 * The blank left for the number and the day/month of a draft document
 * (six spaces), as in `Số:      /BC-SKHCN` and `ngày      tháng 8 năm 2022`.
 *
 * @example
 * ```ts
 * `Số:${DRAFT_BLANK}/BC-SKHCN` // 'Số:      /BC-SKHCN'
 * ```
 */
export const DRAFT_BLANK = '      ';

/**
 * The largest amount `moneyToWords` reads: 10^15 − 1 đồng
 * (999.999.999.999.999).
 *
 * @example
 * ```ts
 * MAX_MONEY_IN_WORDS // 999999999999999
 * ```
 */
export const MAX_MONEY_IN_WORDS = 999_999_999_999_999;
