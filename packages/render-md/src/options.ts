/**
 * Options of {@link renderMarkdown} and {@link toMdast}.
 *
 * @example
 * const options: RenderMarkdownOptions = { headingOffset: 1, header: false, footnotes: 'inline' };
 * renderMarkdown(document, options);
 * // the title becomes `## BÁO CÁO`, no header table, footnote text in parentheses
 */
export interface RenderMarkdownOptions {
  /**
   * Added to every heading depth (the title is `#` at 0, body level 1 is `##`, …); depths are kept
   * within 1–6. Use 1 or 2 to embed the report in a page that already has a `#` title.
   * @defaultValue 0
   */
  headingOffset?: number;
  /**
   * Include the header block (agency, Số, Quốc hiệu, Tiêu ngữ, date line) as a two-column table.
   * @defaultValue true
   */
  header?: boolean;
  /**
   * `'gfm'`: GFM footnotes, `[^1]` at the reference and `[^1]: …` definitions at the end.
   * `'inline'`: the footnote's text in parentheses at the place of the reference, e.g. `03 đề tài (gồm …)`.
   * @defaultValue 'gfm'
   */
  footnotes?: 'gfm' | 'inline';
  /**
   * The Markdown bullet of list items (serialisation only; a list right after another list
   * uses a different bullet so that the two stay separate).
   * @defaultValue '-'
   */
  bullet?: '-' | '*' | '+';
  /**
   * How a merged table cell (`rowSpan`/`colSpan` > 1) is flattened into GFM's plain grid:
   * `'repeat'` writes the value into every slot it covers, `'first'` only into its top-left
   * slot and leaves the others empty.
   * @defaultValue 'repeat'
   */
  mergedCells?: 'repeat' | 'first';
}

/** Options with defaults applied. */
export interface ResolvedOptions {
  headingOffset: number;
  header: boolean;
  footnotes: 'gfm' | 'inline';
  bullet: '-' | '*' | '+';
  mergedCells: 'repeat' | 'first';
}

function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new TypeError(
    `render-md: option \`${name}\` must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${JSON.stringify(value)}`,
  );
}

/** Applies defaults and checks the options (a programming error throws a `TypeError`). */
export function resolveOptions(options: RenderMarkdownOptions | undefined): ResolvedOptions {
  const o = options ?? {};
  const headingOffset = o.headingOffset ?? 0;
  if (!Number.isInteger(headingOffset)) {
    throw new TypeError(`render-md: option \`headingOffset\` must be an integer, got ${String(headingOffset)}`);
  }
  const header = o.header ?? true;
  if (typeof header !== 'boolean') {
    throw new TypeError(`render-md: option \`header\` must be a boolean, got ${JSON.stringify(header)}`);
  }
  return {
    headingOffset,
    header,
    footnotes: oneOf('footnotes', o.footnotes, ['gfm', 'inline'] as const, 'gfm'),
    bullet: oneOf('bullet', o.bullet, ['-', '*', '+'] as const, '-'),
    mergedCells: oneOf('mergedCells', o.mergedCells, ['repeat', 'first'] as const, 'repeat'),
  };
}
