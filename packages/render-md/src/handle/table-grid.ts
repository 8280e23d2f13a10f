import type { Alignment, TableCellNode, TableNode, TableRowNode } from '@baocao-khcn/core/tree';
import type { AlignType } from 'mdast';
import type { InlineContext, State } from '../state';

/**
 * One slot of the flattened grid: the cell covering it, whether it is the cell's top-left slot,
 * and whether it lies in the cell's own row (covered by `colSpan` only).
 */
export type Slot = { cell: TableCellNode; first: boolean; sameRow: boolean };

function span(value: number): number {
  return Number.isInteger(value) && value > 1 ? value : 1;
}

/** Whether no cell of a row spans more than its own slot. */
function unspanned(cells: readonly TableCellNode[]): boolean {
  for (const cell of cells) if (span(cell.rowSpan) > 1 || span(cell.colSpan) > 1) return false;
  return true;
}

/**
 * Flattens rows with `rowSpan`/`colSpan` (HTML semantics: a row omits the slots covered from
 * above) into a plain grid. Spans do not cross from the header rows into the body rows.
 * A row that nothing spans into and whose cells span nothing is its cells one by one (most rows).
 */
function layout(rows: readonly TableRowNode[]): (Slot | undefined)[][] {
  const grid: (Slot | undefined)[][] = new Array<(Slot | undefined)[]>(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r]!.cells;
    let line = grid[r];
    if (line === undefined && unspanned(cells)) {
      line = new Array<Slot>(cells.length);
      for (let c = 0; c < cells.length; c++) line[c] = { cell: cells[c]!, first: true, sameRow: true };
      grid[r] = line;
      continue;
    }
    line ??= grid[r] = [];
    let c = 0;
    for (const cell of cells) {
      while (line[c] !== undefined) c++;
      const rowSpan = Math.min(span(cell.rowSpan), rows.length - r);
      const colSpan = span(cell.colSpan);
      for (let dr = 0; dr < rowSpan; dr++) {
        const target = (grid[r + dr] ??= []);
        for (let dc = 0; dc < colSpan; dc++) target[c + dc] ??= { cell, first: dr === 0 && dc === 0, sameRow: dr === 0 };
      }
      c += colSpan;
    }
  }
  return grid;
}

/**
 * How a row's cells are written: `bold` forces bold text, `cellBold` honours each cell's own flag,
 * `group` marks a group row (its column-spanning title is written once).
 */
export type RowStyle = { bold: boolean; cellBold: boolean; group?: boolean };

/** A row of the flattened grid with the style it is written in. */
export type GridRow = { slots: readonly (Slot | undefined)[]; style: RowStyle };

/** A table flattened into GFM's plain grid: its rows in writing order, its width and its column alignments. */
export type Grid = { rows: GridRow[]; width: number; align: AlignType[] };

/** Whether a slot is written empty: no cell covers it, or it repeats a merged cell that is written once. */
export function isBlank(slot: Slot | undefined, state: State, style: RowStyle): slot is undefined {
  return slot === undefined || (!slot.first && (state.options.mergedCells === 'first' || (style.group === true && slot.sameRow)));
}

/** The inline context of a cell in a row of this style. */
export function cellContext(cell: TableCellNode, style: RowStyle): InlineContext {
  return { breaks: false, bold: style.bold || (style.cellBold && cell.bold), italic: cell.italic };
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
 * The table as GFM's grid (`undefined` when it has no column): the first header row is the GFM header row (bold
 * when displayed: the cells' own `bold` is not written there), further header rows are bold body rows, then the
 * body rows (group rows bold); the width is the widest of the columns and the rows.
 */
export function grid(node: TableNode): Grid | undefined {
  const head = layout(node.headerRows);
  const body = layout(node.rows);
  let width = node.columns.length;
  for (const slots of head) if (slots.length > width) width = slots.length;
  for (const slots of body) if (slots.length > width) width = slots.length;
  if (width === 0) return undefined;
  const rows: GridRow[] = [{ slots: head[0] ?? [], style: { bold: false, cellBold: false } }];
  for (let r = 1; r < head.length; r++) rows.push({ slots: head[r]!, style: { bold: true, cellBold: true } });
  for (let r = 0; r < body.length; r++) {
    const group = node.rows[r]!.group;
    rows.push({ slots: body[r]!, style: { bold: group, cellBold: true, group } });
  }
  return { rows, width, align: columnAligns(node, body, width) };
}
