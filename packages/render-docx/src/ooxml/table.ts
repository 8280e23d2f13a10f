/** Tables (`w:tbl`): properties and grid, rows and cells. */
import { empty } from './xml';

/** A border of every edge of a table: `none`, or a single line of `size` eighths of a point. */
export type TableBorder = { readonly style: 'none' } | { readonly style: 'single'; readonly size: number };

const EDGES = ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:insideH', 'w:insideV'] as const;

/** Cell margins, twips. */
type Margins = { readonly top: number; readonly left: number; readonly bottom: number; readonly right: number };

/**
 * The start of a fixed-layout table: `<w:tbl>`, its properties (width, borders, cell margins) and its grid. The
 * rows follow, then {@link TABLE_END}.
 *
 * @example
 * ```ts
 * tableStart([4210, 5145], { style: 'none' }, { top: 0, left: 0, bottom: 0, right: 0 });
 * // '<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="9355"/>…<w:tblGrid><w:gridCol w:w="4210"/>…</w:tblGrid>'
 * ```
 */
export function tableStart(grid: readonly number[], border: TableBorder, margins: Margins): string {
  const width = grid.reduce((a, b) => a + b, 0);
  const edge = border.style === 'none' ? { 'w:val': 'none', 'w:color': 'auto', 'w:sz': 0 } : { 'w:val': 'single', 'w:color': '000000', 'w:sz': border.size };
  let xml = `<w:tbl><w:tblPr>${empty('w:tblW', { 'w:type': 'dxa', 'w:w': width })}<w:tblBorders>`;
  for (const name of EDGES) xml += empty(name, edge);
  xml += '</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar>';
  xml += empty('w:top', { 'w:type': 'dxa', 'w:w': margins.top }) + empty('w:left', { 'w:type': 'dxa', 'w:w': margins.left });
  xml += empty('w:bottom', { 'w:type': 'dxa', 'w:w': margins.bottom }) + empty('w:right', { 'w:type': 'dxa', 'w:w': margins.right });
  xml += '</w:tblCellMar></w:tblPr><w:tblGrid>';
  for (const column of grid) xml += empty('w:gridCol', { 'w:w': column });
  return `${xml}</w:tblGrid>`;
}

/** The end of a table. */
export const TABLE_END = '</w:tbl>';

/** A cell's properties: its width, the columns it spans, its vertical merge, its vertical alignment. */
export type CellProps = { readonly width: number; readonly span?: number; readonly merge?: 'restart' | 'continue'; readonly vAlign?: 'center' };

/** `<w:tcPr>` of a cell. */
export function cellProperties(p: CellProps): string {
  let xml = `<w:tcPr>${empty('w:tcW', { 'w:type': 'dxa', 'w:w': p.width })}`;
  if (p.span !== undefined && p.span > 1) xml += empty('w:gridSpan', { 'w:val': p.span });
  if (p.merge !== undefined) xml += empty('w:vMerge', { 'w:val': p.merge });
  if (p.vAlign !== undefined) xml += empty('w:vAlign', { 'w:val': p.vAlign });
  return `${xml}</w:tcPr>`;
}

/** A cell from its properties (see {@link cellProperties}) and its paragraphs. */
export function cellXml(properties: string, paragraphs: string): string {
  return `<w:tc>${properties}${paragraphs}</w:tc>`;
}

/** `<w:tr>` opening a row; a header row repeats on each page and is not split, a `cantSplit` row is kept whole. */
export function rowStart(kind: 'header' | 'cantSplit' | 'plain'): string {
  if (kind === 'header') return '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>';
  return kind === 'cantSplit' ? '<w:tr><w:trPr><w:cantSplit/></w:trPr>' : '<w:tr>';
}

/** The end of a row. */
export const ROW_END = '</w:tr>';
