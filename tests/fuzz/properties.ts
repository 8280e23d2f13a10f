/**
 * The fuzz properties as plain check functions: each takes one input and throws (an `expect` failure)
 * when the property does not hold. The *.test.ts files run them under fast-check; regressions.test.ts and
 * open-bugs.test.ts run them on fixed (shrunk) inputs.
 */
import { isDeepStrictEqual } from 'node:util';
import { ComposeError, composeReport, validateReport, type Diagnostic, type ReportDocument } from '@baocao-khcn/core';
import { renderDocx } from '@baocao-khcn/render-docx';
import { renderMarkdown, type RenderMarkdownOptions } from '@baocao-khcn/render-md';
import type { Nodes } from 'mdast';
import { expect } from 'vitest';
import { fuzzOptions, INCLUDE_OPEN_BUGS } from './arbitraries';
import { docxProblems } from './docx-check';
import { containsFragment, expectedFragment, FORBIDDEN, hasForbidden, printedLeaves } from './leaves';
import { countTypes, documentText, GFM_SYNTAX, parseMarkdown, textValues } from './markdown-check';
import { explainOpenBug } from './open-bug-triggers';

// ---------------------------------------------------------------------------------------------
// Diagnostics

/** Letters only Vietnamese uses among the languages these messages could be in. */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;

/** What is wrong with one diagnostic (empty when it is well-formed). */
export function diagnosticProblems(d: unknown): string[] {
  if (d === null || typeof d !== 'object') return [`not an object: ${String(d)}`];
  const { code, severity, path, message } = d as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof code !== 'string' || !/^[a-z0-9-]+\/[a-z0-9_-]+$/i.test(code)) problems.push(`bad code ${JSON.stringify(code)}`);
  if (severity !== 'error' && severity !== 'warning' && severity !== 'info') problems.push(`bad severity ${JSON.stringify(severity)}`);
  if (!Array.isArray(path)) problems.push(`path is not an array: ${JSON.stringify(path)}`);
  else if (!path.every((k) => typeof k === 'string' || (typeof k === 'number' && Number.isSafeInteger(k) && k >= 0))) problems.push(`bad path ${JSON.stringify(path)}`);
  if (typeof message !== 'string' || message.trim() === '') problems.push(`empty message (${String(code)})`);
  else if (!VIETNAMESE.test(message)) problems.push(`message is not Vietnamese: ${JSON.stringify(message)} (${String(code)})`);
  return problems;
}

/** Asserts a list of diagnostics is an array of well-formed diagnostics. */
export function expectWellFormed(diagnostics: unknown, where: string): asserts diagnostics is Diagnostic[] {
  expect(Array.isArray(diagnostics), `${where}: diagnostics is not an array`).toBe(true);
  const problems = (diagnostics as unknown[]).flatMap((d, i) => diagnosticProblems(d).map((p) => `#${i}: ${p}`));
  expect(problems, `${where}: malformed diagnostics`).toEqual([]);
}

// ---------------------------------------------------------------------------------------------
// Property 1: validateReport and composeReport never throw unexpected errors

/**
 * validateReport never throws and returns well-formed diagnostics (never `internal/error`, which is a
 * caught crash); composeReport returns the same diagnostics with a document, or throws a ComposeError
 * carrying them (non-empty, at least one error). Crashes explained by an open bug pass unless FUZZ_OPEN_BUGS=1.
 */
export function checkNeverThrows(input: unknown): void {
  let diagnostics: Diagnostic[] = [];
  expect(() => {
    diagnostics = validateReport(input, fuzzOptions);
  }, 'validateReport threw').not.toThrow();
  expectWellFormed(diagnostics, 'validateReport');
  const known = INCLUDE_OPEN_BUGS ? undefined : explainOpenBug(input);
  const internal = diagnostics.filter((d) => d.code === 'internal/error');
  if (known === undefined) expect(internal, 'validateReport caught an internal error (a crash)').toEqual([]);

  let composed: { document: ReportDocument; diagnostics: Diagnostic[] } | undefined;
  try {
    composed = composeReport(input, fuzzOptions);
  } catch (error) {
    if (error instanceof ComposeError) {
      expectWellFormed(error.diagnostics, 'ComposeError');
      expect(error.diagnostics.length, 'ComposeError without diagnostics').toBeGreaterThan(0);
      expect(error.diagnostics.some((d) => d.severity === 'error'), 'ComposeError without an error diagnostic').toBe(true);
      expect(error.message, 'ComposeError message').toMatch(VIETNAMESE);
      expect(error.diagnostics, 'ComposeError diagnostics differ from validateReport').toEqual(diagnostics);
      return;
    }
    if (known !== undefined) return;
    throw new Error(`composeReport threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)} (only ComposeError is allowed)`, { cause: error });
  }
  expectWellFormed(composed.diagnostics, 'composeReport');
  expect(composed.diagnostics, 'composeReport diagnostics differ from validateReport').toEqual(diagnostics);
  expect(composed.document.type).toBe('report');
}

