/**
 * The fast path of `renderMarkdown` (issue 19): tables of at least `DIRECT_TABLE_MIN_CELLS` slots are written as GFM
 * text directly — plain cells copied, the others serialised in one batch — instead of through an mdast node per cell.
 * Property: for hostile trees and composed reports, the fast path (`renderMarkdownDirect`: every table directly,
 * however small) gives exactly the text of the general path, `toMdast` + `mdast-util-to-markdown` with the package's
 * settings (`renderMarkdownGeneral`); and `renderMarkdown` itself does, on tables just below, at and just above the
 * threshold. The generators aim at the boundary of plain cells: cells that are one plain run of almost-plain text (Vietnamese
 * in NFC and NFD with one Markdown special, a pipe, a line ending, an e-mail address or a URL), beside cells of
 * every other shape (styled runs, several runs or paragraphs, footnotes, empty cells), merged cells, group rows,
 * several header rows and captions, with every option that changes a table.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeReport, type ReportDocument } from '@baocao-khcn/core';
import type { BlockNode, InlineNode, TableCellNode, TableNode, TableRowNode, TextNode } from '@baocao-khcn/core/tree';
import { renderMarkdown, type RenderMarkdownOptions } from '@baocao-khcn/render-md';
import { documentOf } from '@baocao-khcn/test-utils';
import { DIRECT_TABLE_MIN_CELLS, renderMarkdownDirect, renderMarkdownGeneral } from '../../packages/render-md/src/testing';
import { composableReport, fuzzOptions, hostileText } from './arbitraries';
import { fcParams, timeoutFor } from './config';

/** Plain words (NFC and NFD Vietnamese, digits, the punctuation the fast path copies). */
const word = fc.constantFrom(
  'Cân', 'đồng hồ', 'số 1', 'phường Hoàng Văn Thụ', 'Đạt', 'Không đạt', '1/9/2023', '1.234.567,891', '60,38%', 'Lưu: VT',
  'Ha\u0300 No\u0302\u0323i', 'Be\u0302\u0301n Tre', 'e\u0301', '(ghi chú)', '"x"', "'y'", '#1', '+', '-', '=', '>', '!', '?', '$', '{}', '^', ';',
  'w', 'W', 'ww', 'p', 's', 'S', 'http', 'mailto', '😀', '\u00a0', '\u3000', '\u2028', 'ǅ',
);
/** One character or construct that a cell may have to escape, or that ends the fast path. */
const special = fc.constantFrom(
  '|', '\\', '`', '*', '_', '[', ']', '<', '~', '@', '&', '.', ':', '/', '://', 'www.', 'WWW.', 'a@b.vn', 'http://x.vn', 'KH&CN', '&amp;', '&#1;',
  '\n', '\r', '\r\n', '\t', ' ', '  ', '\u0000', '\u0007', '\u007f', '\u0085', '[^1]', '<b>', '\ud800', '_😀', '😀_',
);
const almostPlain: fc.Arbitrary<string> = fc
  .tuple(fc.array(word, { maxLength: 3 }), fc.option(special, { nil: '' }), fc.array(word, { maxLength: 3 }), fc.boolean())
  .map(([a, s, b, spaced]) => (spaced ? `${a.join(' ')}${s}${b.join(' ')}` : `${a.join('')}${s}${b.join('')}`));
const cellString = fc.oneof({ weight: 4, arbitrary: almostPlain }, { weight: 2, arbitrary: hostileText });

const run: fc.Arbitrary<TextNode> = fc
  .record({ text: cellString, bold: fc.boolean(), italic: fc.boolean() })
  .map(({ text, bold, italic }) => ({ type: 'text', text, ...(bold ? { bold } : {}), ...(italic ? { italic } : {}) }));
const runs: fc.Arbitrary<InlineNode[]> = fc.array(
  fc.oneof({ weight: 5, arbitrary: run }, { weight: 1, arbitrary: fc.array(run, { maxLength: 2 }).map((children) => ({ type: 'footnote' as const, number: 1, children })) }),
  { maxLength: 3 },
);
const span = fc.oneof({ weight: 6, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 3 }) });
const tableCell: fc.Arbitrary<TableCellNode> = fc
  .record({
    // Mostly the fast path's shape: one paragraph of one plain run.
    paragraphs: fc.oneof({ weight: 4, arbitrary: cellString.map((text) => [[{ type: 'text' as const, text }]]) }, { weight: 2, arbitrary: fc.array(runs, { maxLength: 2 }) }),
    colSpan: span,
    rowSpan: span,
    align: fc.constantFrom('left' as const, 'center' as const, 'right' as const),
    bold: fc.boolean(),
    italic: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  });
const tableRow = (width: number): fc.Arbitrary<TableRowNode> =>
  fc.record({ cells: fc.array(tableCell, { minLength: 0, maxLength: width + 1 }), group: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }) });
