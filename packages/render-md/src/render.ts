import type { ReportDocument } from '@baocao-khcn/core';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import type { RenderMarkdownOptions, ResolvedOptions } from './options';
import { resolveOptions } from './options';
import { text } from './escape';
import { toMdast } from './to-mdast';

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
  const resolved = resolveOptions(options);
  return toMarkdown(toMdast(document, resolved), serialiseOptions(resolved));
}
