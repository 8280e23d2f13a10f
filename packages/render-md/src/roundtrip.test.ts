/**
 * Round trip: render trees full of hostile strings, parse the Markdown back and check that every
 * heading, paragraph, list item, table cell and footnote reads exactly the tree's text (after the
 * normalisation documented in the README), with the same bold/italic, and that no HTML appears.
 * Texts are compared up to canonical equivalence (NFC); a tree whose runs are NFC must give NFC text.
 *
 * The parser is `mdast-util-from-markdown` with the GFM syntax extension `micromark-extension-gfm`
 * (a dev dependency of the workspace) for tables and `[^n]` footnotes.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import type { Nodes, Root } from 'mdast';
import type { ReportDocument } from '@baocao-khcn/core';
import type { BlockNode, FootnoteNode, HeadingNode, InlineNode, ListItemNode, TableNode, TableRowNode, TextNode } from '@baocao-khcn/core/tree';
import type { RenderMarkdownOptions } from './index';
import { renderMarkdown } from './index';
import { documentOf } from '@baocao-khcn/test-utils';

function parse(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

// ---------------------------------------------------------------------------------------------
// Hostile strings

const atoms = [
  '#', '## ', '-', '- ', '+ ', '*', '**', '***', '_', '__', '1.', '1. ', '2)', '|', '| a |', '[^1]', '[^2]:', '[x](y)',
  '![i](s)', '[a]: b', '<script>', '</script>', '<b>', '<!--', '<http://a.vn>', 'http://khcn.vn', 'www.a.vn', 'a@b.vn',
  '`', '``', '```', '~~~', '~', '\\', '\\\\', '\\*', '&amp;', '&#x20;', '&', '>', '=', '===', '---', ':', ':-', '!', '[', ']',
  '(', ')', '^', '$', '{', '}', '"', "'", ' ', '  ', '    ', '\t', '\n', '\r\n', '😀', '👍🏽', '🇻🇳', 'e\u0301', '\u0301', '\u0323',
  'ệ', 'Đ', 'Sở KH&CN', 'KH&CN', '&CN', ';', '&#', '03', '60,38%', '\u00a0', '\u3000', 'x', 'Bắc Kạn',
  // Autolink literals and their pieces (see "Links" in the README).
  'HTTP://A.VN/x', 'https://khcn.gov.vn/a_(b)?c=1&d', 'WWW.A.VN', 'www.', 'mailto:a@b.vn', 'xmpp:a@b.vn/c', 'a.b+c@d-e.vn',
  'pth@bacgiang.gov.vn;', 'http', 'https', '://', '.vn', '@', 'x.vn/a)',
];
const controls = /\p{Cc}/u;
/** Short strings dense in metacharacters: they meet markers and each other at run edges. */
const dense = fc
  .array(fc.constantFrom('&', 'a', 'CN', ';', '#', 'x', '1', ' ', '*', '_', '😀', '\\', '[', ']', '^', ':', '@', '.', '(', ')', '`', '<', '>', '|', '~'), { maxLength: 5 })
  .map((parts) => parts.join(''));
const mixed = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...atoms) },
      { weight: 2, arbitrary: fc.string({ maxLength: 3 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 2 }).filter((s) => !controls.test(s)) },
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));
const hostile: fc.Arbitrary<string> = fc.oneof({ weight: 3, arbitrary: mixed }, { weight: 1, arbitrary: dense });

const textRun: fc.Arbitrary<TextNode> = fc
  .record({ text: hostile, bold: fc.boolean(), italic: fc.boolean(), superscript: fc.boolean() })
  .map(({ text, bold, italic, superscript }) => ({ type: 'text' as const, text, ...(bold ? { bold } : {}), ...(italic ? { italic } : {}), ...(superscript ? { superscript } : {}) }));

/** Footnote numbers are placeholders here; `renumber` makes them continuous. */
const inline: fc.Arbitrary<InlineNode[]> = fc.array(
  fc.oneof(
    { weight: 5, arbitrary: textRun },
    { weight: 1, arbitrary: fc.array(textRun, { maxLength: 3 }).map((children): FootnoteNode => ({ type: 'footnote', number: 0, children })) },
  ),
  { maxLength: 5 },
);