const table: fc.Arbitrary<BlockNode> = fc.integer({ min: 0, max: 4 }).chain((width) =>
  fc
    .record({ head: fc.array(tableRow(width), { maxLength: 2 }), rows: fc.array(tableRow(width), { maxLength: 6 }), caption: fc.option(runs, { nil: undefined }) })
    .map(({ head, rows, caption }): TableNode => ({
      type: 'table',
      columns: Array.from({ length: width }, () => ({ width: width === 0 ? 1 : 1 / width })),
      headerRows: head,
      rows,
      ...(caption === undefined ? {} : { caption }),
    })),
);
const paragraph: fc.Arbitrary<BlockNode> = runs.map((children) => ({ type: 'paragraph', align: 'justify', indent: true, children }));
const list: fc.Arbitrary<BlockNode> = fc.array(runs, { minLength: 1, maxLength: 2 }).map((items) => ({ type: 'list', items: items.map((children) => ({ marker: '-', children, items: [] })) }));

/** Documents whose body and appendix hold tables between paragraphs and lists (lists around a table test the bullets). */
const document: fc.Arbitrary<ReportDocument> = fc
  .record({
    body: fc.array(fc.oneof({ weight: 3, arbitrary: table }, { weight: 1, arbitrary: paragraph }, { weight: 1, arbitrary: list }), { maxLength: 5 }),
    appendix: fc.array(fc.oneof({ weight: 2, arbitrary: table }, { weight: 1, arbitrary: list }), { maxLength: 3 }),
  })
  .map(({ body, appendix }) =>
    documentOf({
      body,
      appendices: appendix.length === 0 ? [] : [{ label: 'Phụ lục', title: [{ type: 'text', text: 'DANH MỤC' }], orientation: 'portrait', blocks: appendix }],
    }),
  );

const options: fc.Arbitrary<RenderMarkdownOptions> = fc.record({
  footnotes: fc.constantFrom('gfm' as const, 'inline' as const),
  header: fc.boolean(),
  mergedCells: fc.constantFrom('repeat' as const, 'first' as const),
  bullet: fc.constantFrom('-' as const, '*' as const, '+' as const),
});

function expectSame(doc: ReportDocument, opts: RenderMarkdownOptions): void {
  expect(renderMarkdownDirect(doc, opts)).toBe(renderMarkdownGeneral(doc, opts));
}

/** One table of `width` columns, one header row and as many body rows as make it straddle the threshold. */
const thresholdTable: fc.Arbitrary<ReportDocument> = fc
  .record({ width: fc.integer({ min: 1, max: 6 }), delta: fc.integer({ min: -1, max: 1 }), cell: tableCell, text: almostPlain })
  .chain(({ width, delta, cell, text }) => {
    const bodyRows = Math.ceil(DIRECT_TABLE_MIN_CELLS / width) - 1 + delta;
    const plainCell = (i: number): TableCellNode => ({ ...cell, paragraphs: [[{ type: 'text', text: `${text} ${i}` }]], colSpan: 1, rowSpan: 1, bold: false, italic: false });
    return fc.array(tableRow(width), { maxLength: 3 }).map((odd): ReportDocument => {
      const rows: TableRowNode[] = Array.from({ length: bodyRows }, (_, r) => ({ group: false, cells: Array.from({ length: width }, (_, c) => plainCell(r * width + c)) }));
      // A few rows of every shape among the plain ones.
      odd.forEach((row, k) => rows.splice(Math.floor(((k + 1) * rows.length) / 4), 1, { ...row, cells: row.cells.map((c) => ({ ...c, rowSpan: 1 })) }));
      const head: TableRowNode = { group: false, cells: Array.from({ length: width }, (_, c) => plainCell(-c - 1)) };
      return documentOf({ body: [{ type: 'table', columns: Array.from({ length: width }, () => ({ width: 1 / width })), headerRows: [head], rows }] });
    });
  });

describe('renderMarkdown fast path: the same text as toMdast + mdast-util-to-markdown', () => {
  it('on hostile tables (one plain run per cell mostly, every other shape beside it)', () => {
    fc.assert(fc.property(document, options, expectSame), fcParams(30, 3));
  }, timeoutFor(30, 3));

  it('renderMarkdown itself on tables just below, at and just above the size threshold', () => {
    fc.assert(
      fc.property(thresholdTable, options, (doc, opts) => {
        expect(renderMarkdown(doc, opts)).toBe(renderMarkdownGeneral(doc, opts));
      }),
      fcParams(150, 0.2),
    );
  }, timeoutFor(150, 0.2));

  it('on composed reports full of hostile text', () => {
    fc.assert(
      fc.property(composableReport(), options, (input, opts) => {
        let composed: ReportDocument;
        try {
          composed = composeReport(input, fuzzOptions).document;
        } catch {
          return; // a ComposeError: property 1's business
        }
        expectSame(composed, opts);
      }),
      fcParams(60),
    );
  }, timeoutFor(60));
});
