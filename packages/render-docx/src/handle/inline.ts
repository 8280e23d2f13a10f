import { formatPath, type JsonPath } from '@baocao-khcn/core';
import type { InlineNode } from '@baocao-khcn/core/tree';
import type { ParagraphChild } from 'docx';
import type { RenderContext, RunFormat } from '../context';
import type { Xml } from '../xml';
import { footnote } from './footnote';
import { text, textXml } from './text';

type InlineHandlers<Out> = {
  [K in InlineNode['type']]: (node: Extract<InlineNode, { type: K }>, ctx: RenderContext, path: JsonPath, format: RunFormat) => Out[];
};

/** One handler per inline node type. */
export const inlineHandlers: InlineHandlers<ParagraphChild> = {
  text,
  footnote: (node, ctx, path) => footnote(node, ctx, path),
};

/** The handlers of table cells: text as prepared runs (see `xml.ts`), a footnote reference as a docx run. */
const cellInlineHandlers: InlineHandlers<Xml | ParagraphChild> = {
  text: textXml,
  footnote: (node, ctx, path) => footnote(node, ctx, path),
};

function dispatch<Out>(handlers: InlineHandlers<Out>, nodes: readonly InlineNode[], ctx: RenderContext, path: JsonPath, format: RunFormat): Out[] {
  return nodes.flatMap((node, i) => {
    const at = [...path, i];
    const type = (node as { type?: unknown }).type;
    const handler = Object.hasOwn(handlers, String(type))
      ? (handlers[type as InlineNode['type']] as (n: InlineNode, c: RenderContext, p: JsonPath, f: RunFormat) => Out[])
      : undefined;
    if (handler === undefined) {
      throw new Error(`render-docx: unknown inline node type ${JSON.stringify(type)} at ${formatPath(at)}`);
    }
    return handler(node, ctx, at, format);
  });
}

/**
 * Inline nodes → runs, dispatched on `type`; an unknown type throws an error naming it.
 *
 * @example
 * ```ts
 * inlines([{ type: 'text', text: 'a' }, { type: 'footnote', number: 1, children: [] }], ctx, ['subject']);
 * ```
 */
export function inlines(nodes: readonly InlineNode[], ctx: RenderContext, path: JsonPath, format: RunFormat = {}): ParagraphChild[] {
  return dispatch(inlineHandlers, nodes, ctx, path, format);
}

/** {@link inlines} for a table cell: the same runs, text ones as prepared {@link Xml}. */
export function cellInlines(nodes: readonly InlineNode[], ctx: RenderContext, path: JsonPath, format: RunFormat): (Xml | ParagraphChild)[] {
  return dispatch(cellInlineHandlers, nodes, ctx, path, format);
}
