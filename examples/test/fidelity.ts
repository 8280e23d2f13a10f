/** Helpers of the fidelity tests: compare a rebuilt report with the plain-text seed it comes from. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffArrays } from 'diff';
import { composeReport, type Diagnostic, type Profile, type ReportDocument } from '@baocao-khcn/core';
import { renderMarkdown } from '@baocao-khcn/render-md';
import { allSections } from '@baocao-khcn/sections';
import { describe } from 'vitest';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * The seed texts: `BAOCAO_SEEDS` when set, else `shared/seeds` beside the repository (as in CI). A fresh clone has
 * no seeds beside it: the fidelity tests then report themselves skipped (the golden files still guard the output).
 */
export const seedsDir = process.env['BAOCAO_SEEDS'] ? resolve(process.env['BAOCAO_SEEDS']) : resolve(repoRoot, '../shared/seeds');

/** Why the fidelity tests of a seed cannot run here, or `undefined` when its text is present. */
export function seedSkipReason(file: string): string | undefined {
  return existsSync(join(seedsDir, file)) ? undefined : `seed text ${file} not found in ${seedsDir} (set BAOCAO_SEEDS to the folder of the seeds)`;
}

/** The seed's text (NFC), or '' when it is not present (its tests are skipped, see {@link describeSeed}). */
export function loadSeed(file: string): string {
  return seedSkipReason(file) === undefined ? readFileSync(join(seedsDir, file), 'utf8').normalize('NFC') : '';
}

/** `describe` for the tests that compare an example with its seed: skipped, with the reason in its name, without the seed. */
export function describeSeed(file: string, name: string, tests: () => void): void {
  const reason = seedSkipReason(file);
  if (reason === undefined) describe(name, tests);
  else describe.skip(`${name} — skipped: ${reason}`, tests);
}

/** Runs of white space collapsed to one space, ends trimmed. */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** What a fidelity test compares: the seed, the example rebuilt from it with every section, and its Markdown. */
export type Rebuilt = {
  seed: string;
  /** The seed's non-empty lines, each cleaned by `clean` (default {@link squash}). */
  seedLines: string[];
  document: ReportDocument;
  diagnostics: Diagnostic[];
  markdown: string;
  /** Footnote texts at their markers, in parentheses: where the seed prints them (near the marker, at the page bottom). */
  markdownInline: string;
};

/** Loads a seed and composes its example (profile + typed report) with all sections, through the public API only. */
export function rebuild(seedFile: string, profile: Profile, report: unknown, clean: (line: string) => string = squash): Rebuilt {
  const seed = loadSeed(seedFile);
  const { document, diagnostics } = composeReport(report, { profile, sections: allSections });
  return {
    seed,
    seedLines: seed.split('\n').map(clean).filter((l) => l !== ''),
    document,
    diagnostics,
    markdown: renderMarkdown(document),
    markdownInline: renderMarkdown(document, { footnotes: 'inline' }),
  };
}

/** Removes extraction artefacts that are not words of the report: footnote markers, markup of the extraction. */
export function stripArtefacts(text: string): string {
  return text
    .normalize('NFC')
    .replace(/<sup>\s*\d+\s*<\/sup>/g, ' ')
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, ' ')
    .replace(/\[\^\d+\]:?/g, ' ');
}

