import type { ReportDocument } from '@baocao-khcn/core';
import { dispatchNode } from '@baocao-khcn/core/tree';
import type { BlockContent, PhrasingContent, Root } from 'mdast';
import type { DirectTables } from './cells';
import { blockHandlers, inlineHandlers, report } from './handle/index';
import type { RenderMarkdownOptions, ResolvedOptions } from './options';
import { resolveOptions } from './options';
import { build, joinWithSpace, normalise } from './phrasing';
import type { InlineContext, Piece, State } from './state';

/** A fresh state for one render (no module-level mutable state). Internal. */
export function createState(options: ResolvedOptions, direct?: DirectTables): State {
  const state: State = {
    options,
    footnotes: new Map(),
    ...(direct === undefined ? {} : { direct }),
    block(node) {
      return dispatchNode(blockHandlers, node, { renderer: 'render-md', kind: 'block' }, state);
    },
    blocks(nodes) {
      const out: BlockContent[] = [];
      for (const node of nodes) for (const block of state.block(node)) out.push(block);
      return out;
    },
    pieces(nodes, context, out: Piece[] = []) {
      for (const node of nodes) dispatchNode(inlineHandlers, node, { renderer: 'render-md', kind: 'inline' }, state, context, out);
      return out;
    },
    phrasing(nodes, context: InlineContext): PhrasingContent[] {
      return build(normalise(state.pieces(nodes, context), context.breaks));
    },
    joined(paragraphs, context) {
      return build(joinWithSpace(paragraphs.map((nodes) => normalise(state.pieces(nodes, context), context.breaks))));
    },
    depth(level) {
      return Math.min(6, Math.max(1, level + 1 + options.headingOffset)) as 1 | 2 | 3 | 4 | 5 | 6;
    },
  };
  return state;
}

/**
 * Turns a report document tree into an mdast tree (GFM: tables, footnotes) — what
 * {@link renderMarkdown} serialises. Useful to inspect the result or to feed it to a unified
 * pipeline (remark plugins, `mdast-util-to-hast` …).
 *
 * @param document - The document tree from `composeReport`.
 * @param options - See {@link RenderMarkdownOptions} (`bullet` only affects serialisation).
 * @returns An mdast `Root`.
 * @throws TypeError naming the node type when the document, a block or an inline node has an unknown `type`.
 *
 * @example
 * const root = toMdast(document, { header: false });
 * root.children[0];
 * // → { type: 'heading', depth: 1, children: [{ type: 'text', value: 'BÁO CÁO' }] }
 */
export function toMdast(document: ReportDocument, options?: RenderMarkdownOptions): Root {
  return documentMdast(document, createState(resolveOptions(options)));
}

/** The mdast tree of a document rendered with `state` (internal: `renderMarkdown` passes a state with `direct`). */
export function documentMdast(document: ReportDocument, state: State): Root {
  const handlers = { report: (node: ReportDocument) => report(node, state) };
  return dispatchNode(handlers, document, { renderer: 'render-md', kind: 'document' });
}
