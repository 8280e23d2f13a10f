import type { InlineNode, ListItemNode, ListNode } from '@baocao-khcn/core';
import type { BlockContent, List, ListItem } from 'mdast';
import type { BlockHandler, State } from '../state';

/**
 * Markers that are bullets: they become the Markdown bullet (the nesting shows the level, as
 * "-" then "+" do on paper). Any other marker (`a)`, `1.`, `(i)` …) is kept as text before the
 * item's text, so that the item still reads as on paper.
 */
const BULLETS = new Set(['-', '+', '*', '•', '–', '—', '·', '◦', '▪', '○', '●']);

function item(node: ListItemNode, state: State): ListItem {
  const marker = node.marker.trim();
  const prefix: InlineNode[] = marker === '' || BULLETS.has(marker) ? [] : [{ type: 'text', text: `${marker} ` }];
  const children: BlockContent[] = [];
  const phrasing = state.phrasing([...prefix, ...node.children], { breaks: true });
  if (phrasing.length > 0) children.push({ type: 'paragraph', children: phrasing });
  if (node.items.length > 0) children.push(listOf(node.items, state));
  return { type: 'listItem', spread: false, children };
}

function listOf(items: readonly ListItemNode[], state: State): List {
  return { type: 'list', ordered: false, spread: false, children: items.map((node) => item(node, state)) };
}

/** A list with text markers as a tight, nested Markdown bullet list. An empty list is omitted. */
export const list: BlockHandler<ListNode> = (node, state) => (node.items.length === 0 ? [] : [listOf(node.items, state)]);
