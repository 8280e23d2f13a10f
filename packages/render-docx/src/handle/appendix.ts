import type { JsonPath } from '@baocao-khcn/core';
import type { AppendixNode } from '@baocao-khcn/core/tree';
import type { RenderContext } from '../context';
import { paragraphProperties } from '../ooxml/paragraph';
import { sanitizeText } from '../sanitize';
import { ND30, ptToTwips, STYLE_IDS } from '../style';
import { blocks } from './block';
import { inlines } from './inline';
import { plainRuns } from './text';

/**
 * An appendix's content (its section — portrait or landscape — is made by the renderer): the label
 * (`Phụ lục I`) bold and centred, the title bold and centred, the subtitle italic and centred, then
 * its blocks laid out at the section's text width.
 *
 * @example
 * ```ts
 * appendix({ label: 'Phụ lục', title: [{ type: 'text', text: 'KẾT QUẢ …' }], orientation: 'landscape', blocks: [table] }, ctx, ['appendices', 0]);
 * // ctx.body gets the title paragraphs, then the table
 * ```
 */
export function appendix(node: AppendixNode, ctx: RenderContext, path: JsonPath): void {
  const a = ND30.appendix;
  const lines: string[] = [];
  if (node.label !== undefined && node.label.trim() !== '') {
    const label = sanitizeText(node.label, [...path, 'label'], ctx.report);
    lines.push(plainRuns(label, { bold: true, size: a.labelSize }));
  }
  if (node.title.length > 0) lines.push(inlines(node.title, ctx, [...path, 'title'], { bold: true, size: a.titleSize }));
  if (node.subtitle !== undefined && node.subtitle.length > 0) {
    lines.push(inlines(node.subtitle, ctx, [...path, 'subtitle'], { italic: true, size: a.subtitleSize }));
  }
  const gap = ptToTwips(a.contentSpaceBeforePt);
  lines.forEach((runs, i) => {
    ctx.body.paragraph(paragraphProperties({ style: STYLE_IDS.appendixTitle, ...(i === lines.length - 1 ? { spacing: { after: gap } } : {}) }), runs);
  });
  blocks(node.blocks, ctx, [...path, 'blocks']);
}
