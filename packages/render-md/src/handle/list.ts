import type { InlineNode, ListItemNode, ListNode } from '@baocao-khcn/core/tree';
import type { BlockContent, List, ListItem } from 'mdast';
import type { BlockHandler, State } from '../state';

/**
 * Markers that are bullets: they become the Markdown bullet (the nesting shows the level, as
 * "-" then "+" do on paper). Any other marker (`a)`, `1.`, `(i)` …) is kept as text before the
 * item's text, so that the item still reads as on paper.
 */
const BULLETS = new Set(['-', '+', '*', '•', '–', '—', '·', '◦', '▪', '○', '●']);

/** The item, or `undefined` when neither it nor its sub-items have any text. */
function item(node: ListItemNode, state: State): ListItem | undefined {
  const marker = node.marker.trim();
  const prefix: InlineNode[] = marker === '' || BULLETS.has(marker) ? [] : [{ type: 'text', text: `${marker} ` }];
  const children: BlockContent[] = [];
  const phrasing = state.phrasing([...prefix, ...node.children], { breaks: true });
  if (phrasing.length > 0) children.push({ type: 'paragraph', children: phrasing });
  const sub = listOf(node.items, state);
  if (sub !== undefined) children.push(sub);
  return children.length === 0 ? undefined : { type: 'listItem', spread: false, children };
}

function listOf(items: readonly ListItemNode[], state: State): List | undefined {
  const children = items.map((node) => item(node, state)).filter((node) => node !== undefined);
  return children.length === 0 ? undefined : { type: 'list', ordered: false, spread: false, children };
}

/**
 * A list with text markers as a tight, nested Markdown bullet list. Items without text (in
 * themselves and their sub-items) are omitted — an empty Markdown item nested in another
 * (`- -`) would read back as text — and so is a list left empty.
 */
export const list: BlockHandler<ListNode> = (node, state) => {
  const out = listOf(node.items, state);
  return out === undefined ? [] : [out];
};