// ---------------------------------------------------------------------------------------------
// Helpers for properties 2–4 (composable inputs)

/** Composes an input the generators say is composable; a ComposeError here is a failure. */
export function composeOrFail(input: unknown): { document: ReportDocument; diagnostics: Diagnostic[] } {
  try {
    return composeReport(input, fuzzOptions);
  } catch (error) {
    const detail = error instanceof ComposeError ? JSON.stringify(error.diagnostics.filter((d) => d.severity === 'error')) : String(error);
    throw new Error(`composeReport refused a composable report: ${detail}`, { cause: error });
  }
}

// ---------------------------------------------------------------------------------------------
// Property 2: every .docx is a valid zip of well-formed XML 1.0 parts

export async function checkDocxValid(input: unknown): Promise<Uint8Array> {
  const { document } = composeOrFail(input);
  const reported: Diagnostic[] = [];
  const bytes = await renderDocx(document, { onDiagnostic: (d) => reported.push(d) });
  expect(docxProblems(bytes), 'invalid .docx').toEqual([]);
  expectWellFormed(reported, 'renderDocx onDiagnostic');
  return bytes;
}

// ---------------------------------------------------------------------------------------------
// Property 3: nothing is lost silently (Markdown)

/** Node types user text must never turn into. */
const INJECTED = ['html', 'link', 'linkReference', 'image', 'imageReference', 'definition', 'code', 'inlineCode', 'blockquote', 'delete', 'math', 'inlineMath', 'yaml'];

function countTree(document: ReportDocument): { headings: number; tables: number } {
  const all = [...document.body, ...document.appendices.flatMap((a) => a.blocks)];
  return { headings: all.filter((b) => b.type === 'heading').length, tables: all.filter((b) => b.type === 'table').length };
}

/** Links that GFM's autolink-literal transform made from plain text (the link text is the address itself). */
function countAutolinkLiterals(node: Nodes): number {
  let n = 0;
  if (node.type === 'link' && node.children.length === 1 && node.children[0]?.type === 'text') {
    const text = node.children[0].value;
    if (node.url === text || node.url === `mailto:${text}` || node.url === `http://${text}`) n++;
  }
  if ('children' in node) for (const child of node.children as Nodes[]) n += countAutolinkLiterals(child);
  return n;
}

/**
 * Every printed text leaf of the input reads back from the parsed Markdown after the documented
 * normalisation; every leaf with forbidden characters has a `text/forbidden-char` diagnostic at its path;
 * the Markdown holds no forbidden character and only NFC text; user text never becomes structure.
 */
export function checkMarkdownLossless(input: unknown, options: RenderMarkdownOptions = {}): string {
  const { markdown, problems } = markdownProblems(input, options);
  const shown = problems.length === 0 ? [] : [...problems, `--- markdown (${markdown.length} chars) ---`, markdown.length > 4000 ? `${markdown.slice(0, 4000)}…` : markdown];
  expect(shown, 'property 3 (nothing lost)').toEqual([]);
  return markdown;
}

