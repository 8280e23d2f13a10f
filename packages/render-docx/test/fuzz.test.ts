import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { BlockNode, InlineNode, ListItemNode, TableCellNode } from '@baocao-khcn/core/tree';
import { cell, row, t } from '@baocao-khcn/test-utils';
import { sampleReport } from './fixture';
import { render } from './helpers';

const anyText = fc.string({ unit: 'binary', maxLength: 40 });
const inline: fc.Arbitrary<InlineNode> = fc.oneof(
  fc.record({ type: fc.constant('text' as const), text: anyText, bold: fc.boolean(), italic: fc.boolean(), superscript: fc.boolean() }),
  fc.record({ type: fc.constant('footnote' as const), number: fc.integer({ min: -2, max: 6 }), children: fc.array(anyText.map((s) => t(s)), { maxLength: 2 }) }),
);
const leafItem: fc.Arbitrary<ListItemNode> = fc.record({ marker: anyText, children: fc.array(inline, { maxLength: 2 }), items: fc.constant<ListItemNode[]>([]) });
const tableCell: fc.Arbitrary<TableCellNode> = fc
  .record({ text: anyText, colSpan: fc.integer({ min: 0, max: 4 }), rowSpan: fc.integer({ min: 0, max: 4 }) })
  .map(({ text, colSpan, rowSpan }) => cell(text, { colSpan, rowSpan }));
const block: fc.Arbitrary<BlockNode> = fc.oneof(
  fc.record({ type: fc.constant('paragraph' as const), align: fc.constantFrom('justify', 'left', 'center', 'right'), indent: fc.boolean(), children: fc.array(inline, { maxLength: 4 }) }),
  fc.record({
    type: fc.constant('heading' as const),
    level: fc.integer({ min: 0, max: 12 }),
    style: fc.constantFrom('part', 'upper-alpha', 'roman', 'arabic', 'decimal', 'alpha', 'none'),
    number: anyText,
    children: fc.array(inline, { maxLength: 3 }),
  }),
  fc.record({
    type: fc.constant('list' as const),
    items: fc.array(fc.record({ marker: anyText, children: fc.array(inline, { maxLength: 2 }), items: fc.array(leafItem, { maxLength: 2 }) }), { maxLength: 3 }),
  }),
  fc.record({
    type: fc.constant('table' as const),
    columns: fc.array(fc.double({ min: -1, max: 2 }).map((width) => ({ width })), { maxLength: 5 }),
    headerRows: fc.array(fc.array(tableCell, { maxLength: 5 }).map((cells) => row(cells)), { maxLength: 2 }),
    rows: fc.array(fc.tuple(fc.array(tableCell, { maxLength: 6 }), fc.boolean()).map(([cells, group]) => row(cells, group)), { maxLength: 4 }),
  }),
);

describe('any tree', () => {
  it('renders to well-formed parts without forbidden characters, never throwing on odd data', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(block, { maxLength: 6 }), anyText, async (body, agency) => {
        const sample = sampleReport();
        const { parts } = await render({ ...sample, body, header: { ...sample.header, agency }, appendices: [{ ...sample.appendices[0]!, blocks: body }] });
        for (const [path, xml] of Object.entries(parts)) {
          expect(XMLValidator.validate(xml), path).toBe(true);
          expect(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(xml), path).toBe(false);
        }
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
