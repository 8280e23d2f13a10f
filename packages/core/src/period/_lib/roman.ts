/** Roman numerals of the quarters, index = quarter. @internal */
export const QUARTER_ROMAN = ['', 'I', 'II', 'III', 'IV'] as const;
