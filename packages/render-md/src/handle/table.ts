import type { Alignment, TableCellNode, TableNode, TableRowNode } from '@baocao-khcn/core/tree';
import type { AlignType, BlockContent, PhrasingContent, TableCell, TableRow } from 'mdast';
import type { BlockHandler, State } from '../state';

/**
 * One slot of the flattened grid: the cell covering it, whether it is the cell's top-left slot,
 * and whether it lies in the cell's own row (covered by `colSpan` only).
 */
type Slot = { cell: TableCellNode; first: boolean; sameRow: boolean };

function span(value: number): number {
  return Number.isInteger(value) && value > 1 ? value : 1;
}

/**
 * Flattens rows with `rowSpan`/`colSpan` (HTML semantics: a row omits the slots covered from
 * above) into a plain grid. Spans do not cross from the header rows into the body rows.
 */
function layout(rows: readonly TableRowNode[]): (Slot | undefined)[][] {
  const grid: (Slot | undefined)[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    const line = grid[r]!;
    let c = 0;
    for (const cell of row.cells) {
      while (line[c] !== undefined) c++;
      const rowSpan = Math.min(span(cell.rowSpan), rows.length - r);
      const colSpan = span(cell.colSpan);
      for (let dr = 0; dr < rowSpan; dr++) {
        const target = grid[r + dr]!;
        for (let dc = 0; dc < colSpan; dc++) target[c + dc] ??= { cell, first: dr === 0 && dc === 0, sameRow: dr === 0 };
      }
      c += colSpan;
    }
  });
  return grid;
}

/**
 * How a row's cells are written: `bold` forces bold text, `cellBold` honours each cell's own flag,
 * `group` marks a group row (its column-spanning title is written once).
 */
type RowStyle = { bold: boolean; cellBold: boolean; group?: boolean };

function cellContent(slot: Slot | undefined, state: State, style: RowStyle): PhrasingContent[] {
  if (slot === undefined) return [];
  if (!slot.first && (state.options.mergedCells === 'first' || (style.group === true && slot.sameRow))) return [];
  const { cell } = slot;
  return state.joined(cell.paragraphs, {
    breaks: false,
    bold: style.bold || (style.cellBold && cell.bold),
    italic: cell.italic,
  });
}

function row(slots: readonly (Slot | undefined)[], width: number, state: State, style: RowStyle): TableRow {
  const children: TableCell[] = [];
  for (let c = 0; c < width; c++) children.push({ type: 'tableCell', children: cellContent(slots[c], state, style) });
  return { type: 'tableRow', children };
}

/**
 * The alignment of each column: centred or right-aligned when all its body cells (their top-left
 * slots, outside group rows) say so; otherwise (or without any such cell) none.
 */
function columnAligns(node: TableNode, body: readonly (readonly (Slot | undefined)[])[], width: number): AlignType[] {
  // Per column: the alignment of its first counted cell, and whether another one differs.
  const seen: boolean[] = new Array<boolean>(width).fill(false);
  const first: (Alignment | undefined)[] = new Array<undefined>(width).fill(undefined);
  const mixed: boolean[] = new Array<boolean>(width).fill(false);
  for (let r = 0; r < body.length; r++) {
    if (node.rows[r]!.group) continue;
    const slots = body[r]!;
    const end = Math.min(width, slots.length);
    for (let c = 0; c < end; c++) {
      const slot = slots[c];
      if (slot === undefined || !slot.first) continue;
      if (!seen[c]) {
        seen[c] = true;
        first[c] = slot.cell.align;
      } else if (first[c] !== slot.cell.align) {
        mixed[c] = true;
      }
    }
  }
  const align: AlignType[] = [];
  for (let c = 0; c < width; c++) {
    const value = first[c];
    align.push(!mixed[c] && (value === 'center' || value === 'right') ? value : null);
  }
  return align;
}

/**
 * A table as a GFM table:
 * - the first header row is the GFM header row (its cells' `bold` is not written: GFM header cells
 *   are bold already); further header rows become body rows in bold; without header rows the GFM
 *   header row is empty (GFM requires one);
 * - merged cells are flattened: by default the value is repeated in every slot it covers
 *   (`mergedCells: 'first'` keeps it in the top-left slot only);
 * - group rows (`I | ĐÃ THỰC HIỆN …` across the table) are bold, and their column-spanning title
 *   is written once: repeated across the row it would only be noise;
 * - a cell's paragraphs are joined with one space and a `\n` becomes a space (a GFM cell is one
 *   line; no `<br>` is ever written);
 * - a column is centred or right-aligned when all its body cells (outside group rows) say so;
 * - the caption becomes an italic paragraph above the table; column widths are dropped.
 */
export const table: BlockHandler<TableNode> = (node, state) => {
  const out: BlockContent[] = [];
  if (node.caption !== undefined) {
    const caption = state.phrasing(node.caption, { breaks: true, italic: true });
    if (caption.length > 0) out.push({ type: 'paragraph', children: caption });
  }
  const head = layout(node.headerRows);
  const body = layout(node.rows);
  let width = node.columns.length;
  for (const slots of head) if (slots.length > width) width = slots.length;
  for (const slots of body) if (slots.length > width) width = slots.length;
  if (width === 0) return out;

  // The GFM header row is bold when displayed: the cells' own `bold` is not written there.
  const rows: TableRow[] = [row(head[0] ?? [], width, state, { bold: false, cellBold: false })];
  for (let r = 1; r < head.length; r++) rows.push(row(head[r]!, width, state, { bold: true, cellBold: true }));
  for (let r = 0; r < body.length; r++) {
    const group = node.rows[r]!.group;
    rows.push(row(body[r]!, width, state, { bold: group, cellBold: true, group }));
  }
  const align = columnAligns(node, body, width);
  out.push({ type: 'table', align, children: rows });
  return out;
};