/** Lower-case word tokens (letters and digits), in order. */
export function words(text: string): string[] {
  return stripArtefacts(text).toLocaleLowerCase('vi').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Numbers as written: counts, amounts (1.119, 66.769,9), percentages, dates (03/8/2022), ratios (32/33). */
export function numbers(text: string): string[] {
  const found = stripArtefacts(text).match(/\d+(?:[.,/]\d+)*%?/g) ?? [];
  return [...new Set(found.map((n) => n.replace(/[.,/]$/, '')))];
}

/** Numbers of the seed missing from the output, and coverage. */
export function numberCoverage(seed: string, output: string): { coverage: number; missing: string[]; total: number } {
  const have = new Set(numbers(output));
  const outText = stripArtefacts(output);
  const expected = numbers(seed);
  const missing = expected.filter((n) => !have.has(n) && !outText.includes(n));
  return { coverage: expected.length === 0 ? 1 : 1 - missing.length / expected.length, missing, total: expected.length };
}

/** Order-aware word coverage: the share of the seed's words found, in order, in the output (Myers diff). */
export function wordCoverage(seed: string, output: string): { coverage: number; missing: string[] } {
  const a = words(seed);
  const b = words(output);
  let common = 0;
  const missing: string[] = [];
  for (const part of diffArrays(a, b)) {
    if (part.removed) missing.push(...part.value);
    else if (!part.added) common += part.value.length;
  }
  return { coverage: a.length === 0 ? 1 : common / a.length, missing };
}

/** The document's headings as `number title`. */
export function headingSequence(document: ReportDocument): string[] {
  return document.body
    .filter((b) => b.type === 'heading')
    .map((h) => (h.type === 'heading' ? `${h.number} ${h.children.map((c) => (c.type === 'text' ? c.text : '')).join('')}`.trim() : ''));
}

/** All text of a document tree in reading order (header, title, body with footnotes, signature, Nơi nhận, appendices). */
export function documentText(document: ReportDocument): string {
  const inline = (nodes: readonly { type: string; text?: string; children?: unknown[] }[]): string =>
    nodes.map((n) => (n.type === 'text' ? (n.text ?? '') : ` ${inline((n.children ?? []) as never)} `)).join('');
  const blocks = (list: ReportDocument['body']): string[] =>
    list.flatMap((b) => {
      switch (b.type) {
        case 'heading':
          return [`${b.number} ${inline(b.children)}`];
        case 'paragraph':
          return [inline(b.children)];
        case 'list': {
          const items = (xs: typeof b.items): string[] => xs.flatMap((i) => [`${i.marker} ${inline(i.children)}`, ...items(i.items)]);
          return items(b.items);
        }
        case 'table':
          return [...b.headerRows, ...b.rows].map((r) => r.cells.map((c) => c.paragraphs.map(inline).join(' ')).join(' | '));
      }
    });
  const h = document.header;
  return [
    h.parentAgency ?? '', h.agency, h.numberLine, h.nationalTitle, h.motto, h.dateLine,
    document.title, inline(document.subject), ...document.to.map((t) => `Kính gửi: ${t}`),
    ...blocks(document.body),
    document.recipients.label, document.recipients.note ?? '', ...document.recipients.items.map((i) => `- ${i}`),
    ...document.signature.lines, document.signature.name,
    ...document.appendices.flatMap((a) => [a.label ?? '', inline(a.title), inline(a.subtitle ?? []), ...blocks(a.blocks)]),
  ].join('\n');
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * The seed with each page-bottom footnote moved to its marker, in parentheses — where
 * `renderMarkdown(document, { footnotes: 'inline' })` prints it. A footnote is a paragraph starting with superscript
 * digits ("¹ Trong đó: …"); paragraphs matching `continues` right after it belong to it. The seed's words are kept;
 * only their order changes (the extraction put footnotes where the pages ended, even inside a sentence).
 */
export function footnotesInPlace(text: string, options: { continues?: RegExp } = {}): { text: string; notes: number } {
  const notes = new Map<number, string[]>();
  const body: string[] = [];
  let current: string[] | undefined;
  for (const paragraph of text.split(/\n\s*\n/)) {
    const start = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+) (.*)$/su.exec(paragraph.trim());
    if (start) {
      current = [start[2] ?? ''];
      notes.set(Number([...(start[1] ?? '')].map((c) => SUPERSCRIPT.indexOf(c)).join('')), current);
    } else if (current && options.continues?.test(paragraph.trim())) current.push(paragraph.trim());
    else {
      current = undefined;
      body.push(paragraph);
    }
  }
  let out = body.join('\n\n');
  for (const [n, parts] of [...notes].sort(([a], [b]) => a - b)) {
    const marker = [...String(n)].map((d) => SUPERSCRIPT[Number(d)]).join('');
    // The marker alone, not part of a longer one ("¹" is not the start of "¹⁰").
    const at = out.search(new RegExp(`(?<![${SUPERSCRIPT}])${marker}(?![${SUPERSCRIPT}])`, 'u'));
    if (at < 0) throw new Error(`footnote marker ${n} not found`);
    out = `${out.slice(0, at)} (${parts.join(' ')})${out.slice(at + marker.length)}`;
  }
  return { text: out, notes: notes.size };
}
