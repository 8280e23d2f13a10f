import type { JsonPath } from '@baocao-khcn/core';
import type { TableCellNode, TableNode, TableRowNode } from '@baocao-khcn/core/tree';
import type { RenderContext } from '../context';
import { justification, paragraphProperties, paragraphXml, type Justification } from '../ooxml/paragraph';
import { cellProperties, cellXml, ROW_END, rowStart, TABLE_END, tableStart } from '../ooxml/table';
import { ND30, STYLE_IDS } from '../style';
import { inlines } from './inline';

/**
 * Splits `total` twips into integer column widths proportional to `fractions` (largest remainder,
 * so they add up to `total` exactly).
 *
 * @example
 * ```ts
 * gridWidths([0.1, 0.6, 0.3], 9355); // [936, 5613, 2806]
 * ```
 */
export function gridWidths(fractions: readonly number[], total: number): number[] {
  const clean = fractions.map((f) => (Number.isFinite(f) && f > 0 ? f : 0));
  const known = clean.filter((f) => f > 0);
  const fill = known.length > 0 ? known.reduce((a, b) => a + b, 0) / known.length : 1;
  const weights = clean.map((f) => (f > 0 ? f : fill));
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const widths = exact.map(Math.floor);
  let left = total - widths.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    widths[i] = (widths[i] ?? 0) + 1;
    left -= 1;
  }
  return widths;
}

type Pending = { remaining: number; span: number };

function spanWidth(grid: readonly number[], start: number, span: number): number {
  return grid.slice(start, start + span).reduce((a, b) => a + b, 0);
}

/** Writes the XML of a table's cells; one per table, so that what its cells share is written once. */
type CellWriter = {
  /** A cell of the columns from `col` on, centred vertically, with its paragraphs. */
  cell(col: number, span: number, merge: 'restart' | 'continue' | undefined, paragraphs: string): string;
  /** A paragraph of a cell in the table text style, `jc` its alignment if any, with its runs. */
  paragraph(jc: Justification | undefined, runs: string): string;
};

function cellWriter(grid: readonly number[]): CellWriter {
  const cellProps = new Map<string, string>();
  const paragraphProps = new Map<Justification | undefined, string>();
  return {
    cell(col, span, merge, paragraphs) {
      const key = `${col} ${span} ${merge}`;
      let properties = cellProps.get(key);
      if (properties === undefined) {
        properties = cellProperties({ width: spanWidth(grid, col, span), span, ...(merge !== undefined ? { merge } : {}), vAlign: 'center' });
        cellProps.set(key, properties);
      }
      return cellXml(properties, paragraphs);
    },
    paragraph(jc, runs) {
      let properties = paragraphProps.get(jc);
      if (properties === undefined) {
        properties = paragraphProperties({ style: STYLE_IDS.tableText, ...(jc !== undefined ? { alignment: jc } : {}) });
        paragraphProps.set(jc, properties);
      }
      return paragraphXml(properties, runs);
    },
  };
}

function cellParagraphs(cell: TableCellNode, row: TableRowNode, ctx: RenderContext, path: JsonPath, xml: CellWriter): string {
  const format = {
    ...(cell.bold || row.group ? { bold: true } : {}),
    ...(cell.italic ? { italic: true } : {}),
  };
  const paragraphs = cell.paragraphs.length > 0 ? cell.paragraphs : [[]];
  return paragraphs.map((content, k) => xml.paragraph(justification(cell.align), inlines(content, ctx, [...path, 'paragraphs', k], format))).join('');
}

/**
 * Lays the HTML-like rows (a cell with `rowSpan` covers the same column below, and those rows omit
 * it) onto the grid: merged cells become `vMerge restart` + `continue` placeholders, `colSpan`
 * becomes `gridSpan`, each cell gets the width of the columns it spans. Each row is written to the body as soon
 * as it is laid out.
 */
