/**
 * Reads rendered Markdown back through a real parser (mdast-util-from-markdown with the GFM syntax and
 * mdast extensions) and extracts its text and structure.
 *
 * The GFM *syntax* extension comes from `micromark-extension-gfm`. When it does not resolve, tables and
 * `[^n]` footnotes cannot be parsed: the checks then parse CommonMark only and render footnotes inline
 * (a table then reads back as a paragraph of its cells, which still holds all their text), and
 * `GFM_SYNTAX` is false. With `CI` set, gfm-check.test.ts fails so that this never goes unnoticed.
 */
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';

type MicromarkExtension = NonNullable<NonNullable<Parameters<typeof fromMarkdown>[1]>['extensions']>[number];

async function loadGfmSyntax(): Promise<(() => MicromarkExtension) | undefined> {
  const specifier = 'micromark-extension-gfm';
  try {
    const module = (await import(/* @vite-ignore */ specifier)) as { gfm?: () => MicromarkExtension };
    return module.gfm;
  } catch {
    return undefined;
  }
}

const gfmSyntax = await loadGfmSyntax();

/** Whether `micromark-extension-gfm` resolved (tables and GFM footnotes are parsed). */
export const GFM_SYNTAX = gfmSyntax !== undefined;

/** Parses Markdown: GFM when available, else CommonMark. */
export function parseMarkdown(markdown: string): Root {
  return gfmSyntax === undefined
    ? fromMarkdown(markdown)
    : fromMarkdown(markdown, { extensions: [gfmSyntax()], mdastExtensions: [gfmFromMarkdown()] });
}

/** Separates blocks in {@link documentText}; never part of a text leaf we look for. */
export const BLOCK_SEPARATOR = '\n';
/** Stands for a footnote reference in {@link documentText}. */
export const FOOTNOTE_MARK = '\u0001';

/**
 * The text of a parsed document: phrasing content concatenated (a hard break reads as one space, a
 * footnote reference as {@link FOOTNOTE_MARK}), blocks and table cells separated by a line feed.
 */
export function documentText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'html':
      return `<html>${node.value}`;
    case 'break':
      return ' ';
    case 'footnoteReference':
      return FOOTNOTE_MARK;
    case 'image':
      return node.alt ?? '';
    case 'code':
      return `${BLOCK_SEPARATOR}${node.value}${BLOCK_SEPARATOR}`;
    case 'paragraph':
    case 'heading':
    case 'tableCell':
      return `${node.children.map(documentText).join('')}${BLOCK_SEPARATOR}`;
    default:
      return 'children' in node ? (node.children as Nodes[]).map(documentText).join('') : '';
  }
}

/** The value of every text node (for the NFC check). */
export function textValues(node: Nodes, out: string[] = []): string[] {
  if (node.type === 'text') out.push(node.value);
  else if ('children' in node) for (const child of node.children as Nodes[]) textValues(child, out);
  return out;
}

/** How many nodes of each type the tree holds. */
export function countTypes(node: Nodes, out = new Map<string, number>()): Map<string, number> {
  out.set(node.type, (out.get(node.type) ?? 0) + 1);
  if ('children' in node) for (const child of node.children as Nodes[]) countTypes(child, out);
  return out;
}
