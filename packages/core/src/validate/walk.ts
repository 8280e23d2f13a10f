import type { Block } from '../model/blocks';
import type { Figure, Inline, RichText } from '../model/rich-text';
import type { JsonPath } from './diagnostic';

/** Visitors for {@link walkRichText}. */
export type RichTextVisitor = {
  text?: (text: string, path: JsonPath) => void;
  figure?: (figure: Figure, path: JsonPath) => void;
};

/** Visits every text leaf and figure of rich text, footnotes included, with their JSON paths. */
export function walkRichText(rich: RichText, path: JsonPath, visit: RichTextVisitor): void {
  if (typeof rich === 'string') {
    visit.text?.(rich, path);
    return;
  }
  rich.forEach((inline: Inline, i) => {
    const p = [...path, i];
    if (typeof inline === 'string') visit.text?.(inline, p);
    else if (inline.type === 'text') visit.text?.(inline.text, [...p, 'text']);
    else if (inline.type === 'figure') {
      visit.figure?.(inline, p);
      if (inline.unit) visit.text?.(inline.unit, [...p, 'unit']);
      if (inline.words) visit.text?.(inline.words, [...p, 'words']);
    } else walkRichText(inline.content, [...p, 'content'], visit);
  });
}

/** Visits every rich text of a block list (paragraphs, list items, cells, captions, heading titles). */
export function walkBlocksRichText(blocks: readonly Block[], path: JsonPath, visit: (rich: RichText, path: JsonPath) => void): void {
  blocks.forEach((block, i) => walkBlockRichText(block, [...path, i], visit));
}

/** Visits every rich text of one block, `p` being the block's own path. */
export function walkBlockRichText(block: Block, p: JsonPath, visit: (rich: RichText, path: JsonPath) => void): void {
  if (typeof block === 'string' || Array.isArray(block)) return visit(block, p);
  switch (block.type) {
    case 'paragraph':
      return visit(block.content, [...p, 'content']);
    case 'heading':
      visit(block.title, [...p, 'title']);
      return walkBlocksRichText(block.content ?? [], [...p, 'content'], visit);
    case 'list': {
      const items = (list: readonly unknown[], lp: JsonPath): void => {
        list.forEach((item, j) => {
          if (typeof item === 'string' || Array.isArray(item)) visit(item as RichText, [...lp, j]);
          else if (item && typeof item === 'object') {
            const it = item as { content: RichText; items?: unknown[] };
            visit(it.content, [...lp, j, 'content']);
            if (it.items) items(it.items, [...lp, j, 'items']);
          }
        });
      };
      return items(block.items, [...p, 'items']);
    }
    case 'table': {
      if (block.caption !== undefined) visit(block.caption, [...p, 'caption']);
      block.columns.forEach((c, j) => c.title !== undefined && visit(c.title, [...p, 'columns', j, 'title']));
      const rows = (list: typeof block.rows, key: string) =>
        list.forEach((row, r) => {
          const cells = Array.isArray(row) ? row : row.cells;
          const base = Array.isArray(row) ? [...p, key, r] : [...p, key, r, 'cells'];
          cells.forEach((cell, c) => {
            if (typeof cell === 'string' || Array.isArray(cell)) return visit(cell as RichText, [...base, c]);
            const content = cell.content;
            if (isParagraphList(content)) {
              (content as RichText[]).forEach((para, k) => visit(para, [...base, c, 'content', k]));
            } else visit(content as RichText, [...base, c, 'content']);
          });
        });
      rows(block.headerRows ?? [], 'headerRows');
      rows(block.rows, 'rows');
      return;
    }
    case 'section':
      return;
  }
}

/**
 * A cell's content is a list of paragraphs when it is an array holding an array: inline items are never arrays,
 * so `[['a'], 'b']` is two paragraphs (`'b'` a paragraph of its own).
 */
export function isParagraphList(content: unknown): boolean {
  return Array.isArray(content) && content.some((x) => Array.isArray(x));
}
