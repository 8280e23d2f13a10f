import type { TableNode } from '@baocao-khcn/core/tree';
import type { BlockContent, PhrasingContent, TableCell, TableRow } from 'mdast';
import type { BlockHandler, State } from '../state';
import type { GridRow, Slot } from './table-grid';
import { cellContext, grid, isBlank } from './table-grid';
import { rawTable, tableText } from './table-text';

function cellContent(slot: Slot | undefined, state: State, style: GridRow['style']): PhrasingContent[] {
  if (isBlank(slot, state, style)) return [];
  return state.joined(slot.cell.paragraphs, cellContext(slot.cell, style));
}

function row({ slots, style }: GridRow, width: number, state: State): TableRow {
  const children: TableCell[] = [];
  for (let c = 0; c < width; c++) children.push({ type: 'tableCell', children: cellContent(slots[c], state, style) });
  return { type: 'tableRow', children };
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
 *
 * In `renderMarkdown` (`state.direct` set) a large table is written as GFM text at once, the same text
 * `mdast-util-to-markdown` writes for the mdast table (see `table-text.ts`).
 */
export const table: BlockHandler<TableNode> = (node, state) => {
  const out: BlockContent[] = [];
  if (node.caption !== undefined) {
    const caption = state.phrasing(node.caption, { breaks: true, italic: true });
    if (caption.length > 0) out.push({ type: 'paragraph', children: caption });
  }
  const layout = grid(node);
  if (layout === undefined) return out;
  const direct = state.direct;
  const large = direct !== undefined && layout.rows.length * layout.width >= direct.minCells;
  const text = large ? tableText(layout, state, direct.write) : undefined;
  if (text !== undefined) {
    out.push(rawTable(text));
    return out;
  }
  const rows: TableRow[] = layout.rows.map((r) => row(r, layout.width, state));
  out.push({ type: 'table', align: layout.align, children: rows });
  return out;
};
