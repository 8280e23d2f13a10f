/**
 * Literal document-tree builders for tests: short names, every field the tree requires filled with the usual value.
 */
import type { HeadingNode, InlineNode, ListItemNode, NumberStyle, ParagraphNode, TableCellNode, TableRowNode, TextNode } from '@baocao-khcn/core/tree';

/**
 * A text run.
 *
 * @example
 * t('Mô hình', { italic: true }) // → { type: 'text', text: 'Mô hình', italic: true }
 */
export const t = (text: string, extra: Omit<TextNode, 'type' | 'text'> = {}): TextNode => ({ type: 'text', text, ...extra });

/**
 * A justified body paragraph with a first-line indent; strings become text runs.
 *
 * @example
 * p('Quản lý ', t('50', { bold: true }), ' đề tài.') // → { type: 'paragraph', align: 'justify', indent: true, children: [3 runs] }
 */
export const p = (...children: (InlineNode | string)[]): ParagraphNode => ({
  type: 'paragraph',
  align: 'justify',
  indent: true,
  children: children.map((c) => (typeof c === 'string' ? t(c) : c)),
});

/**
 * A numbered heading with one text run.
 *
 * @example
 * h(2, 'arabic', '1.', 'Công tác nghiên cứu') // → { type: 'heading', level: 2, style: 'arabic', number: '1.', children: [t('Công tác nghiên cứu')] }
 */
export const h = (level: number, style: NumberStyle, number: string, text: string): HeadingNode => ({
  type: 'heading',
  level,
  style,
  number,
  children: [t(text)],
});

/**
 * A list item with one text run and optional nested items.
 *
 * @example
 * li('-', 'Đề tài chuyển tiếp:', [li('+', 'Lĩnh vực nông nghiệp;')])
 */
export const li = (marker: string, text: string, items: ListItemNode[] = []): ListItemNode => ({ marker, children: [t(text)], items });

/**
 * A table cell: one paragraph per line of `text` (none for `''`), left-aligned, plain, spanning one row and column.
 *
 * @example
 * cell('Tổng cộng', { colSpan: 2, bold: true }).paragraphs // → [[t('Tổng cộng')]]
 */
export const cell = (text: string, extra: Partial<TableCellNode> = {}): TableCellNode => ({
  paragraphs: text === '' ? [] : text.split('\n').map((line) => [t(line)]),
  colSpan: 1,
  rowSpan: 1,
  align: 'left',
  bold: false,
  italic: false,
  ...extra,
});

/**
 * A table row; `group` marks a group row (I, II … spanning the table).
 *
 * @example
 * row([cell('I'), cell('NHIỆM VỤ CẤP TỈNH')], true) // → { cells: [2 cells], group: true }
 */
export const row = (cells: TableCellNode[], group = false): TableRowNode => ({ cells, group });
