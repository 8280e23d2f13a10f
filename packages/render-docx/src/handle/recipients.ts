import type { JsonPath } from '@baocao-khcn/core';
import type { RecipientsNode } from '@baocao-khcn/core/tree';
import type { RenderContext } from '../context';
import { paragraphProperties, paragraphXml } from '../ooxml/paragraph';
import { sanitizeText } from '../sanitize';
import { ND30, STYLE_IDS } from '../style';
import { plainRuns } from './text';

/** Items are written as given, with a leading `- ` unless they already start with a dash. */
function dashed(item: string): string {
  return /^[-–+]\s/.test(item) ? item : `- ${item}`;
}

/**
 * Nơi nhận (left column of the closing table): the label in 12 pt bold italic, the optional note in
 * italic, then the items in 11 pt, one `- …;` line each, written as given.
 *
 * @example
 * ```ts
 * recipients({ label: 'Nơi nhận:', items: ['Như trên;', 'Lưu: VT, VP.'] }, ctx, ['recipients']);
 * // the paragraphs "Nơi nhận:" / "- Như trên;" / "- Lưu: VT, VP."
 * ```
 */
export function recipients(node: RecipientsNode, ctx: RenderContext, path: JsonPath): string[] {
  const c = ND30.closing;
  const out: string[] = [];
  const style = paragraphProperties({ style: STYLE_IDS.recipients });
  const label = sanitizeText(node.label, [...path, 'label'], ctx.report);
  if (label.trim() !== '') {
    out.push(paragraphXml(style, plainRuns(label, { bold: true, italic: true, size: c.recipientsLabelSize })));
  }
  if (node.note !== undefined && node.note.trim() !== '') {
    const note = sanitizeText(node.note, [...path, 'note'], ctx.report);
    out.push(paragraphXml(style, plainRuns(note, { italic: true, size: c.recipientsNoteSize })));
  }
  node.items.forEach((item, i) => {
    const text = sanitizeText(item, [...path, 'items', i], ctx.report).trim();
    if (text === '') return;
    out.push(paragraphXml(style, plainRuns(dashed(text), { size: c.recipientsItemSize })));
  });
  return out;
}
