/**
 * Figure and list helpers shared by sections 12–21 (prefix `b-`). Generated sentences put every number in a
 * figure run, so core formats it the Vietnamese way and the validator can check it.
 */
import { percentOf, type Diagnostic, type FigureInput, type InlineInput, type JsonPath, type ListItemInput, type RichTextInput, type SectionContext } from '@baocao-khcn/core';

/** Relative tolerance for sums of money written with decimals (33.427,9 + 33.342 = 66.769,9). */
const RELATIVE_EPSILON = 1e-9;

/**
 * A count figure: 1–9 get a leading zero, thousands get dots.
 *
 * @example
 * countFigure(4, 'nhiệm vụ') // { type: 'figure', value: 4, format: 'count', unit: 'nhiệm vụ' } → "04 nhiệm vụ"
 * countFigure(0)             // → "0"
 */
export function countFigure(value: number, unit?: string): FigureInput {
  const figure: FigureInput = { type: 'figure', value, format: 'count' };
  if (unit !== undefined && unit !== '') figure.unit = unit;
  return figure;
}

/**
 * A clause "<words before> <count> <unit>" for an optional figure: `undefined` when the value is not given, so
 * clauses can be joined with the `a-sentences` helpers.
 *
 * @example
 * countClause(42, 'giấy phép sử dụng tần số vô tuyến điện', 'cấp ') // ['cấp ', countFigure(42, '…')] → "cấp 42 giấy phép …"
 * countClause(undefined, 'thuê bao')                                // undefined
 */
export function countClause(value: number | undefined, unit: string, before = ''): InlineInput[] | undefined {
  if (value === undefined) return undefined;
  return before === '' ? [countFigure(value, unit)] : [before, countFigure(value, unit)];
}

/**
 * A sum of money in the given unit (digits with thousands dots, decimals with a comma).
 *
 * @example
 * moneyFigure(66769.9, 'triệu đồng') // → "66.769,9 triệu đồng"
 */
export function moneyFigure(value: number, unit: string): FigureInput {
  return { type: 'figure', value, format: 'money', unit };
}

/** Number of decimals a stated number is written with (`85` → 0, `98.31` → 2). */
function decimalsShown(value: number): number {
  const s = String(value);
  const dot = s.indexOf('.');
  return dot < 0 || s.includes('e') ? 0 : s.length - dot - 1;
}

/**
 * Whether a stated percentage agrees with `part / whole` at the precision it is written with (the rule core's
 * figure check applies to a figure's `ratio`). Always true when `whole` is 0 (nothing to compare).
 *
 * @example
 * rateMatches(85, 850, 1000)   // true
 * rateMatches(98.3, 116, 118)  // true  (98,305… rounds to 98,3)
 * rateMatches(90, 850, 1000)   // false
 */
export function rateMatches(stated: number, part: number, whole: number): boolean {
  if (whole === 0) return true;
  const computed = (part / whole) * 100;
  return Math.abs(computed - stated) <= 0.5 * 10 ** -decimalsShown(stated) + 1e-9;
}

/**
 * A percentage figure for `part / whole`: the stated rate when given, otherwise the computed one (2 decimals at
 * most). The figure carries its `ratio` so the validator can re-check it — except when the stated rate is already
 * known to disagree, which the section's own check reports at a path inside the section data (no duplicate).
 * Returns `undefined` when no rate can be written (no stated rate and `whole` is 0).
 *
 * @example
 * rateFigure(116, 118)      // { type: 'figure', value: 98.31, format: 'percent', ratio: { part: 116, whole: 118 } } → "98,31%"
 * rateFigure(80, 100, 80)   // → "80%"
 * rateFigure(1, 0)          // undefined
 */
export function rateFigure(part: number, whole: number, stated?: number): FigureInput | undefined {
  const value = stated ?? percentOf(part, whole);
  if (value === undefined) return undefined;
  const figure: FigureInput = { type: 'figure', value, format: 'percent' };
  if (whole !== 0 && (stated === undefined || rateMatches(stated, part, whole))) figure.ratio = { part, whole };
  return figure;
}

/**
 * Checks a stated percentage against `part / whole`. Returns a warning with `code` at `path` when they disagree,
 * or when a rate is stated although `whole` is 0.
 *
 * @example
 * checkRate(90, 850, 1000, ['onlineDossiers', 'rate'], 'chuyen-doi-so/online-dossiers-rate', ctx)
 * // → [{ code: 'chuyen-doi-so/online-dossiers-rate', severity: 'warning', path: ['onlineDossiers', 'rate'],
 * //      message: 'Tỷ lệ ghi 90% nhưng 850/1.000 = 85%.' }]
 */
export function checkRate(stated: number | undefined, part: number, whole: number, path: JsonPath, code: string, ctx: Pick<SectionContext, 'format'>): Diagnostic[] {
  if (stated === undefined) return [];
  if (whole === 0) {
    return [{ code, severity: 'warning', path, message: `Không tính được tỷ lệ khi tổng bằng 0 (tỷ lệ ghi ${ctx.format.number(stated)}%).` }];
  }
  if (rateMatches(stated, part, whole)) return [];
  const computed = percentOf(part, whole) ?? 0;
  return [{
    code,
    severity: 'warning',
    path,
    message: `Tỷ lệ ghi ${ctx.format.number(stated)}% nhưng ${ctx.format.number(part)}/${ctx.format.number(whole)} = ${ctx.format.number(computed)}%.`,
  }];
}

/**
 * Whether two amounts are equal up to floating-point noise (relative tolerance 1e-9).
 *
 * @example
 * sameAmount(66769.9, 33427.9 + 33342) // true
 * sameAmount(66769.9, 66760)           // false
 */
export function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) <= RELATIVE_EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Ends the items of a "-" list the way reports do: every item with ";", the last one with ".".
 * An item that already ends with punctuation keeps it.
 *
 * @example
 * punctuateList([['Kinh phí sự nghiệp KH&CN: ', moneyFigure(33427.9, 'triệu đồng')], 'Kinh phí chi đầu tư phát triển'])
 * // → [['Kinh phí sự nghiệp KH&CN: ', {…}, ';'], ['Kinh phí chi đầu tư phát triển', '.']]
 */
export function punctuateList(items: readonly RichTextInput[]): ListItemInput[] {
  return items.map((item, i) => {
    const end = i === items.length - 1 ? '.' : ';';
    const parts = typeof item === 'string' ? [item] : [...item];
    const last = parts[parts.length - 1];
    if (typeof last === 'string' && /[.;:!?]\s*$/.test(last)) return parts;
    return [...parts, end];
  });
}

/**
 * Rich text followed by more inline items, with one space between them: `lead` may be a plain string or inline
 * items (as a report writes it).
 *
 * @example
 * leadWith('Tổng kinh phí dự kiến là', [moneyFigure(66769.9, 'triệu đồng'), ', trong đó:'])
 * // → ['Tổng kinh phí dự kiến là', ' ', {…}, ', trong đó:'] → "Tổng kinh phí dự kiến là 66.769,9 triệu đồng, trong đó:"
 */
export function leadWith(lead: RichTextInput, rest: RichTextInput): RichTextInput {
  const head = typeof lead === 'string' ? [lead] : [...lead];
  const tail = typeof rest === 'string' ? [rest] : [...rest];
  const last = head[head.length - 1];
  const space = typeof last === 'string' && /\s$/.test(last) ? [] : [' '];
  return [...head, ...space, ...tail];
}