const heading: fc.Arbitrary<BlockNode> = fc
  .record({ level: fc.integer({ min: 1, max: 7 }), number: fc.constantFrom('I.', '1.', '6.1.', 'a)', 'Phần I', '', '-', '+', '#'), children: inline })
  .map(({ level, number, children }): HeadingNode => ({ type: 'heading', level, style: 'arabic', number, children }));

const paragraph: fc.Arbitrary<BlockNode> = inline.map((children) => ({ type: 'paragraph', align: 'justify', indent: true, children }));

const listItem: fc.Memo<ListItemNode> = fc.memo((n) =>
  fc.record({
    marker: fc.constantFrom('-', '+'),
    children: inline,
    items: n > 1 ? fc.array(listItem(n - 1), { maxLength: 2 }) : fc.constant([]),
  }),
);
const list: fc.Arbitrary<BlockNode> = fc.array(listItem(3), { minLength: 1, maxLength: 3 }).map((items) => ({ type: 'list', items }));

const cellOf = fc
  .record({ paragraphs: fc.array(inline, { maxLength: 2 }), bold: fc.boolean(), italic: fc.boolean() })
  .map(({ paragraphs, bold, italic }) => ({ paragraphs, colSpan: 1, rowSpan: 1, align: 'left' as const, bold, italic }));
const table: fc.Arbitrary<BlockNode> = fc.integer({ min: 1, max: 3 }).chain((width) => {
  const row = fc.record({ cells: fc.array(cellOf, { minLength: width, maxLength: width }), group: fc.boolean() });
  return fc.record({ head: row, rows: fc.array(row, { maxLength: 3 }) }).map(
    ({ head, rows }): TableNode => ({
      type: 'table',
      columns: Array.from({ length: width }, () => ({ width: 1 / width })),
      headerRows: [{ ...head, group: false }],
      rows,
    }),
  );
});

/** Gives footnotes continuous numbers in document order, as `composeReport` does. */
function renumber(document: ReportDocument): ReportDocument {
  let next = 1;
  const fix = (nodes: InlineNode[]): InlineNode[] => nodes.map((node) => (node.type === 'footnote' ? { ...node, number: next++ } : node));
  const fixItem = (item: ListItemNode): ListItemNode => ({ ...item, children: fix(item.children), items: item.items.map(fixItem) });
  const fixRow = (row: TableRowNode): TableRowNode => ({ ...row, cells: row.cells.map((c) => ({ ...c, paragraphs: c.paragraphs.map(fix) })) });
  const subject = fix(document.subject);
  const body = document.body.map((block): BlockNode => {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        return { ...block, children: fix(block.children) };
      case 'list':
        return { ...block, items: block.items.map(fixItem) };
      case 'table':
        return { ...block, headerRows: block.headerRows.map(fixRow), rows: block.rows.map(fixRow) };
    }
  });
  return { ...document, subject, body };
}

