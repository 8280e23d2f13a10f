/**
 * Sentence helpers shared by sections 1–11 (prefix `a-`): the standard sentences generated from figures are built
 * from clauses ("thẩm định cấp 10 giấy phép …", "05 chứng chỉ …") that these helpers join, capitalise and end.
 */
import type { BlockInput, InlineInput, RichTextInput } from '@baocao-khcn/core';

/**
 * A piece of a sentence: inline items (strings, figure runs, footnotes).
 *
 * @example
 * const clause: Clause = ['cấp ', countFigure(13, 'Giấy chứng nhận')] // "cấp 13 Giấy chứng nhận"
 */
export type Clause = InlineInput[];

/**
 * Inline items of rich text (a plain string becomes one item).
 *
 * @example
 * inlineOf('về việc thành lập') // → ['về việc thành lập']
 * inlineOf(['Cấp ', fig])        // → ['Cấp ', fig]
 */
export function inlineOf(rich: RichTextInput): Clause {
  return typeof rich === 'string' ? [rich] : [...rich];
}

/**
 * Joins clauses with a separator, skipping missing ones.
 *
 * @example
 * joinClauses([['a'], undefined, ['b']], ', ') // → ['a', ', ', 'b']
 */
export function joinClauses(clauses: readonly (Clause | undefined)[], separator: string): Clause {
  const present = clauses.filter((c): c is Clause => c !== undefined && c.length > 0);
  return present.flatMap((clause, i) => (i === 0 ? clause : [separator, ...clause]));
}

/**
 * One sentence from clauses: joined with `separator` ("; " by default), the first letter capitalised, a full stop at
 * the end. Returns `undefined` when every clause is missing.
 *
 * @example
 * sentence([['thẩm định cấp ', countFigure(10, 'giấy phép')], [countFigure(5, 'chứng chỉ nhân viên bức xạ')]])
 * // → "Thẩm định cấp 10 giấy phép; 05 chứng chỉ nhân viên bức xạ."
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
 * paragraph([sentence([['tổ chức nghiệm thu ', countFigure(3, 'đề tài')]]), undefined])
 * // → [['Tổ chức nghiệm thu ', {…}, '.']] → "Tổ chức nghiệm thu 03 đề tài."
 */
export function paragraph(sentences: readonly (Clause | undefined)[]): BlockInput[] {
  const joined = joinClauses(sentences, ' ');
  return joined.length === 0 ? [] : [joined];
}

/**
 * The parts of a breakdown as a clause: "label value unit" joined with "; ". `labelSeparator` goes between the label
 * and the value (" " as in "lĩnh vực y dược 01", ": " as in "Thép: 90 lô").
 *
 * @example
 * breakdownClause([{ label: 'Đồ chơi trẻ em', value: 482 }, { label: 'Thép', value: 90 }], { unit: 'lô', labelSeparator: ': ' })
 * // → "Đồ chơi trẻ em: 482 lô; Thép: 90 lô"
 */
export function breakdownClause(
  parts: readonly { label: string; value: number }[],
  options: { unit?: string; labelSeparator?: string; separator?: string } = {},
): Clause {
  const { unit, labelSeparator = ' ', separator = '; ' } = options;
  return joinClauses(
    parts.map((part) => {
      const figure: InlineInput = unit === undefined || unit === '' ? { type: 'figure', value: part.value, format: 'count' } : { type: 'figure', value: part.value, format: 'count', unit };
      return [`${part.label}${labelSeparator}`, figure];
    }),
    separator,
  );
}

/**
 * The first letter in upper case (Vietnamese rules).
 *
 * @example
 * capitalize('thẩm định') // 'Thẩm định'
 */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
