import type { Diagnostic } from '@baocao-khcn/core';

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
  /**
   * Receives each diagnostic (Vietnamese message): an option with a wrong value is reported as `md/option-type`
   * (error, path `['options', name]`) and its default is used, as `renderDocx` does.
   */
  onDiagnostic?: (diagnostic: Diagnostic) => void;
}

/** Options with defaults applied. */
export interface ResolvedOptions {
  headingOffset: number;
  header: boolean;
  footnotes: 'gfm' | 'inline';
  bullet: '-' | '*' | '+';
  mergedCells: 'repeat' | 'first';
}

/** Writes a value in a message: strings quoted, numbers with a decimal comma. */
function shown(value: unknown): string {
  return typeof value === 'number' ? String(value).replace('.', ',') : JSON.stringify(value) ?? String(value);
}

/** What an option accepts: a check, and how a message says it ("gfm" hoặc "inline"). */
type Rule<T> = readonly [valid: (v: unknown) => v is T, allowed: string];

/** The value of one option when its rule accepts it, else its default, reporting `md/option-type`. */
function option<T>(name: string, value: unknown, [valid, allowed]: Rule<T>, fallback: T, report: (d: Diagnostic) => void): T {
  if (value === undefined) return fallback;
  if (valid(value)) return value;
  report({
    code: 'md/option-type',
    severity: 'error',
    path: ['options', name],
    message: `Tùy chọn ${name} phải là ${allowed} (nhận được ${shown(value)}); dùng giá trị mặc định ${shown(fallback)}.`,
  });
  return fallback;
}

/** The rule of an option that is one of `allowed`. */
function among<T extends string>(allowed: readonly T[]): Rule<T> {
  const quoted = allowed.map((a) => `"${a}"`);
  return [(v): v is T => typeof v === 'string' && (allowed as readonly string[]).includes(v), `${quoted.slice(0, -1).join(', ')} hoặc ${quoted.at(-1)}`];
}

/**
 * Applies defaults and checks the options. Never throws: an option with a wrong value is reported through
 * `onDiagnostic` as `md/option-type` and its default is used.
 */
export function resolveOptions(options: RenderMarkdownOptions | undefined): ResolvedOptions {
  const o = options ?? {};
  const report = typeof o.onDiagnostic === 'function' ? o.onDiagnostic : () => {};
  const integer: Rule<number> = [(v): v is number => Number.isInteger(v), 'một số nguyên'];
  const boolean: Rule<boolean> = [(v): v is boolean => typeof v === 'boolean', 'true hoặc false'];
  return {
    headingOffset: option('headingOffset', o.headingOffset, integer, 0, report),
    header: option('header', o.header, boolean, true, report),
    footnotes: option('footnotes', o.footnotes, among(['gfm', 'inline'] as const), 'gfm', report),
    bullet: option('bullet', o.bullet, among(['-', '*', '+'] as const), '-', report),
    mergedCells: option('mergedCells', o.mergedCells, among(['repeat', 'first'] as const), 'repeat', report),
  };
}
