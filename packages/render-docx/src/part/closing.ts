import type { ReportDocument } from '@baocao-khcn/core';
import type { RenderContext } from '../context';
import { layoutCell, layoutTableStart } from '../handle/header';
import { recipients } from '../handle/recipients';
import { signature } from '../handle/signature';
import { paragraphProperties, paragraphXml } from '../ooxml/paragraph';
import { ROW_END, rowStart, TABLE_END } from '../ooxml/table';
import { ND30, STYLE_IDS } from '../style';

/**
 * Nơi nhận and the signature side by side at the end of the document: a borderless two-column
 * table (45 % / 55 % of the text width), both columns starting on the same line, kept with the spacer before it.
 *
 * @example
 * ```ts
 * closing(doc, ctx); // ctx.body gets a spacer paragraph, then the table (Nơi nhận | KT. GIÁM ĐỐC …)
 * ```
 */
export function closing(doc: ReportDocument, ctx: RenderContext): void {
  const left = Math.round(ctx.textWidth * ND30.closing.recipientsShare);
  const right = ctx.textWidth - left;
  const leftCell = recipients(doc.recipients, ctx, ['recipients']);
  const rightCell = signature(doc.signature, ctx, ['signature']);
  const cell = (width: number, paragraphs: readonly string[]): string =>
    layoutCell(width, paragraphs.length > 0 ? paragraphs.join('') : paragraphXml(paragraphProperties({ style: STYLE_IDS.recipients }), ''));
  ctx.body.paragraph(paragraphProperties({ style: STYLE_IDS.tableSpacer, keepNext: true }), '');
  ctx.body.xml(layoutTableStart([left, right]) + rowStart('cantSplit') + cell(left, leftCell) + cell(right, rightCell) + ROW_END + TABLE_END);
}
