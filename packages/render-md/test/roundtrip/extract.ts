/** What the round-trip test compares: the text and styles a tree should read as, and what the parsed Markdown reads. */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import type { Nodes, Root } from 'mdast';
import type { ReportDocument } from '@baocao-khcn/core';
import type { FootnoteNode, InlineNode, ListItemNode } from '@baocao-khcn/core/tree';

/** The Markdown parsed as remark-gfm pipelines parse it. */
export function parse(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

// ---------------------------------------------------------------------------------------------
// Expected text: the README's normalisation, written independently of the renderer.

const FN = (n: number | string): string => `\u0000${String(n)}\u0000`;

type Ctx = { footnotes: 'gfm' | 'inline'; breaks: boolean; bold?: boolean; italic?: boolean };
/** Non-whitespace characters with their style, e.g. `a`, `b|B`, `c|BI`. */
type Styled = string[];

function normaliseLines(raw: string, breaks: boolean): string {
  return raw
    .split('\n')
    .map((line) => line.replace(/^ +| +$/g, ''))
    .filter((line) => line !== '')
    .join(breaks ? '\n' : ' ');
}

function styledChars(text: string, bold: boolean, italic: boolean): Styled {
  return [...text].filter((ch) => !/\s/u.test(ch)).map((ch) => `${ch}|${bold ? 'B' : ''}${italic ? 'I' : ''}`);
}

/**
 * Styles up to canonical equivalence: the characters of each stretch of one style in NFD. Runs of one style that
 * the renderer joins are normalised to NFC ("e" + "\u0301" is written "é"), which composes and reorders marks.
 */
function canonicalStyles(styles: Styled): Styled {
  const out: Styled = [];
  let stretch = '';
  let style: string | undefined;
  const flush = (): void => {
    for (const ch of stretch.normalize('NFD')) out.push(`${ch}|${style ?? ''}`);
    stretch = '';
  };
  for (const entry of styles) {
    const bar = entry.lastIndexOf('|');
    const own = entry.slice(bar + 1);
    if (own !== style) flush();
    style = own;
    stretch += entry.slice(0, bar);
  }
  flush();
  return out;
}

/** An extract up to canonical equivalence: texts in NFC, styles by {@link canonicalStyles}. */
export function canonical(extract: Extract): Extract {
  const block = <T extends { text: string; styles: Styled }>(b: T): T => ({ ...b, text: b.text.normalize('NFC'), styles: canonicalStyles(b.styles) });
  return {
    headings: extract.headings.map(block),
    paragraphs: extract.paragraphs.map(block),
    items: extract.items.map(block),
    tables: extract.tables.map((rows) => rows.map((cells) => cells.map((c) => c.normalize('NFC')))),
    footnotes: extract.footnotes.map(block),
  };
}

/** The texts of the parsed Markdown that are not in NFC. */
export function notNfc(node: Nodes): string[] {
  if (node.type === 'text') return node.value === node.value.normalize('NFC') ? [] : [node.value];
  return 'children' in node ? (node.children as Nodes[]).flatMap(notNfc) : [];
}

/** The document with every string in NFC (each run on its own: a run may still start with a combining mark). */
export function nfcDocument(document: ReportDocument): ReportDocument {
  return JSON.parse(JSON.stringify(document), (_key, value: unknown) => (typeof value === 'string' ? value.normalize('NFC') : value)) as ReportDocument;
}

function expected(nodes: readonly InlineNode[], ctx: Ctx): { text: string; styles: Styled } {
  let raw = '';
  const styles: Styled = [];
  const forcedB = ctx.bold === true;
  const forcedI = ctx.italic === true;
  for (const node of nodes) {
    if (node.type === 'text') {
      const text = node.text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
      raw += text;
      styles.push(...styledChars(text, forcedB || node.bold === true, forcedI || node.italic === true));
    } else if (ctx.footnotes === 'gfm') {
      raw += FN(node.number);
    } else {
      const inner = expected(node.children, ctx);
      if (inner.text === '') continue;
      if (raw !== '' && !/\s$/u.test(raw)) raw += ' ';
      raw += `(${inner.text})`;
      styles.push(...styledChars('(', forcedB, forcedI), ...inner.styles, ...styledChars(')', forcedB, forcedI));
    }
  }
  return { text: normaliseLines(raw, ctx.breaks), styles };
}

function cellText(paragraphs: readonly InlineNode[][], ctx: Ctx): string {
  return paragraphs
    .map((nodes) => expected(nodes, ctx).text)
    .filter((text) => text !== '')
    .join(' ');
}

function allFootnotes(document: ReportDocument): FootnoteNode[] {
  const out: FootnoteNode[] = [];
  const walk = (nodes: readonly InlineNode[]): void => {
    for (const node of nodes) if (node.type === 'footnote') out.push(node);
  };
  const walkItem = (item: ListItemNode): void => {
    walk(item.children);
    item.items.forEach(walkItem);
  };
  walk(document.subject);
  for (const block of document.body) {
    if (block.type === 'heading' || block.type === 'paragraph') walk(block.children);
    else if (block.type === 'list') block.items.forEach(walkItem);
    else for (const row of [...block.headerRows, ...block.rows]) for (const c of row.cells) c.paragraphs.forEach(walk);
  }
  return out;
}

type Extract = {
  headings: { text: string; styles: Styled }[];
  paragraphs: { text: string; styles: Styled }[];
  items: { text: string; styles: Styled }[];
  tables: string[][][];
  footnotes: { id: string; text: string; styles: Styled }[];
};

export function expectedExtract(document: ReportDocument, footnotes: 'gfm' | 'inline'): Extract {
  const flow: Ctx = { footnotes, breaks: true };
  const line: Ctx = { footnotes, breaks: false };
  const out: Extract = { headings: [], paragraphs: [], items: [], tables: [], footnotes: [] };
  out.headings.push(expected([{ type: 'text', text: document.title }], line));
  const subject = expected(document.subject, { ...flow, bold: true });
  if (subject.text !== '') out.paragraphs.push(subject);
  const walkItem = (item: ListItemNode): void => {
    const own = expected(item.children, flow);
    if (own.text !== '') out.items.push(own);
    item.items.forEach(walkItem);
  };
  for (const block of document.body) {
    if (block.type === 'heading') {
      out.headings.push(expected([...(block.number === '' ? [] : [{ type: 'text' as const, text: `${block.number} ` }]), ...block.children], line));
    } else if (block.type === 'paragraph') {
      const paragraph = expected(block.children, flow);
      if (paragraph.text !== '') out.paragraphs.push(paragraph);
    } else if (block.type === 'list') {
      block.items.forEach(walkItem);
    } else {
      out.tables.push([...block.headerRows, ...block.rows].map((row) => row.cells.map((c) => cellText(c.paragraphs, line))));
    }
  }
  out.paragraphs.push(
    { text: 'GIÁM ĐỐC', styles: styledChars('GIÁM ĐỐC', true, false) },
    { text: 'Nguyễn Văn A', styles: styledChars('Nguyễn Văn A', true, false) },
    { text: 'Nơi nhận:', styles: styledChars('Nơi nhận:', true, true) },
  );
  for (const item of document.recipients.items) out.items.push({ text: item, styles: styledChars(item, false, false) });
  if (footnotes === 'gfm') {
    for (const node of allFootnotes(document)) out.footnotes.push({ id: String(node.number), ...expected(node.children, flow) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Actual text: read back from the parsed Markdown.

export function read(node: Nodes, bold = false, italic = false): { text: string; styles: Styled } {
  switch (node.type) {
    case 'text':
      return { text: node.value, styles: styledChars(node.value, bold, italic) };
    case 'break':
      return { text: '\n', styles: [] };
    case 'footnoteReference':
      return { text: FN(node.identifier), styles: [] };
    case 'inlineCode':
    case 'html':
      // Never expected: make the mismatch visible.
      return { text: `<${node.type}>${node.value}`, styles: [] };
    default: {
      if (!('children' in node)) return { text: `<${node.type}>`, styles: [] };
      const b = bold || node.type === 'strong';
      const i = italic || node.type === 'emphasis';
      const parts = (node.children as Nodes[]).map((child) => read(child, b, i));
      return { text: parts.map((x) => x.text).join(''), styles: parts.flatMap((x) => x.styles) };
    }
  }
}

export function countHtml(node: Nodes): number {
  if (node.type === 'html') return 1;
  return 'children' in node ? (node.children as Nodes[]).reduce((sum, child) => sum + countHtml(child), 0) : 0;
}

export function actualExtract(root: Root): Extract {
  const out: Extract = { headings: [], paragraphs: [], items: [], tables: [], footnotes: [] };
  const walkList = (node: Nodes): void => {
    if (node.type !== 'list') return;
    for (const item of node.children) {
      for (const child of item.children) {
        if (child.type === 'paragraph') out.items.push(read(child));
        else if (child.type === 'list') walkList(child);
        else out.items.push({ text: `<${child.type}>`, styles: [] });
      }
    }
  };
  for (const node of root.children) {
    if (node.type === 'heading') out.headings.push(read(node));
    else if (node.type === 'paragraph') out.paragraphs.push(read(node));
    else if (node.type === 'list') walkList(node);
    else if (node.type === 'table') out.tables.push(node.children.map((row) => row.children.map((c) => read(c).text)));
    else if (node.type === 'footnoteDefinition') out.footnotes.push({ id: node.identifier, ...read(node) });
    else if (node.type !== 'thematicBreak') out.paragraphs.push({ text: `<${node.type}>`, styles: [] });
  }
  return out;
}
