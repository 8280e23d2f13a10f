/** The README's promise on links (GFM autolink literals), checked on the parsed Markdown. */
import type { Nodes, Root } from 'mdast';
import type { ReportDocument } from '@baocao-khcn/core';
import type { InlineNode, ListItemNode } from '@baocao-khcn/core/tree';

/**
 * The words of the tree's text: its runs joined, split at GFM's whitespace (space, tab, line feed, carriage
 * return — a no-break space does not end a word). A footnote ends a word; written inline, it is one more run in
 * parentheses.
 */
function userWords(document: ReportDocument, footnotes: 'gfm' | 'inline'): string[] {
  const words: string[] = [];
  const add = (text: string): void => {
    // As typed and in NFC: runs of one style that the renderer joins are normalised.
    for (const form of new Set([text, text.normalize('NFC')])) words.push(...form.split(/[ \t\n\r]+/u).filter((w) => w !== ''));
  };
  const inline = (nodes: readonly InlineNode[]): string => {
    let run = '';
    for (const node of nodes) {
      if (node.type === 'text') run += node.text;
      else if (footnotes === 'inline') {
        // Written trimmed; an empty footnote disappears.
        const text = inline(node.children).replace(/^[ \t\n\r]+|[ \t\n\r]+$/gu, '');
        if (text !== '') run += `${run === '' || /\s$/u.test(run) ? '' : ' '}(${text})`;
      }
      else {
        add(run);
        run = '';
        add(inline(node.children));
      }
    }
    add(run);
    return run;
  };
  const walkItem = (item: ListItemNode): void => {
    inline(item.children);
    item.items.forEach(walkItem);
  };
  add(document.title);
  inline(document.subject);
  for (const value of Object.values(document.header)) if (typeof value === 'string') add(value);
  document.recipients.items.forEach(add);
  for (const block of document.body) {
    if (block.type === 'heading') inline([{ type: 'text', text: `${block.number} ` }, ...block.children]);
    else if (block.type === 'paragraph') inline(block.children);
    else if (block.type === 'list') block.items.forEach(walkItem);
    else for (const row of [...block.headerRows, ...block.rows]) for (const c of row.cells) c.paragraphs.forEach(inline);
  }
  return words;
}

/**
 * The README's promise on links: each is an autolink literal whose only child is its text; the text is part of one
 * word of the tree's text ({@link userWords}: no space, no line break, no footnote inside) and the URL is that text, with
 * `mailto:` or `http://` before an e-mail address or a `www.` domain. Nothing else links.
 */
export function linkProblems(document: ReportDocument, root: Root, footnotes: 'gfm' | 'inline'): string[] {
  const words = userWords(document, footnotes);
  const problems: string[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'linkReference' || node.type === 'image' || node.type === 'imageReference' || node.type === 'definition') {
      problems.push(`${node.type} node`);
    }
    if (node.type === 'link') {
      const [only, ...rest] = node.children;
      const text = only?.type === 'text' && rest.length === 0 ? only.value : undefined;
      if (text === undefined) problems.push(`link ${node.url} with children ${JSON.stringify(node.children)}`);
      else {
        if (![text, `mailto:${text}`, `http://${text}`].includes(node.url) || node.title !== null) problems.push(`link ${JSON.stringify(text)} → ${node.url}`);
        if (/[ \t\n\r]/u.test(text) || !words.some((word) => word.includes(text))) problems.push(`link ${JSON.stringify(text)} is not part of one word of the tree`);
        if (!/^(?:https?:\/\/|mailto:|xmpp:)/iu.test(node.url)) problems.push(`link ${node.url} is not an autolink literal`);
      }
      return;
    }
    if ('children' in node) (node.children as Nodes[]).forEach(walk);
  };
  walk(root);
  return problems;
}
