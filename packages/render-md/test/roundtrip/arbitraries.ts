/** Trees full of hostile strings for the round-trip test: Markdown metacharacters, autolink pieces, NFD text. */
import fc from 'fast-check';
import type { ReportDocument } from '@baocao-khcn/core';
import type { BlockNode, FootnoteNode, HeadingNode, InlineNode, ListItemNode, TableNode, TableRowNode, TextNode } from '@baocao-khcn/core/tree';
import { documentOf } from '@baocao-khcn/test-utils';

// ---------------------------------------------------------------------------------------------
// Hostile strings

const atoms = [
  '#', '## ', '-', '- ', '+ ', '*', '**', '***', '_', '__', '1.', '1. ', '2)', '|', '| a |', '[^1]', '[^2]:', '[x](y)',
  '![i](s)', '[a]: b', '<script>', '</script>', '<b>', '<!--', '<http://a.vn>', 'http://khcn.vn', 'www.a.vn', 'a@b.vn',
  '`', '``', '```', '~~~', '~', '\\', '\\\\', '\\*', '&amp;', '&#x20;', '&', '>', '=', '===', '---', ':', ':-', '!', '[', ']',
  '(', ')', '^', '$', '{', '}', '"', "'", ' ', '  ', '    ', '\t', '\n', '\r\n', '😀', '👍🏽', '🇻🇳', 'e\u0301', '\u0301', '\u0323',
  'ệ', 'Đ', 'Sở KH&CN', 'KH&CN', '&CN', ';', '&#', '03', '60,38%', '\u00a0', '\u3000', 'x', 'Bắc Kạn',
  // Autolink literals and their pieces (see "Links" in the README).
  'HTTP://A.VN/x', 'https://khcn.gov.vn/a_(b)?c=1&d', 'WWW.A.VN', 'www.', 'mailto:a@b.vn', 'xmpp:a@b.vn/c', 'a.b+c@d-e.vn',
  'pth@bacgiang.gov.vn;', 'http', 'https', '://', '.vn', '@', 'x.vn/a)',
];
const controls = /\p{Cc}/u;
/** Short strings dense in metacharacters: they meet markers and each other at run edges. */
const dense = fc
  .array(fc.constantFrom('&', 'a', 'CN', ';', '#', 'x', '1', ' ', '*', '_', '😀', '\\', '[', ']', '^', ':', '@', '.', '(', ')', '`', '<', '>', '|', '~'), { maxLength: 5 })
  .map((parts) => parts.join(''));
const mixed = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...atoms) },
      { weight: 2, arbitrary: fc.string({ maxLength: 3 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 2 }).filter((s) => !controls.test(s)) },
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));
export const hostile: fc.Arbitrary<string> = fc.oneof({ weight: 3, arbitrary: mixed }, { weight: 1, arbitrary: dense });

const textRun: fc.Arbitrary<TextNode> = fc
  .record({ text: hostile, bold: fc.boolean(), italic: fc.boolean(), superscript: fc.boolean() })
  .map(({ text, bold, italic, superscript }) => ({ type: 'text' as const, text, ...(bold ? { bold } : {}), ...(italic ? { italic } : {}), ...(superscript ? { superscript } : {}) }));

/** Footnote numbers are placeholders here; `renumber` makes them continuous. */
export const inline: fc.Arbitrary<InlineNode[]> = fc.array(
  fc.oneof(
    { weight: 5, arbitrary: textRun },
    { weight: 1, arbitrary: fc.array(textRun, { maxLength: 3 }).map((children): FootnoteNode => ({ type: 'footnote', number: 0, children })) },
  ),
  { maxLength: 5 },
);

export const heading: fc.Arbitrary<BlockNode> = fc
  .record({ level: fc.integer({ min: 1, max: 7 }), number: fc.constantFrom('I.', '1.', '6.1.', 'a)', 'Phần I', '', '-', '+', '#'), children: inline })
  .map(({ level, number, children }): HeadingNode => ({ type: 'heading', level, style: 'arabic', number, children }));

export const paragraph: fc.Arbitrary<BlockNode> = inline.map((children) => ({ type: 'paragraph', align: 'justify', indent: true, children }));

const listItem: fc.Memo<ListItemNode> = fc.memo((n) =>
  fc.record({
    marker: fc.constantFrom('-', '+'),
    children: inline,
    items: n > 1 ? fc.array(listItem(n - 1), { maxLength: 2 }) : fc.constant([]),
  }),
);
export const list: fc.Arbitrary<BlockNode> = fc.array(listItem(3), { minLength: 1, maxLength: 3 }).map((items) => ({ type: 'list', items }));

const cellOf = fc
  .record({ paragraphs: fc.array(inline, { maxLength: 2 }), bold: fc.boolean(), italic: fc.boolean() })
  .map(({ paragraphs, bold, italic }) => ({ paragraphs, colSpan: 1, rowSpan: 1, align: 'left' as const, bold, italic }));
export const table: fc.Arbitrary<BlockNode> = fc.integer({ min: 1, max: 3 }).chain((width) => {
  const row = fc.record({ cells: fc.array(cellOf, { minLength: width, maxLength: width }), group: fc.boolean() });
  return fc.record({ head: row, rows: fc.array(row, { maxLength: 3 }) }).map(
    ({ head, rows }): TableNode => ({
      type: 'table',
      columns: Array.from({ length: width }, () => ({ width: 1 / width })),
      headerRows: [{ ...head, group: false }],
      rows,
    }),
  );
});

/** Gives footnotes continuous numbers in document order, as `composeReport` does. */
function renumber(document: ReportDocument): ReportDocument {
  let next = 1;
  const fix = (nodes: InlineNode[]): InlineNode[] => nodes.map((node) => (node.type === 'footnote' ? { ...node, number: next++ } : node));
  const fixItem = (item: ListItemNode): ListItemNode => ({ ...item, children: fix(item.children), items: item.items.map(fixItem) });
  const fixRow = (row: TableRowNode): TableRowNode => ({ ...row, cells: row.cells.map((c) => ({ ...c, paragraphs: c.paragraphs.map(fix) })) });
  const subject = fix(document.subject);
  const body = document.body.map((block): BlockNode => {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        return { ...block, children: fix(block.children) };
      case 'list':
        return { ...block, items: block.items.map(fixItem) };
      case 'table':
        return { ...block, headerRows: block.headerRows.map(fixRow), rows: block.rows.map(fixRow) };
    }
  });
  return { ...document, subject, body };
}

export function documentArbitrary(blocks: fc.Arbitrary<BlockNode>): fc.Arbitrary<ReportDocument> {
  return fc
    .record({ title: hostile, subject: inline, body: fc.array(blocks, { maxLength: 6 }) })
    .map(({ title, subject, body }) => renumber(documentOf({ title, subject, body, signature: { lines: ['GIÁM ĐỐC'], name: 'Nguyễn Văn A' } })));
}
