import { formatPath, type InlineNode, type JsonPath } from '@baocao-khcn/core';
import type { ParagraphChild } from 'docx';
import type { RenderContext, RunFormat } from '../context';
import { footnote } from './footnote';
import { text } from './text';

type InlineHandlers = {
  [K in InlineNode['type']]: (
    node: Extract<InlineNode, { type: K }>,
    ctx: RenderContext,
    path: JsonPath,
    format: RunFormat,
  ) => ParagraphChild[];
};

/** One handler per inline node type. */
export const inlineHandlers: InlineHandlers = {
  text,
  footnote: (node, ctx, path) => footnote(node, ctx, path),
};

/**
 * Inline nodes → runs, dispatched on `type`; an unknown type throws an error naming it.
 *
 * @example
 * ```ts
 * inlines([{ type: 'text', text: 'a' }, { type: 'footnote', number: 1, children: [] }], ctx, ['subject']);
 * ```
 */
export function inlines(
  nodes: readonly InlineNode[],
  ctx: RenderContext,
  path: JsonPath,
  format: RunFormat = {},
): ParagraphChild[] {
  return nodes.flatMap((node, i) => {
    const at = [...path, i];
    const type = (node as { type?: unknown }).type;
    const handler = Object.hasOwn(inlineHandlers, String(type))
      ? (inlineHandlers[type as InlineNode['type']] as (n: InlineNode, c: RenderContext, p: JsonPath, f: RunFormat) => ParagraphChild[])
      : undefined;
    if (handler === undefined) {
      throw new Error(`render-docx: unknown inline node type ${JSON.stringify(type)} at ${formatPath(at)}`);
    }
    return handler(node, ctx, at, format);
  });
}
