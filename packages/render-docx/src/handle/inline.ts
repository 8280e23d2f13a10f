import type { JsonPath } from '@baocao-khcn/core';
import { dispatchNode, type InlineNode, type NodeHandlers } from '@baocao-khcn/core/tree';
import type { ParagraphChild } from 'docx';
import type { RenderContext, RunFormat } from '../context';
import type { Xml } from '../xml';
import { footnote } from './footnote';
import { text, textXml } from './text';

type InlineHandlers<Out> = NodeHandlers<InlineNode, [RenderContext, JsonPath, RunFormat], Out[]>;

/** One handler per inline node type. */
const inlineHandlers: InlineHandlers<ParagraphChild> = {
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
    return dispatchNode(handlers, node, { renderer: 'render-docx', kind: 'inline', path: at }, ctx, at, format);
  });
}

/**
 * Inline nodes → runs, dispatched on `type` (`dispatchNode` of `@baocao-khcn/core/tree`); an unknown type throws a
 * `TypeError` naming it and where it is.
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
