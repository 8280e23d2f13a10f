import type { ParagraphNode } from '@baocao-khcn/core/tree';
import type { BlockHandler } from '../state';

/**
 * A paragraph. `align` and `indent` have no Markdown form and are dropped; a paragraph with no
 * text left after normalisation is omitted.
 */
export const paragraph: BlockHandler<ParagraphNode> = (node, state) => {
  const children = state.phrasing(node.children, { breaks: true });
  return children.length === 0 ? [] : [{ type: 'paragraph', children }];
};