/** The problems {@link checkMarkdownLossless} reports, with the Markdown. */
export function markdownProblems(input: unknown, options: RenderMarkdownOptions = {}): { markdown: string; problems: string[] } {
  const { document, diagnostics } = composeOrFail(input);
  const footnotes = GFM_SYNTAX ? (options.footnotes ?? 'gfm') : 'inline';
  const header = options.header ?? true;
  const markdown = renderMarkdown(document, { ...options, footnotes, header });

  const problems: string[] = [];
  FORBIDDEN.lastIndex = 0;
  const forbidden = markdown.match(FORBIDDEN);
  if (forbidden) problems.push(`Markdown holds characters XML 1.0 forbids: ${JSON.stringify([...new Set(forbidden)])}`);

  const root = parseMarkdown(markdown);
  const text = documentText(root).normalize('NFD');
  for (const value of textValues(root)) {
    if (value !== value.normalize('NFC')) problems.push(`text not in NFC: ${JSON.stringify(value.length > 200 ? `${value.slice(0, 200)}…` : value)}`);
  }

  const forbiddenReports = diagnostics.filter((d) => d.code === 'text/forbidden-char');
  for (const leaf of printedLeaves(input)) {
    if (hasForbidden(leaf.text)) {
      const prefix = leaf.diagnosticPrefix;
      const reported = forbiddenReports.some((d) =>
        prefix === undefined ? isDeepStrictEqual(d.path, leaf.path) : isDeepStrictEqual(d.path.slice(0, prefix.length), prefix),
      );
      if (!reported) problems.push(`no text/forbidden-char diagnostic for ${JSON.stringify(leaf.path)} = ${JSON.stringify(leaf.text)}`);
    }
    if (leaf.header && !header) continue;
    const fragment = expectedFragment(leaf);
    if (fragment === undefined) continue;
    if (!containsFragment(text, fragment)) {
      problems.push(`text of ${JSON.stringify(leaf.path)} lost: ${JSON.stringify(leaf.text)} → expected ${JSON.stringify(fragment)} in the parsed Markdown`);
    }
  }

  const counts = countTypes(root);
  // GFM turns literal URLs and e-mail addresses into links after parsing, whatever the escaping (see the README):
  // such a link keeps the text, so it is not counted as structure.
  const autolinks = countAutolinkLiterals(root);
  if (autolinks > 0) counts.set('link', (counts.get('link') ?? 0) - autolinks);
  for (const type of INJECTED) if ((counts.get(type) ?? 0) > 0) problems.push(`user text became a ${type} node (${counts.get(type)})`);
  const tree = countTree(document);
  const headings = counts.get('heading') ?? 0;
  // The title, the body and appendix headings, and at most one heading per appendix.
  if (headings < 1 + tree.headings || headings > 1 + tree.headings + document.appendices.length) {
    problems.push(`${headings} headings in the Markdown, the tree has ${tree.headings} (+ title, + ${document.appendices.length} appendices)`);
  }
  if ((counts.get('thematicBreak') ?? 0) !== document.appendices.length) problems.push(`${counts.get('thematicBreak') ?? 0} thematic breaks for ${document.appendices.length} appendices`);
  if (GFM_SYNTAX) {
    const tables = counts.get('table') ?? 0;
    if (tables !== tree.tables + (header ? 1 : 0)) problems.push(`${tables} tables in the Markdown, the tree has ${tree.tables}${header ? ' + the header' : ''}`);
  }
  return { markdown, problems };
}

// ---------------------------------------------------------------------------------------------
// Property 4: determinism

/**
 * Composing twice gives equal trees and leaves the input untouched; rendering the same tree twice (with
 * another render in between) gives identical .docx bytes and identical Markdown.
 */
export async function checkDeterministic(input: unknown, other?: unknown): Promise<void> {
  const before = snapshot(input);
  const first = composeOrFail(input);
  expect(snapshot(input) === before, 'composeReport mutated its input').toBe(true);
  const second = composeOrFail(structuredClone(input));
  expect(snapshot(second), 'composeReport is not deterministic').toBe(snapshot(first));

  const a = await renderDocx(first.document);
  const md1 = renderMarkdown(first.document);
  if (other !== undefined) {
    const o = composeOrFail(other).document;
    await renderDocx(o);
    renderMarkdown(o, { footnotes: 'inline', header: false });
  }
  const b = await renderDocx(second.document);
  const md2 = renderMarkdown(second.document);
  expect(Buffer.from(a).equals(Buffer.from(b)), '.docx bytes differ between two renders').toBe(true);
  expect(md2, 'Markdown differs between two renders').toBe(md1);
}

/** Cheap part of property 4 (no .docx): compose and Markdown only. */
export function checkDeterministicMarkdown(input: unknown): void {
  const before = snapshot(input);
  const first = composeOrFail(input);
  expect(snapshot(input) === before, 'composeReport mutated its input').toBe(true);
  const second = composeOrFail(structuredClone(input));
  expect(snapshot(second), 'composeReport is not deterministic').toBe(snapshot(first));
  expect(renderMarkdown(second.document), 'Markdown differs between two renders').toBe(renderMarkdown(first.document));
}

/**
 * A canonical text of plain data that tells -0 from 0, NaN, undefined and sparse slots apart and ignores
 * prototypes (fast-check makes null-prototype objects; structuredClone does not keep them).
 */
export function snapshot(value: unknown): string {
  const seen = new Set<object>();
  const walk = (v: unknown): string => {
    if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
    if (typeof v === 'string') return JSON.stringify(v);
    if (v === undefined) return 'undefined';
    if (typeof v === 'bigint') return `${v}n`;
    if (v === null || typeof v !== 'object') return String(v);
    if (seen.has(v)) return '<cycle>';
    seen.add(v);
    const out = Array.isArray(v)
      ? `[${Array.from({ length: v.length }, (_, i) => (i in v ? walk(v[i]) : '<hole>')).join(',')}]`
      : `{${Object.keys(v)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${walk((v as Record<string, unknown>)[k])}`)
          .join(',')}}`;
    seen.delete(v);
    return out;
  };
  return walk(value);
}

/** Forbidden characters in a string, as code points (for messages). */
export function forbiddenCodePoints(text: string): string[] {
  return [...new Set((text.match(FORBIDDEN) ?? []).map((c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`))];
}