function layRows(rows: readonly { row: TableRowNode; path: JsonPath; header: boolean }[], grid: readonly number[], ctx: RenderContext): void {
  const columns = grid.length;
  const xml = cellWriter(grid);
  const pending: (Pending | undefined)[] = Array.from({ length: columns }, () => undefined);
  // The empty paragraph of a continuation or filler cell.
  const blank = xml.paragraph(undefined, '');
  rows.forEach(({ row, path, header }, r) => {
    let placed = rowStart(header ? 'header' : 'plain');
    let col = 0;
    const fillPending = (): void => {
      for (let p = pending[col]; p !== undefined && col < columns; p = pending[col]) {
        placed += xml.cell(col, p.span, 'continue', blank);
        p.remaining -= 1;
        if (p.remaining <= 0) pending[col] = undefined;
        col += p.span;
      }
    };
    row.cells.forEach((cell, c) => {
      const at = [...path, 'cells', c];
      fillPending();
      if (col >= columns) {
        ctx.report({
          code: 'docx/table-shape',
          severity: 'error',
          path: at,
          message: `Hàng ${r + 1} của bảng có nhiều ô hơn số cột (${columns}); ô này bị bỏ.`,
        });
        return;
      }
      let span = Math.max(1, Math.trunc(cell.colSpan) || 1);
      if (col + span > columns) {
        ctx.report({
          code: 'docx/table-shape',
          severity: 'warning',
          path: [...at, 'colSpan'],
          message: `Ô gộp ${span} cột vượt quá số cột của bảng; chỉ gộp ${columns - col} cột.`,
        });
        span = columns - col;
      }
      const rowsLeft = rows.length - r;
      let down = Math.max(1, Math.trunc(cell.rowSpan) || 1);
      if (down > rowsLeft) {
        ctx.report({
          code: 'docx/table-shape',
          severity: 'warning',
          path: [...at, 'rowSpan'],
          message: `Ô gộp ${down} hàng vượt quá số hàng còn lại của bảng; chỉ gộp ${rowsLeft} hàng.`,
        });
        down = rowsLeft;
      }
      if (down > 1) pending[col] = { remaining: down - 1, span };
      placed += xml.cell(col, span, down > 1 ? 'restart' : undefined, cellParagraphs(cell, row, ctx, at, xml));
      col += span;
    });
    fillPending();
    if (col < columns) {
      if (row.cells.length > 0) {
        ctx.report({
          code: 'docx/table-shape',
          severity: 'warning',
          path,
          message: `Hàng ${r + 1} của bảng thiếu ô (${col}/${columns} cột); đã thêm ô trống.`,
        });
      }
      while (col < columns) {
        fillPending();
        if (col >= columns) break;
        placed += xml.cell(col, 1, undefined, blank);
        col += 1;
      }
    }
    ctx.body.xml(placed + ROW_END);
  });
}

/** The number of grid columns a row needs. */
function rowWidth(row: TableRowNode): number {
  return row.cells.reduce((n, c) => n + Math.max(1, Math.trunc(c.colSpan) || 1), 0);
}

/**
 * A table → a caption paragraph (if any), a fixed-layout table as wide as the text area with
 * explicit grid widths from `columns[].width`, header rows repeated on every page (`tblHeader`),
 * merged cells, group rows in bold, 12 pt single-bordered text; then a small paragraph so that two
 * tables never run together.
 *
 * @example
 * ```ts
 * table({ type: 'table', columns: [{ width: 0.1 }, { width: 0.9 }], headerRows: [...], rows: [...] }, ctx, ['body', 9]);
 * // <w:tblGrid><w:gridCol w:w="936"/><w:gridCol w:w="8419"/></w:tblGrid> …
 * ```
 */
export function table(node: TableNode, ctx: RenderContext, path: JsonPath): void {
  const all = [
    ...node.headerRows.map((row, i) => ({ row, path: [...path, 'headerRows', i], header: true })),
    ...node.rows.map((row, i) => ({ row, path: [...path, 'rows', i], header: false })),
  ];
  let fractions = node.columns.map((c) => c.width);
  if (fractions.length === 0) {
    const count = all.reduce((max, { row }) => Math.max(max, rowWidth(row)), 1);
    fractions = Array.from({ length: count }, () => 1 / count);
    ctx.report({
      code: 'docx/table-widths',
      severity: 'info',
      path: [...path, 'columns'],
      message: `Bảng không khai báo độ rộng cột; chia đều ${count} cột.`,
    });
  } else {
    const sum = fractions.reduce((a, b) => a + (Number.isFinite(b) && b > 0 ? b : 0), 0);
    if (Math.abs(sum - 1) > 0.01 || fractions.some((f) => !(Number.isFinite(f) && f > 0))) {
      ctx.report({
        code: 'docx/table-widths',
        severity: 'info',
        path: [...path, 'columns'],
        message: `Tổng độ rộng các cột là ${String(Math.round(sum * 1000) / 1000).replace('.', ',')} thay vì 1; đã chia lại theo tỷ lệ.`,
      });
    }
  }
  const grid = gridWidths(fractions, ctx.textWidth);
  if (node.caption !== undefined && node.caption.length > 0) {
    ctx.body.paragraph(paragraphProperties({ style: STYLE_IDS.tableCaption }), inlines(node.caption, ctx, [...path, 'caption']));
  }
  const margin = ND30.table.cellMarginTwips;
  const vertical = ND30.table.cellMarginVerticalTwips;
  ctx.body.xml(tableStart(grid, { style: 'single', size: ND30.table.borderSize }, { top: vertical, left: margin, bottom: vertical, right: margin }));
  layRows(all, grid, ctx);
  ctx.body.xml(TABLE_END);
  ctx.body.paragraph(paragraphProperties({ style: STYLE_IDS.tableSpacer }), '');
}
