import type { BlockInput, ListItemInput } from '../model/blocks';
import type { InlineInput, RichTextInput } from '../model/rich-text';
import { capitalize } from '../text/capitalize';
import { seriesFigure } from '../series/series-figure';
import { countFigure } from './figures';

/**
 * Sentence builders for section plugins: the standard sentences generated from figures are built from clauses
 * ("thẩm định, cấp 10 giấy phép …", "05 chứng chỉ …") that these helpers join, capitalise and end. The wording stays
 * in the section; these only put the pieces together.
 */

/**
 * A piece of a sentence: inline items (strings, text runs, figures, footnotes).
 *
 * @example
 * const clause: Clause = ['cấp ', countFigure(13, 'Giấy chứng nhận')]; // "cấp 13 Giấy chứng nhận"
 */
export type Clause = InlineInput[];

/**
 * The inline items of rich text (a plain string becomes one item); a copy, so it can be extended.
 *
 * @example
 * inlineOf('về việc thành lập')          // ['về việc thành lập']
 * inlineOf(['Cấp ', countFigure(13)])     // ['Cấp ', { type: 'figure', value: 13, format: 'count' }]
 */
export function inlineOf(rich: RichTextInput): Clause {
  return typeof rich === 'string' ? [rich] : [...rich];
}

/**
 * Joins clauses with a separator, skipping missing and empty ones.
 *
 * @example
 * joinClauses([['a'], undefined, [], ['b']], ', ') // ['a', ', ', 'b']
 * joinClauses([undefined], ', ')                   // []
 */
export function joinClauses(clauses: readonly (Clause | undefined)[], separator: string): Clause {
  const present = clauses.filter((c): c is Clause => c !== undefined && c.length > 0);
  return present.flatMap((clause, i) => (i === 0 ? clause : [separator, ...clause]));
}

/**
 * One sentence from clauses: joined with `separator` ("; " by default), the first letter capitalised, a full stop at
 * the end (replacing a trailing ";", "," or ":"; kept when the sentence already ends with ".", "!" or "?"). Returns
 * `undefined` when every clause is missing.
 *
 * @example
 * sentence([['thẩm định, cấp ', countFigure(10, 'giấy phép')], [countFigure(5, 'chứng chỉ')]])
 * // ['Thẩm định, cấp ', {…}, '; ', {…}, '.'] → "Thẩm định, cấp 10 giấy phép; 05 chứng chỉ."
 * sentence([['đã xong;']])     // ['Đã xong.']
 * sentence([undefined, []])    // undefined
 */
export function sentence(clauses: readonly (Clause | undefined)[], separator = '; '): Clause | undefined {
  const joined = joinClauses(clauses, separator);
  if (joined.length === 0) return undefined;
  const [first, ...rest] = joined;
  const head = typeof first === 'string' ? capitalize(first) : first;
  const out: Clause = head === undefined ? rest : [head, ...rest];
  const last = out[out.length - 1];
  if (typeof last === 'string' && /[.!?]\s*$/.test(last)) return out;
  if (typeof last === 'string') out[out.length - 1] = `${last.replace(/[;,:\s]+$/, '')}.`;
  else out.push('.');
  return out;
}

/**
 * One paragraph holding the given sentences, separated by a space; no block at all when every sentence is missing.
 *
 * @example
 * paragraph([['A.'], undefined, ['B.']]) // [['A.', ' ', 'B.']] → "A. B."
 * paragraph([undefined])                 // []
 */
export function paragraph(sentences: readonly (Clause | undefined)[]): BlockInput[] {
  const joined = joinClauses(sentences, ' ');
  return joined.length === 0 ? [] : [joined];
}

/**
 * The parts of a breakdown as a clause: "label value unit" joined with `separator` ("; " by default).
 * `labelSeparator` goes between the label and the value (" " as in "lĩnh vực y dược 01", ": " as in "Thép: 90 lô").
 *
 * @example
 * breakdownClause([{ label: 'Thép', value: 90 }, { label: 'Đồ điện', value: 5 }], { unit: 'lô', labelSeparator: ': ' })
 * // ['Thép: ', countFigure(90, 'lô'), '; ', 'Đồ điện: ', countFigure(5, 'lô')] → "Thép: 90 lô; Đồ điện: 05 lô"
 * breakdownClause([{ label: 'lĩnh vực y dược', value: 1 }]) // → "lĩnh vực y dược 01"
 */
