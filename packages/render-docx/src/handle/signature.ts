import type { JsonPath } from '@baocao-khcn/core';
import type { SignatureNode } from '@baocao-khcn/core/tree';
import type { RenderContext } from '../context';
import { paragraphProperties, paragraphXml } from '../ooxml/paragraph';
import { sanitizeText } from '../sanitize';
import { ND30, ptToTwips, STYLE_IDS } from '../style';
import { plainRuns, upper } from './text';

/**
 * The signature block (right column of the closing table): the authority lines in caps, bold,
 * centred (`KT. GIÁM ĐỐC` / `PHÓ GIÁM ĐỐC`), about four blank lines for the signature and the seal,
 * then the signer's name in bold.
 *
 * @example
 * ```ts
 * signature({ lines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], name: 'Triệu Ngọc Trung' }, ctx, ['signature']);
 * ```
 */
export function signature(node: SignatureNode, ctx: RenderContext, path: JsonPath): string[] {
  const c = ND30.closing;
  const lines = node.lines.map((line, i) => upper(sanitizeText(line, [...path, 'lines', i], ctx.report)));
  const name = sanitizeText(node.name, [...path, 'name'], ctx.report);
  // The blank space: N lines of the name's size at the document's line spacing.
  const gap = Math.round(c.signatureBlankLines * ptToTwips(c.nameSize) * (ctx.layout.lineTwips / 240));
  return [
    ...lines.map((line) => paragraphXml(paragraphProperties({ style: STYLE_IDS.signature }), plainRuns(line, { size: c.signatureSize }))),
    paragraphXml(paragraphProperties({ style: STYLE_IDS.signature, spacing: { before: gap } }), plainRuns(name, { size: c.nameSize })),
  ];
}
