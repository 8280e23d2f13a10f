import type { JsonPath } from '@baocao-khcn/core';
import type { ParagraphNode } from '@baocao-khcn/core/tree';
import type { RenderContext } from '../context';
import { justification, paragraphProperties } from '../ooxml/paragraph';
import { inlines } from './inline';

/**
 * A body paragraph → a `Normal` paragraph (justified, first-line indent, ND 30 spacing). A paragraph
 * without `indent` gets a zero first-line indent; another alignment is written directly.
 *
 * @example
 * ```ts
 * paragraph({ type: 'paragraph', align: 'justify', indent: true, children: [{ type: 'text', text: 'Trong 9 tháng …' }] }, ctx, ['body', 1]);
 * // ctx.body gets '<w:p><w:r><w:t xml:space="preserve">Trong 9 tháng …</w:t></w:r></w:p>'
 * ```
 */
export function paragraph(node: ParagraphNode, ctx: RenderContext, path: JsonPath): void {
  const properties = paragraphProperties({
    ...(node.indent ? {} : { indent: { firstLine: 0 } }),
    ...(node.align !== 'justify' ? { alignment: justification(node.align) } : {}),
  });
  ctx.body.paragraph(properties, inlines(node.children, ctx, [...path, 'children']));
}
