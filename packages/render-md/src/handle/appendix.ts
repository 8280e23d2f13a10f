import type { AppendixNode, InlineNode } from '@baocao-khcn/core/tree';
import type { BlockContent } from 'mdast';
import type { State } from '../state';

/**
 * An appendix as its own section, after a thematic break (`---`, where the DOCX starts a new
 * page): a heading at the title's depth with `label: title` (either alone when the other is
 * empty), the subtitle as an italic paragraph, then its blocks with body heading depths.
 * `orientation` has no Markdown form and is dropped.
 *
 * ```md
 * ---
 *
 * # Phụ lục: DANH MỤC NHIỆM VỤ
 *
 * *(Kèm theo Báo cáo số 05/BC-SKHCN)*
 * ```
 */
export function appendix(node: AppendixNode, state: State): BlockContent[] {
  const out: BlockContent[] = [{ type: 'thematicBreak' }];
  const label = node.label === undefined ? '' : node.label;
  const hasTitle = state.pieces(node.title, { breaks: false }).some((piece) => piece.type !== 'text' || piece.value.trim() !== '');
  const prefix: InlineNode[] = label.trim() === '' ? [] : [{ type: 'text', text: hasTitle ? `${label}: ` : label }];
  const heading = state.phrasing([...prefix, ...node.title], { breaks: false });
  if (heading.length > 0) out.push({ type: 'heading', depth: state.depth(0), children: heading });
  if (node.subtitle !== undefined) {
    const subtitle = state.phrasing(node.subtitle, { breaks: true, italic: true });
    if (subtitle.length > 0) out.push({ type: 'paragraph', children: subtitle });
  }
  for (const block of state.blocks(node.blocks)) out.push(block);
  return out;
}
