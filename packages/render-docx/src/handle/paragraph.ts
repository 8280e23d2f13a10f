import type { JsonPath } from '@baocao-khcn/core';
import type { Alignment, ParagraphNode } from '@baocao-khcn/core/tree';
import { AlignmentType, Paragraph } from 'docx';
import type { RenderContext } from '../context';
import { inlines } from './inline';

/** Tree alignment → WordprocessingML alignment. */
export function alignment(align: Alignment | undefined): (typeof AlignmentType)[keyof typeof AlignmentType] {
  switch (align) {
    case 'center':
      return AlignmentType.CENTER;
    case 'left':
      return AlignmentType.LEFT;
    case 'right':
      return AlignmentType.RIGHT;
    default:
      return AlignmentType.JUSTIFIED;
  }
}

/**
 * A body paragraph → a `Normal` paragraph (justified, first-line indent, ND 30 spacing). A paragraph
 * without `indent` gets a zero first-line indent; another alignment is written directly.
 *
 * @example
 * ```ts
 * paragraph({ type: 'paragraph', align: 'justify', indent: true, children: [{ type: 'text', text: 'Trong 9 tháng …' }] }, ctx, ['body', 1]);
 * ```
 */
export function paragraph(node: ParagraphNode, ctx: RenderContext, path: JsonPath): Paragraph[] {
  return [
    new Paragraph({
      ...(node.align !== 'justify' ? { alignment: alignment(node.align) } : {}),
      ...(node.indent ? {} : { indent: { firstLine: 0 } }),
      children: inlines(node.children, ctx, [...path, 'children']),
    }),
  ];
}
