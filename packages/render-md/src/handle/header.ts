import type { HeaderNode, InlineNode } from '@baocao-khcn/core/tree';
import type { BlockContent, TableRow } from 'mdast';
import type { State } from '../state';

type Line = { text: string; bold?: boolean; italic?: boolean } | undefined;

/**
 * The header block as a two-column GFM table, centred, mirroring the ND 30 layout: the agency
 * on the left, Quốc hiệu and Tiêu ngữ on the right, `Số` and the date line on the last row.
 * Issuing agency, Quốc hiệu and Tiêu ngữ are bold, the date line italic. The first table row is
 * GFM's header row.
 *
 * ```md
 * | UBND TỈNH LẠNG SƠN | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
 * | :-: | :-: |
 * | **SỞ KHOA HỌC VÀ CÔNG NGHỆ** | **Độc lập - Tự do - Hạnh phúc** |
 * | Số: 05/BC-SKHCN | *Lạng Sơn, ngày 05 tháng 02 năm 2024* |
 * ```
 *
 * Without a parent agency the issuing agency takes the first row and the second row's left
 * cell is empty.
 */
export function header(node: HeaderNode, state: State): BlockContent[] {
  const agency: Line = { text: node.agency, bold: true };
  const left: Line[] =
    node.parentAgency !== undefined && node.parentAgency.trim() !== ''
      ? [{ text: node.parentAgency }, agency, { text: node.numberLine }]
      : [agency, undefined, { text: node.numberLine }];
  const right: Line[] = [
    { text: node.nationalTitle, bold: true },
    { text: node.motto, bold: true },
    { text: node.dateLine, italic: true },
  ];
  const cell = (line: Line) => {
    if (line === undefined) return { type: 'tableCell' as const, children: [] };
    const inline: InlineNode[] = [{ type: 'text', text: line.text }];
    return {
      type: 'tableCell' as const,
      children: state.phrasing(inline, { breaks: false, bold: line.bold === true, italic: line.italic === true }),
    };
  };
  const children: TableRow[] = left.map((line, index) => ({
    type: 'tableRow',
    children: [cell(line), cell(right[index])],
  }));
  return [{ type: 'table', align: ['center', 'center'], children }];
}
