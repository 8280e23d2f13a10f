import type { JsonPath } from '@baocao-khcn/core';
import { dispatchNode, type InlineNode, type NodeHandlers } from '@baocao-khcn/core/tree';
import type { RenderContext, RunFormat } from '../context';
import { footnote } from './footnote';
import { text } from './text';

/** One handler per inline node type. */
const inlineHandlers: NodeHandlers<InlineNode, [RenderContext, JsonPath, RunFormat], string> = {
  text,
  footnote: (node, ctx, path) => footnote(node, ctx, path),
};

/**
 * Inline nodes → runs (WordprocessingML), dispatched on `type` (`dispatchNode` of `@baocao-khcn/core/tree`); an
 * unknown type throws a `TypeError` naming it and where it is.
 *
 * @example
 * ```ts
 * inlines([{ type: 'text', text: 'a' }, { type: 'footnote', number: 1, children: [] }], ctx, ['subject']);
 * // '<w:r><w:t xml:space="preserve">a</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
 * ```
 */
export function inlines(nodes: readonly InlineNode[], ctx: RenderContext, path: JsonPath, format: RunFormat = {}): string {
  let runs = '';
  nodes.forEach((node, i) => {
    const at = [...path, i];
    runs += dispatchNode(inlineHandlers, node, { renderer: 'render-docx', kind: 'inline', path: at }, ctx, at, format);
  });
  return runs;
}
