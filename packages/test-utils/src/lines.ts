/**
 * Composed tree blocks flattened to lines of text, so that section tests assert exact wording.
 */
import type { BlockNode, InlineNode, ListItemNode, TableRowNode } from '@baocao-khcn/core/tree';

/**
 * Plain text of inline nodes; a footnote reference is written `[n]` and, when `footnotes` is given, its text is
 * collected there as `"n. text"`.
 *
 * @example
 * inlineText([t('Quản lý 50'), { type: 'footnote', number: 1, children: [t('Trong đó: …')] }], notes) // → 'Quản lý 50[1]'; notes → ['1. Trong đó: …']
 */
export function inlineText(nodes: readonly InlineNode[], footnotes: string[] = []): string {
  return nodes
    .map((n) => {
      if (n.type === 'text') return n.text;
      footnotes.push(`${n.number}. ${n.children.map((c) => c.text).join('')}`);
      return `[${n.number}]`;
    })
    .join('');
}

/**
 * Flattens tree blocks to lines: headings `"1. Title"`, paragraphs as text (`"**…**"` when every run is bold), list
 * items `"- …"` (nested `"  + …"`), table rows `"a | b | c"` (header rows prefixed `"# "`, group rows `"= "`; a
 * cell's paragraphs joined with `" / "`). Footnote references are written `[n]` and their texts collected in
 * `footnotes`.
 *
 * @example
 * lines(document.body) // → ['I. KẾT QUẢ THÁNG 9/2023', '1. Công tác kế hoạch – tài chính', 'Tổng kinh phí …']
 */
export function lines(blocks: readonly BlockNode[], footnotes: string[] = []): string[] {
  const out: string[] = [];
  const text = (nodes: readonly InlineNode[]) => inlineText(nodes, footnotes);
  const items = (list: readonly ListItemNode[], depth: number) => {
    for (const item of list) {
      out.push(`${'  '.repeat(depth)}${item.marker} ${text(item.children)}`);
      items(item.items, depth + 1);
    }
  };
  const cells = (row: TableRowNode) => row.cells.map((c) => c.paragraphs.map(text).join(' / ')).join(' | ');
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
        out.push(`${block.number} ${text(block.children)}`);
        break;
      case 'paragraph': {
        const bold = block.children.length > 0 && block.children.every((c) => c.type === 'text' && c.bold === true);
        out.push(bold ? `**${text(block.children)}**` : text(block.children));
        break;
      }
      case 'list':
        items(block.items, 0);
        break;
      case 'table':
        for (const row of block.headerRows) out.push(`# ${cells(row)}`);
        for (const row of block.rows) out.push(`${row.group ? '= ' : ''}${cells(row)}`);
        break;
    }
  }
  return out;
}
