/**
 * The baseline of the renderDocx benchmark: the same content (paragraphs, runs, tables with merged cells,
 * footnotes, header block, signature) built directly with the `docx` package, written once, with no
 * abstraction of ours in between. It walks the composed tree only to know *what* to write.
 */
import {
  AlignmentType,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx';
import type { ReportDocument } from '@baocao-khcn/core';
import type { BlockNode, InlineNode, TableNode } from '@baocao-khcn/core/tree';

const TEXT_WIDTH = 11906 - 1701 - 850;

export async function baselineDocx(doc: ReportDocument): Promise<Uint8Array> {
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  const runs = (nodes: readonly InlineNode[]) =>
    nodes.map((n) => {
      if (n.type === 'text') return new TextRun({ text: n.text, bold: n.bold, italics: n.italic, font: 'Times New Roman', size: 28 });
      footnotes[n.number] = { children: [new Paragraph({ children: n.children.map((c) => new TextRun({ text: c.text, size: 20 })) })] };
      return new FootnoteReferenceRun(n.number);
    });
  const table = (t: TableNode) => {
    const widths = t.columns.map((c) => Math.round(c.width * TEXT_WIDTH));
    // Columns still covered by a cell above (rowSpan): remaining rows and the span's width.
    const covered = new Map<number, { rows: number; span: number }>();
    const rows = [...t.headerRows, ...t.rows].map((row, r) => {
      const cells: TableCell[] = [];
      let col = 0;
      const fillCovered = () => {
        for (let c = covered.get(col); c; c = covered.get(col)) {
          cells.push(new TableCell({ columnSpan: c.span, verticalMerge: VerticalMergeType.CONTINUE, children: [new Paragraph('')] }));
          if (--c.rows === 0) covered.delete(col);
          col += c.span;
        }
      };
      for (const cell of row.cells) {
        fillCovered();
        cells.push(
          new TableCell({
            columnSpan: cell.colSpan,
            verticalMerge: cell.rowSpan > 1 ? VerticalMergeType.RESTART : undefined,
            children: cell.paragraphs.map((p) => new Paragraph({ children: runs(p) })),
          }),
        );
        if (cell.rowSpan > 1) covered.set(col, { rows: cell.rowSpan - 1, span: cell.colSpan });
        col += cell.colSpan;
      }
      fillCovered();
      return new TableRow({ tableHeader: r < t.headerRows.length, children: cells });
    });
    return new Table({ columnWidths: widths, width: { size: TEXT_WIDTH, type: WidthType.DXA }, rows });
  };
  const blocks = (list: readonly BlockNode[]) =>
    list.flatMap((b): (Paragraph | Table)[] => {
      switch (b.type) {
        case 'heading':
          return [new Paragraph({ children: [new TextRun({ text: `${b.number} `, bold: true }), ...runs(b.children)] })];
        case 'paragraph':
          return [new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 720 }, children: runs(b.children) })];
        case 'list': {
          const items = (xs: typeof b.items, depth: number): Paragraph[] =>
            xs.flatMap((i) => [new Paragraph({ indent: { left: 360 * (depth + 1), hanging: 360 }, children: [new TextRun(`${i.marker} `), ...runs(i.children)] }), ...items(i.items, depth + 1)]);
          return items(b.items, 0);
        }
        case 'table':
          return [table(b)];
      }
    });
  const h = doc.header;
  const header = new Table({
    columnWidths: [3800, TEXT_WIDTH - 3800],
    rows: [
      new TableRow({
        children: [
          new TableCell({ children: [h.parentAgency ?? '', h.agency, h.numberLine].map((t) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(t)] })) }),
          new TableCell({ children: [h.nationalTitle, h.motto, h.dateLine].map((t) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(t)] })) }),
        ],
      }),
    ],
  });
  const signature = new Table({
    columnWidths: [TEXT_WIDTH / 2, TEXT_WIDTH / 2],
    rows: [
      new TableRow({
        children: [
          new TableCell({ children: [doc.recipients.label, ...doc.recipients.items.map((i) => `- ${i}`)].map((t) => new Paragraph(t)) }),
          new TableCell({ children: [...doc.signature.lines, '', '', '', doc.signature.name].map((t) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: t, bold: true })] })) }),
        ],
      }),
    ],
  });
  const body = [
    header,
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: doc.title, bold: true })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: runs(doc.subject) }),
    ...doc.to.map((t) => new Paragraph(`Kính gửi: ${t}`)),
    ...blocks(doc.body),
    signature,
  ];
  const appendices = doc.appendices.map((a) => ({
    properties: {},
    children: [new Paragraph({ children: runs(a.title) }), new Paragraph({ children: runs(a.subtitle ?? []) }), ...blocks(a.blocks)],
  }));
  const document = new Document({
    footnotes,
    sections: [
      {
        properties: { titlePage: true },
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }) },
        footers: { default: new Footer({ children: [] }) },
        children: body,
      },
      ...appendices,
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