function documentArbitrary(blocks: fc.Arbitrary<BlockNode>): fc.Arbitrary<ReportDocument> {
  return fc
    .record({ title: hostile, subject: inline, body: fc.array(blocks, { maxLength: 6 }) })
    .map(({ title, subject, body }) => renumber(documentOf({ title, subject, body, signature: { lines: ['GIÁM ĐỐC'], name: 'Nguyễn Văn A' } })));
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
function canonical(extract: Extract): Extract {
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
function notNfc(node: Nodes): string[] {
  if (node.type === 'text') return node.value === node.value.normalize('NFC') ? [] : [node.value];
  return 'children' in node ? (node.children as Nodes[]).flatMap(notNfc) : [];
}

/** The document with every string in NFC (each run on its own: a run may still start with a combining mark). */
function nfcDocument(document: ReportDocument): ReportDocument {
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

function expectedExtract(document: ReportDocument, footnotes: 'gfm' | 'inline'): Extract {
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

function read(node: Nodes, bold = false, italic = false): { text: string; styles: Styled } {
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

function countHtml(node: Nodes): number {
  if (node.type === 'html') return 1;
  return 'children' in node ? (node.children as Nodes[]).reduce((sum, child) => sum + countHtml(child), 0) : 0;
}

function actualExtract(root: Root): Extract {
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

// ---------------------------------------------------------------------------------------------
// Links: GFM's autolink literals (README, "Links")

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
function linkProblems(document: ReportDocument, root: Root, footnotes: 'gfm' | 'inline'): string[] {
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

function check(document: ReportDocument, options: RenderMarkdownOptions): void {
  const markdown = renderMarkdown(document, options);
  const root = parse(markdown);
  const context = `\n--- markdown ---\n${markdown}`;
  expect(countHtml(root), `HTML node in the parsed output${context}`).toBe(0);
  expect(linkProblems(document, root, options.footnotes ?? 'gfm'), context).toEqual([]);
  expect(canonical(actualExtract(root)), context).toEqual(canonical(expectedExtract(document, options.footnotes ?? 'gfm')));
}

/** Runs of NFC text give NFC text in the Markdown, whatever joins them. */
function checkNfc(document: ReportDocument, options: RenderMarkdownOptions): void {
  const markdown = renderMarkdown(nfcDocument(document), options);
  expect(notNfc(parse(markdown)), `\n--- markdown ---\n${markdown}`).toEqual([]);
}

// ---------------------------------------------------------------------------------------------

/** `ROUNDTRIP_RUNS=5000 npx vitest run packages/render-md` for a longer search. */
const runs = { numRuns: Number(process.env.ROUNDTRIP_RUNS ?? 300) };

describe('round trip (CommonMark parser)', () => {
  it('paragraphs, headings and list items read back as the tree, inline footnotes included', () => {
    fc.assert(
      fc.property(documentArbitrary(fc.oneof(heading, paragraph, list)), (document) => {
        check(document, { header: false, footnotes: 'inline' });
      }),
      runs,
    );
  });
});

describe('NFC', () => {
  it('a tree whose runs are NFC gives NFC text, also where runs of one style are joined', () => {
    fc.assert(
      fc.property(documentArbitrary(fc.oneof(heading, paragraph, list, table)), fc.constantFrom('gfm' as const, 'inline' as const), (document, footnotes) => {
        checkNfc(document, { footnotes });
      }),
      runs,
    );
  });

  it('joins "e" and a bold "\u0301" in a bold trích yếu as "é"; a Hangul vowel jamo after "ᄀ" as "가"', () => {
    const document = documentOf({
      title: 'T',
      subject: [{ type: 'text', text: 'Báo cáo e' }, { type: 'text', text: '\u0301 và \u1100', bold: true }, { type: 'text', text: '\u1161' }],
      body: [],
      signature: { lines: ['GIÁM ĐỐC'], name: 'Nguyễn Văn A' },
    });
    expect(renderMarkdown(document, { header: false })).toContain('**Báo cáo é và 가**');
  });
});

describe('round trip (GFM parser: tables and footnotes)', () => {
  it('paragraphs, headings, lists, table cells and GFM footnotes read back as the tree', () => {
    fc.assert(
      fc.property(documentArbitrary(fc.oneof(heading, paragraph, list, table)), fc.boolean(), (document, header) => {
        const markdown = renderMarkdown(document, { header });
        const tables = expectedExtract(document, 'gfm').tables;
        if (header) {
          // The header block is the first table; its texts are the header node's strings.
          const h = document.header;
          tables.unshift([
            [h.parentAgency ?? '', h.nationalTitle],
            [h.agency, h.motto],
            [h.numberLine, h.dateLine],
          ]);
        }
        const root = parse(markdown);
        const context = `\n--- markdown ---\n${markdown}`;
        expect(countHtml(root), `HTML node in the parsed output${context}`).toBe(0);
        expect(linkProblems(document, root, 'gfm'), context).toEqual([]);
        expect(canonical(actualExtract(root)), context).toEqual(canonical({ ...expectedExtract(document, 'gfm'), tables }));
      }),
      runs,
    );
  });

  it('table cells and inline footnotes read back as the tree', () => {
    fc.assert(
      fc.property(documentArbitrary(fc.oneof(paragraph, table)), (document) => {
        check(document, { header: false, footnotes: 'inline' });
      }),
      runs,
    );
  });
});
