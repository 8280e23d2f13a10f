import type { TableCellNode } from '@baocao-khcn/core/tree';
import type { AlignType, BlockContent, PhrasingContent } from 'mdast';
import type { CellWriter } from '../cells';
import type { State } from '../state';
import type { Grid, RowStyle } from './table-grid';
import { cellContext, isBlank } from './table-grid';

/**
 * A cell text that `mdast-util-to-markdown` writes as it is in a GFM table cell, with the settings of
 * `renderMarkdown`: non-empty, no whitespace at its ends (spaces there are trimmed), no line ending, tab or
 * other control character, and none of the characters it may escape anywhere in a cell: `\` `` ` `` `*` `_`
 * `[` `]` `<` `|` `~` `@` `&`. (The characters it escapes only at the start of a line — `#` `+` `-` `=` `>`,
 * a digit's `.` or `)` — cannot be there: a cell is one line that starts with `| `.)
 */
const PLAIN = /^[^\s\0-\x1f\x7f\\`*_[\]<|~@&](?:[^\0-\x1f\x7f\\`*_[\]<|~@&]*[^\s\0-\x1f\x7f\\`*_[\]<|~@&])?$/;

/** `.` after `w` (an autolink literal `www.`) and `:` before `/` (`http://`): escaped in a cell too. */
const LINK_START = /[Ww]\.|:\//;

/** Whether a cell text is written as it is (see {@link PLAIN}); exported for the tests. */
export function isPlainCellText(value: string): boolean {
  return PLAIN.test(value) && !LINK_START.test(value);
}

/**
 * The text of a cell when it is a single plain text run in a plain context (no bold, no italic) that is written
 * as it is; `undefined` otherwise.
 */
function plainText(cell: TableCellNode, style: RowStyle): string | undefined {
  if (cell.italic || style.bold || (style.cellBold && cell.bold)) return undefined;
  const paragraphs = cell.paragraphs;
  if (paragraphs.length !== 1) return undefined;
  const runs = paragraphs[0]!;
  if (runs.length !== 1) return undefined;
  const run = runs[0]!;
  if (run.type !== 'text' || run.bold === true || run.italic === true) return undefined;
  const value = run.text;
  return typeof value === 'string' && isPlainCellText(value) ? value : undefined;
}

const DELIMITER: Record<string, string> = { center: ':-:', left: ':-', right: '-:' };

/** The delimiter row of `markdown-table` (no aligned delimiters, padded). */
function delimiterRow(align: readonly AlignType[], width: number): string {
  let out = '|';
  for (let c = 0; c < width; c++) out += ` ${DELIMITER[align[c] ?? ''] ?? '-'} |`;
  return out;
}

/**
 * The table as GFM text, byte for byte what `mdast-util-to-markdown` + `mdast-util-gfm` write for the mdast table
 * of `table.ts` (`tableCellPadding: true`, `tablePipeAlign: false`): `| a | b |` rows, `| |` for an empty cell,
 * the delimiter row after the first. Plain cells (see {@link isPlainCellText}) are copied; every other cell is
 * turned into phrasing content as in `table.ts` (in the same order, so footnotes are met in the same order) and
 * written by `cells` in one batch. `undefined` when `cells` gives up: the caller then builds the mdast table.
 */
export function tableText(grid: Grid, state: State, cells: CellWriter): string | undefined {
  const { rows, width, align } = grid;
  const lines: string[] = new Array<string>(rows.length + 1);
  lines[1] = delimiterRow(align, width);
  // Rows with a cell that is not plain wait for the batch: their cells, `undefined` where the batch's text goes.
  const waiting: { line: number; texts: (string | undefined)[] }[] = [];
  const others: PhrasingContent[][] = [];
  // The texts of the current row (`undefined` where the batch's text goes), reused from row to row.
  const texts: (string | undefined)[] = new Array<string | undefined>(width);
  for (let r = 0; r < rows.length; r++) {
    const { slots, style } = rows[r]!;
    let complete = true;
    for (let c = 0; c < width; c++) {
      const slot = slots[c];
      let text: string | undefined = '';
      if (!isBlank(slot, state, style)) {
        text = plainText(slot.cell, style);
        if (text === undefined) {
          // Made in the same order as `table.ts` makes them, so footnotes are met in the same order.
          const content = state.joined(slot.cell.paragraphs, cellContext(slot.cell, style));
          if (content.length === 0) text = '';
          else {
            others.push(content);
            complete = false;
          }
        }
      }
      texts[c] = text;
    }
    const line = r === 0 ? 0 : r + 1;
    if (complete) lines[line] = rowLine(texts as string[]);
    else waiting.push({ line, texts: texts.slice() });
  }
  const written = cells(others);
  if (written === undefined) return undefined;
  let next = 0;
  for (const { line, texts: row } of waiting) {
    for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = written[next++]!;
    lines[line] = rowLine(row as string[]);
  }
  return lines.join('\n');
}

/** A row of `markdown-table` (padded, not aligned): `| a | b |`, `| |` for an empty cell. */
function rowLine(texts: readonly string[]): string {
  let line = '|';
  for (let c = 0; c < texts.length; c++) {
    const text = texts[c]!;
    line += text === '' ? ' |' : ` ${text} |`;
  }
  return line;
}

/** The mdast node type of a table already written as GFM text; only `renderMarkdown` serialises it (as it is). */
export const RAW_TABLE = 'baocaoTableText';

/** A block holding a table already written as GFM text (see {@link RAW_TABLE}). */
export function rawTable(value: string): BlockContent {
  return { type: RAW_TABLE, value } as unknown as BlockContent;
}

/** The `mdast-util-to-markdown` handler of {@link RAW_TABLE}: the text as it is. */
export function rawTableHandler(node: { value?: unknown }): string {
  return String(node.value);
}