export function breakdownClause(
  parts: readonly { label: string; value: number }[],
  options: { unit?: string; labelSeparator?: string; separator?: string } = {},
): Clause {
  const { unit, labelSeparator = ' ', separator = '; ' } = options;
  return joinClauses(
    parts.map((part) => [`${part.label}${labelSeparator}`, countFigure(part.value, unit)]),
    separator,
  );
}

/**
 * A clause "<words before><count> <unit>" for an optional figure: `undefined` when the value is not given, so the
 * clause drops out of {@link sentence} and {@link joinClauses}. With `series`, the figure is the value of that
 * indicator and carries what the profile wants shown from the history (see {@link seriesFigure}).
 *
 * @example
 * countClause(42, 'giấy phép sử dụng tần số vô tuyến điện', 'cấp ') // ['cấp ', countFigure(42, '…')] → "cấp 42 giấy phép …"
 * countClause(7, 'trạm')                                           // [countFigure(7, 'trạm')] → "07 trạm"
 * countClause(undefined, 'thuê bao')                               // undefined
 * // profile: series: { annotate: { 'buu-chinh-vien-thong/btsStations': ['previousYear'] } }, in that section:
 * countClause(1850, 'trạm', '', { indicator: 'btsStations', ctx })
 * // [{ type: 'figure', value: 1850, format: 'count', unit: 'trạm', indicator: 'buu-chinh-vien-thong/btsStations', show: ['previousYear'] }]
 * // → "1.850 trạm, tăng 2,8% so với cùng kỳ năm 2024" with the history
 */
export function countClause(
  value: number | undefined,
  unit: string,
  before = '',
  series?: { indicator: string; ctx: Parameters<typeof seriesFigure>[2] },
): Clause | undefined {
  if (value === undefined) return undefined;
  const figure = series === undefined ? countFigure(value, unit) : seriesFigure(countFigure(value, unit), series.indicator, series.ctx);
  return before === '' ? [figure] : [before, figure];
}

/**
 * Ends the items of a "-" list the way reports do: every item with ";", the last one with ".". An item that already
 * ends with punctuation (". ; : ! ?") keeps it.
 *
 * @example
 * punctuateList(['Một', ['Hai ', countFigure(2)], 'Ba.'])
 * // [['Một', ';'], ['Hai ', countFigure(2), ';'], ['Ba.']] → "- Một;" "- Hai 02;" "- Ba."
 * punctuateList(['Một']) // [['Một', '.']]
 */
export function punctuateList(items: readonly RichTextInput[]): ListItemInput[] {
  return items.map((item, i) => {
    const end = i === items.length - 1 ? '.' : ';';
    const parts = inlineOf(item);
    const last = parts[parts.length - 1];
    if (typeof last === 'string' && /[.;:!?]\s*$/.test(last)) return parts;
    return [...parts, end];
  });
}

/**
 * Rich text followed by more inline items, with one space between them (none when `lead` already ends with a
 * space): `lead` may be a plain string or inline items, as a report writes it.
 *
 * @example
 * leadWith('Tổng kinh phí dự kiến là', [moneyFigure(66769.9, 'triệu đồng'), ', trong đó:'])
 * // ['Tổng kinh phí dự kiến là', ' ', {…}, ', trong đó:'] → "Tổng kinh phí dự kiến là 66.769,9 triệu đồng, trong đó:"
 * leadWith('Tổng: ', 'x') // ['Tổng: ', 'x']
 */
export function leadWith(lead: RichTextInput, rest: RichTextInput): Clause {
  const head = inlineOf(lead);
  const tail = inlineOf(rest);
  const last = head[head.length - 1];
  const space = typeof last === 'string' && /\s$/.test(last) ? [] : [' '];
  return [...head, ...space, ...tail];
}
