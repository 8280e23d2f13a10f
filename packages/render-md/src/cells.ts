import type { PhrasingContent, Root, TableRow } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Options as ToMarkdownOptions } from 'mdast-util-to-markdown';

/**
 * Serialises the phrasing content of table cells, each as `mdast-util-to-markdown` writes it inside a GFM table;
 * `undefined` when it cannot tell the cells apart in the output (the table is then left to the general path).
 */
export type CellWriter = (cells: readonly PhrasingContent[][]) => string[] | undefined;

/**
 * How `renderMarkdown` writes tables: those of at least `minCells` slots (rows × columns) directly as GFM text, the
 * cells that are not plain text through `write`; smaller ones go the general way, through mdast (writing one
 * directly costs two more calls of `mdast-util-to-markdown`, more than a small table's cells).
 */
export type DirectTables = { write: CellWriter; minCells: number };

/** The smallest table `renderMarkdown` writes directly (rows × columns, header rows included). */
export const DIRECT_TABLE_MIN_CELLS = 500;

/** The text of one row of a one-column GFM table as `markdown-table` writes it (`| x |`, or `| |` when empty). */
function cellOf(line: string | undefined): string | undefined {
  if (line === '| |') return '';
  if (line === undefined || line.length < 4 || !line.startsWith('| ') || !line.endsWith(' |')) return undefined;
  return line.slice(2, -2);
}

/**
 * A {@link CellWriter} with the settings of `renderMarkdown`: the cells are written by `mdast-util-to-markdown` as the
 * rows of one one-column table, so each is escaped exactly as in any table (a cell's text depends on nothing around
 * it: the GFM table handler gives every cell the same surroundings). A cell is one line (a line ending in a cell is
 * escaped); should the output ever not be one row per cell, the writer gives up (`undefined`).
 */
export function cellWriter(options: ToMarkdownOptions): CellWriter {
  const write = (cells: readonly PhrasingContent[][]): string => {
    const rows: TableRow[] = cells.map((children) => ({ type: 'tableRow', children: [{ type: 'tableCell', children }] }));
    const root: Root = { type: 'root', children: [{ type: 'table', align: [null], children: rows }] };
    return toMarkdown(root, options);
  };
  return (cells) => {
    if (cells.length === 0) return [];
    const lines = write(cells).split('\n');
    // Row 0, the delimiter row, rows 1…, then the empty string after the final line ending.
    if (lines.length !== cells.length + 2) return undefined;
    const out: string[] = [];
    for (let i = 0; i < cells.length; i++) {
      const cell = cellOf(lines[i === 0 ? 0 : i + 1]);
      if (cell === undefined) return undefined;
      out.push(cell);
    }
    return out;
  };
}
