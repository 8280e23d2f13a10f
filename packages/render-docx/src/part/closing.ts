import type { ReportDocument } from '@baocao-khcn/core';
import { Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { RenderContext } from '../context';
import { NO_BORDERS } from '../handle/header';
import { recipients } from '../handle/recipients';
import { signature } from '../handle/signature';
import { ND30, STYLE_IDS } from '../style';

/**
 * Nơi nhận and the signature side by side at the end of the document: a borderless two-column
 * table (45 % / 55 % of the text width), both columns starting on the same line.
 *
 * @example
 * ```ts
 * closing(doc, ctx); // [spacer paragraph, Table(Nơi nhận | KT. GIÁM ĐỐC …)]
 * ```
 */
export function closing(doc: ReportDocument, ctx: RenderContext): (Paragraph | Table)[] {
  const left = Math.round(ctx.textWidth * ND30.closing.recipientsShare);
  const right = ctx.textWidth - left;
  const leftCell = recipients(doc.recipients, ctx, ['recipients']);
  const rightCell = signature(doc.signature, ctx, ['signature']);
  const cell = (width: number, children: Paragraph[]): TableCell =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      children: children.length > 0 ? children : [new Paragraph({ style: STYLE_IDS.recipients })],
    });
  return [
    new Paragraph({ style: STYLE_IDS.tableSpacer, keepNext: true }),
    new Table({
      width: { size: ctx.textWidth, type: WidthType.DXA },
      columnWidths: [left, right],
      layout: TableLayoutType.FIXED,
      borders: NO_BORDERS,
      margins: { left: 0, right: 0, top: 0, bottom: 0 },
      rows: [new TableRow({ cantSplit: true, children: [cell(left, leftCell), cell(right, rightCell)] })],
    }),
  ];
}
