import type { CellInput, ListItem, RowInput } from '../model/blocks';
import type { RichText } from '../model/rich-text';
import type { BlockNode, NumberStyle, ListItemNode, TableCellNode, TableNode, TableRowNode } from '../tree/types';
import type { ExpandedBlock, LeafBlock } from '../validate/expand';
import { isParagraphList } from '../validate/walk';
import { composeInline, type InlineState } from './inline';
import type { Numbering } from './numbering';
import { append } from '../_lib/append';

/** What block composition needs: numbering, list markers and the inline state. */
export type BlockState = {
  numbering: Numbering;
  listMarkers: readonly string[];
  inline: InlineState;
  /** Styles of levels 2, 3 … inside the current part, when the part has its own scheme. */
  partScheme?: readonly NumberStyle[];
};

/** Composes expanded blocks at a heading level into tree nodes; headings get the next number of their level. */
export function composeBlocks(blocks: readonly ExpandedBlock[], level: number, state: BlockState): BlockNode[] {
  const out: BlockNode[] = [];
  for (const item of blocks) {
    if (item.kind === 'heading') {
      const { number, style } = state.numbering.next(level, level >= 2 ? state.partScheme?.[level - 2] : undefined);
      out.push({ type: 'heading', level, style, number, children: composeInline(item.title, state.inline) });
      append(out, composeBlocks(item.children, level + 1, state));
    } else out.push(composeLeaf(item.block, state));
  }
  return out;
}

function composeLeaf(block: LeafBlock, state: BlockState): BlockNode {
  if (typeof block === 'string' || Array.isArray(block)) return { type: 'paragraph', children: composeInline(block, state.inline), align: 'justify', indent: true };
  switch (block.type) {
    case 'paragraph':
      return {
        type: 'paragraph',
        children: composeInline(block.content, state.inline, { bold: block.bold, italic: block.italic }),
        align: block.align ?? 'justify',
        indent: block.indent ?? true,
      };
    case 'list':
      return { type: 'list', items: block.items.map((item) => composeListItem(item, 0, state)) };
    case 'table':
      return composeTable(block, state);
  }
}

function composeListItem(item: ListItem, depth: number, state: BlockState): ListItemNode {
  const markers = state.listMarkers;
  const marker = markers[Math.min(depth, markers.length - 1)] ?? '-';
  if (typeof item === 'string' || Array.isArray(item)) return { marker, children: composeInline(item, state.inline), items: [] };
  return {
    marker,
    children: composeInline(item.content, state.inline),
    items: (item.items ?? []).map((child) => composeListItem(child, depth + 1, state)),
  };
}

type TableBlock = Extract<LeafBlock, { type: 'table' }>;

function composeTable(table: TableBlock, state: BlockState): TableNode {
  const widths = table.columns.map((c) => c.width ?? 1);
  const total = widths.reduce((a, b) => a + b, 0);
  const columns = widths.map((w) => ({ width: w / total }));
  const width = columns.length;
  const headerRows: TableRowNode[] = table.headerRows
    ? table.headerRows.map((row, r, all) => composeRow(row, state, true, { width, rowsLeft: all.length - r }))
    : table.columns.some((c) => c.title !== undefined)
      ? [{ group: false, cells: table.columns.map((c) => cell(c.title ?? '', state, true, 'center', { width, rowsLeft: 1 })) }]
      : [];
  const aligns = table.columns.map((c) => c.align);
  const rows = table.rows.map((row, r, all) => composeRow(row, state, false, { width, rowsLeft: all.length - r }, aligns));
  const node: TableNode = { type: 'table', columns, headerRows, rows };
  if (table.caption !== undefined) node.caption = composeInline(table.caption, state.inline);
  return node;
}

/** Spans never reach past the table: `width` columns, `rowsLeft` rows from this one to the end of its group. */
type Bounds = { width: number; rowsLeft: number };

function composeRow(row: RowInput, state: BlockState, header: boolean, bounds: Bounds, aligns: (string | undefined)[] = []): TableRowNode {
  const cells = Array.isArray(row) ? row : row.cells;
  const group = !Array.isArray(row) && row.group === true;
  return {
    group,
    cells: cells.map((c, i) =>
      cell(c as CellInput, state, header || group, header ? 'center' : ((aligns[i] as TableCellNode['align'] | undefined) ?? 'left'), bounds),
    ),
  };
}

/** A cell; `bold` and `align` are the row's and column's defaults (no object per cell: tables may have 100,000s). */
function cell(input: CellInput, state: BlockState, bold: boolean, align: TableCellNode['align'], bounds: Bounds): TableCellNode {
  if (typeof input === 'string' || Array.isArray(input)) {
    return { paragraphs: [composeInline(input as RichText, state.inline)], colSpan: 1, rowSpan: 1, align, bold, italic: false };
  }
  const paragraphs = isParagraphList(input.content)
    ? (input.content as RichText[]).map((p) => composeInline(p, state.inline))
    : [composeInline(input.content as RichText, state.inline)];
  return {
    paragraphs,
    colSpan: Math.min(input.colSpan ?? 1, bounds.width),
    rowSpan: Math.min(input.rowSpan ?? 1, bounds.rowsLeft),
    align: input.align ?? align,
    bold: input.bold ?? bold,
    italic: input.italic ?? false,
  };
}
