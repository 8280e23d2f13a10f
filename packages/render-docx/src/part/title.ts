import type { ReportDocument } from '@baocao-khcn/core';
import type { InlineNode } from '@baocao-khcn/core/tree';
import type { RenderContext } from '../context';
import { inlines } from '../handle/inline';
import { plainRuns, upper } from '../handle/text';
import { measureTwips } from '../metrics';
import { paragraphProperties } from '../ooxml/paragraph';
import { ruleParagraph } from '../rule';
import { sanitizeText } from '../sanitize';
import { ND30, ptToTwips, STYLE_IDS } from '../style';

/** The plain text of inline nodes (footnote marks left out), for measuring. */
function plainText(nodes: readonly InlineNode[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.text : '')).join('');
}

/** Adds the list punctuation of `Kính gửi` items: `;` after each, `.` after the last, unless already there. */
function punctuate(item: string, last: boolean): string {
  const trimmed = item.trimEnd();
  return /[;.,:]$/.test(trimmed) ? trimmed : `${trimmed}${last ? '.' : ';'}`;
}

function to(doc: ReportDocument, ctx: RenderContext): void {
  const names = doc.to.map((name, i) => sanitizeText(name, ['to', i], ctx.report).trim()).filter((n) => n !== '');
  const size = ctx.layout.bodySize;
  const before = ptToTwips(ND30.title.toSpaceBeforePt);
  const after = ptToTwips(ND30.title.bodySpaceBeforePt);
  if (names.length === 0) return;
  const only = names[0];
  if (names.length === 1 && only !== undefined) {
    ctx.body.paragraph(paragraphProperties({ style: STYLE_IDS.to, spacing: { before, after }, alignment: 'center' }), plainRuns(`Kính gửi: ${only}`, {}));
    return;
  }
  // Several: "Kính gửi:" then one "- X;" line each, the block centred on the page.
  const label = 'Kính gửi:';
  const labelWidth = measureTwips(`${label} `, 'regular', size);
  const items = names.map((name, i) => `- ${punctuate(name, i === names.length - 1)}`);
  const widest = items.reduce((max, item) => Math.max(max, measureTwips(item, 'regular', size)), 0);
  const offset = Math.max(0, Math.floor((ctx.textWidth - labelWidth - widest) / 2));
  const dash = measureTwips('- ', 'regular', size);
  ctx.body.paragraph(paragraphProperties({ style: STYLE_IDS.to, spacing: { before }, indent: { left: offset, firstLine: 0 }, alignment: 'left' }), plainRuns(label, {}));
  items.forEach((item, i) => {
    const properties = paragraphProperties({
      style: STYLE_IDS.to,
      ...(i === items.length - 1 ? { spacing: { after } } : {}),
      indent: { left: offset + labelWidth + dash, hanging: dash },
      alignment: 'left',
    });
    ctx.body.paragraph(properties, plainRuns(item, {}));
  });
}

/**
 * The document type name (caps, bold, centred), the trích yếu (bold, centred) over a short rule
 * (40 % of its line), and `Kính gửi` — on one line for one addressee, else `Kính gửi:` followed by
 * `- X;` lines (the last ending with a full stop).
 *
 * @example
 * ```ts
 * titleBlock({ ...doc, title: 'BÁO CÁO', to: ['Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn'] }, ctx);
 * // ctx.body gets "BÁO CÁO", the trích yếu, a rule, "Kính gửi: Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn"
 * ```
 */
export function titleBlock(doc: ReportDocument, ctx: RenderContext): void {
  const title = upper(sanitizeText(doc.title, ['title'], ctx.report));
  const subjectWidth = Math.min(measureTwips(plainText(doc.subject).normalize('NFC'), 'bold', ND30.title.subjectSize), ctx.textWidth);
  ctx.body.paragraph(paragraphProperties({ style: STYLE_IDS.title }), plainRuns(title, {}));
  if (doc.subject.length > 0) {
    ctx.body.paragraph(paragraphProperties({ style: STYLE_IDS.subject }), inlines(doc.subject, ctx, ['subject']));
    ctx.body.paragraph(ruleParagraph(subjectWidth * ND30.title.subjectRuleShare, ctx.textWidth), '');
  }
  to(doc, ctx);
}
