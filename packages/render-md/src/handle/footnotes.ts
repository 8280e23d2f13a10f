import type { FootnoteDefinition } from 'mdast';
import type { State } from '../state';

/**
 * GFM footnote definitions for the footnotes met while rendering, ordered by number, written at
 * the end of the document (`[^1]: …`). A `\n` in a footnote is a hard break. Inline mode has none.
 */
export function footnoteDefinitions(state: State): FootnoteDefinition[] {
  return [...state.footnotes.entries()]
    .sort(([a], [b]) => a - b)
    .map(([number, node]) => {
      const children = state.phrasing(node.children, { breaks: true });
      const identifier = String(number);
      return {
        type: 'footnoteDefinition',
        identifier,
        label: identifier,
        children: children.length === 0 ? [] : [{ type: 'paragraph', children }],
      };
    });
}
