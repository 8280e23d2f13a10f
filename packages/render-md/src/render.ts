import type { ReportDocument } from '@baocao-khcn/core';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import type { Root, RootContent } from 'mdast';
import type { RenderMarkdownOptions, ResolvedOptions } from './options';
import { resolveOptions } from './options';
import { cellWriter, DIRECT_TABLE_MIN_CELLS } from './cells';
import { text } from './escape';
import { RAW_TABLE, rawTable, rawTableHandler } from './handle/table-text';
import { createState, documentMdast } from './to-mdast';

/** The `mdast-util-to-markdown` settings used by {@link renderMarkdown} (internal). */
export function serialiseOptions(options: ResolvedOptions): ToMarkdownOptions {
  return {
    bullet: options.bullet,
    emphasis: '*',
    strong: '*',
    rule: '-',
    listItemIndent: 'one',
    unsafe: [
      // `[^1]` at the start of a line followed by `:` would read back as a footnote definition.
      { character: ':', before: '\\]', inConstruct: 'phrasing' },
      // GFM's autolink literals, when the parser finds them in the Markdown source, take in whatever
      // follows, escapes and emphasis markers included (`__@.B__`, `www.&_&_`): escaping `@` and the
      // `.` of `www.` (`:` of `http://` below) keeps them out of the source. The parser may still
      // link the decoded text (README, "Links"), but then the link is exactly the user's characters.
      { character: '@', inConstruct: 'phrasing' },
      { character: '.', before: '[Ww]{3}', inConstruct: 'phrasing' },
      // GFM autolink literals ignore case ("HTTP://…"), mdast-util-gfm escapes only after a lower-case "p"/"s":
      // inside a literal link a backslash escape would read back as a backslash.
      { character: ':', before: '[PS]', after: '\\/', inConstruct: 'phrasing' },
    ],
    handlers: { text },
    extensions: [gfmToMarkdown({ tablePipeAlign: false, tableCellPadding: true })],
  };
}

/**
 * Renders a report document tree as GitHub-flavoured Markdown (tables, footnotes). Pure and
 * deterministic: the same document and options always give the same string. All user text is
 * escaped, so it never turns into Markdown structure or HTML (GFM parsers still link the
 * addresses it contains: see "Links" in the README).
 *
 * @param document - The document tree from `composeReport`.
 * @param options - See {@link RenderMarkdownOptions}.
 * @returns The Markdown, ending with one newline.
 * @throws TypeError naming the node type when a block or inline node has an unknown `type`.
 *
 * @example
 * renderMarkdown(document, { header: false });
 * // → '# BÁO CÁO\n\n**Kết quả công tác tháng 9/2023**\n\n## I. Kết quả\n\n…'
 */
export function renderMarkdown(document: ReportDocument, options?: RenderMarkdownOptions): string {
  return renderWithTables(document, options, DIRECT_TABLE_MIN_CELLS);
}

/**
 * {@link renderMarkdown} with tables of at least `minCells` slots written as GFM text directly — the text `toMdast`
 * + these settings give, without an mdast node per cell; the rest of the document goes through
 * `mdast-util-to-markdown`. Internal: the tests pass 0 (every table directly).
 */
export function renderWithTables(document: ReportDocument, options: RenderMarkdownOptions | undefined, minCells: number): string {
  const resolved = resolveOptions(options);
  const settings = serialiseOptions(resolved);
  const root = documentMdast(document, createState(resolved, { write: cellWriter(settings), minCells }));
  return serialiseAround(root, settings);
}

/**
 * `toMarkdown(root, settings)` for a root whose tables are already text ({@link RAW_TABLE} nodes): the blocks between
 * them are serialised by `mdast-util-to-markdown` and the tables put in between as they are, so that their text
 * (a megabyte at 10,000 rows) is not walked again. It is the same text: at the root, blocks are always separated by
 * one blank line here (the join rules of these settings only join list items, indented code and definitions
 * otherwise), and the serialiser keeps no state across a table (it resets the last list bullet after any non-list).
 */
function serialiseAround(root: Root, settings: ToMarkdownOptions): string {
  if (!root.children.some((child) => (child.type as string) === RAW_TABLE)) return toMarkdown(root, settings);
  const parts: string[] = [];
  let run: RootContent[] = [];
  const flush = () => {
    if (run.length === 0) return;
    // A last block that is not a line ending makes `toMarkdown`'s final line ending certain, so it can be cut off.
    run.push(rawTable(END));
    const text = toMarkdown({ type: 'root', children: run }, withRaw(settings));
    parts.push(text.slice(0, text.length - END.length - 3));
    run = [];
  };
  for (const child of root.children) {
    if ((child.type as string) !== RAW_TABLE) {
      run.push(child);
      continue;
    }
    flush();
    parts.push((child as unknown as { value: string }).value);
  }
  flush();
  // As `toMarkdown` ends its output: with a line ending unless it is empty or ends with one already.
  const text = parts.join('\n\n');
  const last = text.charCodeAt(text.length - 1);
  return text === '' || last === 10 || last === 13 ? text : `${text}\n`;
}

/** The end marker of {@link serialiseAround}: `\n\n` + it + `\n` end each serialised run of blocks. */
const END = 'end';

function withRaw(settings: ToMarkdownOptions): ToMarkdownOptions {
  const handlers = { ...settings.handlers, [RAW_TABLE]: rawTableHandler } as ToMarkdownOptions['handlers'];
  return { ...settings, handlers };
}
