import type { BlockContent, PhrasingContent } from 'mdast';
import type { DirectTables } from './cells';
import type { BlockNode, FootnoteNode, InlineNode, NodeHandlers } from '@baocao-khcn/core/tree';
import type { ResolvedOptions } from './options';

/** A flat piece of inline content before it becomes mdast (see `phrasing.ts`). */
export type Piece =
  | { type: 'text'; value: string; bold: boolean; italic: boolean }
  | { type: 'break' }
  | { type: 'footnote'; identifier: string };

/** Where inline content goes: styles forced on every run, and whether line breaks survive. */
export interface InlineContext {
  /** Render every run bold (trích yếu, group rows, signature). */
  bold?: boolean;
  /** Render every run italic (subtitles, captions, the date line). */
  italic?: boolean;
  /**
   * `true` in paragraphs, list items and footnotes (a `\n` becomes a hard break);
   * `false` in headings and table cells, which cannot hold one (a `\n` becomes a space).
   */
  breaks: boolean;
}

/** Per-render state handed to every handler. Nothing in it outlives one `toMdast` call. */
export interface State {
  readonly options: ResolvedOptions;
  /** Footnotes met so far (GFM mode), by number: the first occurrence of a number wins. */
  readonly footnotes: Map<number, FootnoteNode>;
  /**
   * Set by `renderMarkdown` only: tables of at least `minCells` slots are then written as GFM text directly
   * (`handle/table-text.ts`); `toMdast` leaves it unset and builds mdast tables.
   */
  readonly direct?: DirectTables;
  /** Renders one block node through the block handler map. */
  block(node: BlockNode): BlockContent[];
  /** Renders a list of block nodes. */
  blocks(nodes: readonly BlockNode[]): BlockContent[];
  /** Inline nodes to flat pieces, through the inline handler map (no normalisation yet). */
  pieces(nodes: readonly InlineNode[], context: InlineContext, out?: Piece[]): Piece[];
  /** Inline nodes to mdast phrasing content (normalised, see the README). */
  phrasing(nodes: readonly InlineNode[], context: InlineContext): PhrasingContent[];
  /** Several paragraphs of inline nodes joined with one space (table cells). */
  joined(paragraphs: readonly (readonly InlineNode[])[], context: InlineContext): PhrasingContent[];
  /** The mdast heading depth of a tree depth (0 = the document title), offset and kept within 1–6. */
  depth(level: number): 1 | 2 | 3 | 4 | 5 | 6;
}

/** A block handler: one tree node in, mdast block content out. */
export type BlockHandler<N extends BlockNode> = (node: N, state: State) => BlockContent[];

/** The block handler map, one entry per `BlockNode['type']`. */
export type BlockHandlers = NodeHandlers<BlockNode, [State], BlockContent[]>;

/** An inline handler: appends the pieces of one inline node to `out`. */
export type InlineHandler<N extends InlineNode> = (node: N, state: State, context: InlineContext, out: Piece[]) => void;

/** The inline handler map, one entry per `InlineNode['type']`. */
export type InlineHandlers = NodeHandlers<InlineNode, [State, InlineContext, Piece[]], void>;
