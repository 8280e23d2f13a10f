/**
 * Helpers for this package's tests (not exported from the package): rendering a few blocks without the rest of a
 * document. The tree builders (`t`, `p`, `cell`, `documentOf` …) come from `@baocao-khcn/test-utils`.
 */
import type { ReportDocument } from '@baocao-khcn/core';
import type { BlockNode } from '@baocao-khcn/core/tree';
import type { BlockContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { footnoteDefinitions } from './handle/footnotes';
import type { RenderMarkdownOptions } from './options';
import { resolveOptions } from './options';
import { renderWithTables, serialiseOptions } from './render';
import type { State } from './state';
import { createState, toMdast } from './to-mdast';

/** Serialises mdast blocks with the package's settings. */
export function serialise(nodes: BlockContent[], options?: RenderMarkdownOptions): string {
  return toMarkdown({ type: 'root', children: nodes }, serialiseOptions(resolveOptions(options)));
}

/** Runs `fn` with a fresh state and serialises what it returns, plus the footnote definitions met. */
export function renderWith(fn: (state: State) => BlockContent[], options?: RenderMarkdownOptions): string {
  const state = createState(resolveOptions(options));
  const blocks = fn(state);
  return toMarkdown({ type: 'root', children: [...blocks, ...footnoteDefinitions(state)] }, serialiseOptions(state.options));
}

/** Renders body blocks alone (with their footnote definitions). */
export function renderBlocks(blocks: BlockNode[], options?: RenderMarkdownOptions): string {
  return renderWith((state) => state.blocks(blocks), options);
}

/**
 * The general path of `renderMarkdown`: the whole document as mdast (`toMdast`, tables included) serialised by
 * `mdast-util-to-markdown` with the package's settings. `renderMarkdown` writes tables directly and must give
 * exactly this text (checked by `tests/fuzz/markdown-fast-path.test.ts`).
 */
export function renderMarkdownGeneral(document: ReportDocument, options?: RenderMarkdownOptions): string {
  return toMarkdown(toMdast(document, options), serialiseOptions(resolveOptions(options)));
}

/** `renderMarkdown` with every table written directly, however small (the fast path of large tables). */
export function renderMarkdownDirect(document: ReportDocument, options?: RenderMarkdownOptions): string {
  return renderWithTables(document, options, 0);
}

export { DIRECT_TABLE_MIN_CELLS } from './cells';
