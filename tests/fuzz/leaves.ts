/**
 * The oracle of property 3 ("nothing is lost silently"), written from the model and the documentation,
 * independently of the renderers:
 *
 * - `printedLeaves(input)` lists every text leaf of a report input that the document prints, with its JSON
 *   path, following the model (subject, Kính gửi, basis through the opening template, opening, parts, section
 *   data, closing, signer, recipients, appendices, agency overrides and the document number in the header).
 * - `expectedFragment(leaf)` applies the documented normalisation: core's `cleanText` (forbidden characters
 *   removed, `\r\n`/`\r` → `\n`, NFC), capitals where the document prints capitals, then render-md's whitespace
 *   rules: `\t` → space, spaces trimmed at the ends of every line, empty lines dropped; the remaining lines
 *   join with a hard break (paragraphs) or one space (headings, table cells) — both read back as one space.
 */
import type { JsonPath } from '@baocao-khcn/core';
import { cleanText } from '@baocao-khcn/core/plugin';

/**
 * Characters XML 1.0 forbids and lone surrogates (SECURITY.md), written independently of core: they must never
 * reach an output. (core's `cleanText` may remove more, e.g. C1 controls and noncharacters.)
 */
// eslint-disable-next-line no-control-regex
export const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Whether the documented normalisation removes characters from `text`: core's `cleanText` (the public
 * function that documents it) gives less than `\r\n`/`\r` → `\n` and NFC alone would. Such a leaf must be
 * reported as `text/forbidden-char`. Every character XML 1.0 forbids counts, whatever cleanText does.
 */
export function hasForbidden(text: string): boolean {
  return text.search(FORBIDDEN) !== -1 || clean(text) !== text.replace(/\r\n?/g, '\n').normalize('NFC');
}

/** A text leaf that the document prints. */
export type Leaf = {
  path: JsonPath;
  text: string;
  /** Printed in capitals (agency names, signature lines). */
  upper?: boolean;
  /** Trimmed (JS `trim`) by the code that prints it (place, codes, number). */
  trim?: boolean;
  /** Printed in the header block (absent from Markdown rendered with `header: false`). */
  header?: boolean;
  /**
   * Where a `text/forbidden-char` diagnostic for this leaf may point: its own path (default), or any path
   * under `diagnosticPrefix` (text produced by a section plugin is reported at the section's data).
   */
  diagnosticPrefix?: JsonPath;
};

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
type Mode = 'results' | 'plans';

/** Walks a report input (the shape the generators make) and lists the leaves the document prints. */
export function printedLeaves(input: unknown): Leaf[] {
  const report = input as Json;
  const out: Leaf[] = [];
  const leaf = (path: JsonPath, text: unknown, extra: Partial<Leaf> = {}) => {
    if (typeof text === 'string') out.push({ path, text, ...extra });
  };

  const rich = (value: unknown, path: JsonPath, extra: Partial<Leaf> = {}) => {
    if (typeof value === 'string') return leaf(path, value, extra);
    if (!Array.isArray(value)) return;
    value.forEach((inline, i) => {
      const p = [...path, i];
      if (typeof inline === 'string') leaf(p, inline, extra);
      else if (isObject(inline) && inline.type === 'text') leaf([...p, 'text'], inline.text, extra);
      else if (isObject(inline) && inline.type === 'figure') {
        // formatFigure prints the unit only when it is truthy, then the words.
        if (inline.unit) leaf([...p, 'unit'], inline.unit, extra);
        if (inline.words) leaf([...p, 'words'], inline.words, extra);
      } else if (isObject(inline) && inline.type === 'footnote') rich(inline.content, [...p, 'content'], extra);
    });
  };

  const sectionData = (data: unknown, path: JsonPath, mode: Mode) => {
    if (!isObject(data)) return;
    const extra = { diagnosticPrefix: path };
    if (mode === 'results') {
      rich(data.summary, [...path, 'summary'], extra);
      (data.items as unknown[] | undefined)?.forEach((item, i) => leaf([...path, 'items', i], item, extra));
    } else {
      (data.plans as unknown[] | undefined)?.forEach((item, i) => leaf([...path, 'plans', i], item, extra));
    }
  };

  const shared = isObject(report.sections) ? report.sections['fuzz-muc'] : undefined;

  const listItems = (items: unknown[], path: JsonPath) =>
    items.forEach((item, j) => {
      if (typeof item === 'string' || Array.isArray(item)) return rich(item, [...path, j]);
      if (isObject(item)) {
        rich(item.content, [...path, j, 'content']);
        if (Array.isArray(item.items)) listItems(item.items, [...path, j, 'items']);
      }
    });

  const cells = (row: unknown, path: JsonPath) => {
    const list = Array.isArray(row) ? row : isObject(row) && Array.isArray(row.cells) ? row.cells : [];
    const base = Array.isArray(row) ? path : [...path, 'cells'];
    list.forEach((cell, c) => {
      if (typeof cell === 'string' || Array.isArray(cell)) return rich(cell, [...base, c]);
      if (!isObject(cell)) return;
      const content = cell.content;
      // Rich text, or paragraphs (each a string or an inline array): a string item is printed either way.
      if (Array.isArray(content) && content.some((x) => Array.isArray(x))) content.forEach((para, k) => rich(para, [...base, c, 'content', k]));
      else rich(content, [...base, c, 'content']);
    });
  };

  const blocks = (list: unknown, path: JsonPath, mode: Mode) => {
    if (!Array.isArray(list)) return;
    list.forEach((block, i) => {
      const p = [...path, i];
      if (typeof block === 'string' || Array.isArray(block)) return rich(block, p);
      if (!isObject(block)) return;
      switch (block.type) {
        case 'paragraph':
          return rich(block.content, [...p, 'content']);
        case 'list':
          return listItems(block.items as unknown[], [...p, 'items']);
        case 'table': {
          if (block.caption !== undefined) rich(block.caption, [...p, 'caption']);
          const columns = block.columns as Json[];
          // Column titles make the header row only when there are no explicit header rows.
          if (block.headerRows === undefined) columns.forEach((c, j) => rich(c.title, [...p, 'columns', j, 'title']));
          ((block.headerRows as unknown[] | undefined) ?? []).forEach((row, r) => cells(row, [...p, 'headerRows', r]));
          (block.rows as unknown[]).forEach((row, r) => cells(row, [...p, 'rows', r]));
          return;
        }
        case 'heading':
          rich(block.title, [...p, 'title']);
          return blocks(block.content, [...p, 'content'], mode);
        case 'section': {
          // Data in place, else the report's `sections` data; without data the section is refused (schema) and prints nothing.
          const data = block.data !== undefined ? block.data : shared;
          if (data === undefined) return;
          if (block.heading !== false && block.title !== undefined) rich(block.title, [...p, 'title']);
          sectionData(data, block.data !== undefined ? [...p, 'data'] : ['sections', 'fuzz-muc'], mode);
          return;
        }
      }
    });
  };

  // Header (agency overrides, number).
  const agency = isObject(report.agency) ? report.agency : {};
  if (agency.name !== undefined) leaf(['agency', 'name'], agency.name, { upper: true, header: true });
  if (agency.parent) leaf(['agency', 'parent'], agency.parent, { upper: true, header: true });
  if (agency.place !== undefined) leaf(['agency', 'place'], agency.place, { trim: true, header: true });
  if (agency.code !== undefined) leaf(['agency', 'code'], agency.code, { trim: true, header: true });
  if (typeof report.number === 'string') leaf(['number'], report.number, { trim: true, header: true });

  // Title block.
  if (report.subject !== undefined) rich(report.subject, ['subject']);
  (report.to as unknown[] | undefined)?.forEach((name, i) => leaf(['to', i], name, { trim: true }));

  // Opening: given, or the profile's template "Thực hiện {{basisText}}, {{agency.shortName}} báo cáo như sau:".
  if (report.opening !== undefined) blocks(report.opening, ['opening'], 'results');
  else {
    (report.basis as Json[] | undefined)?.forEach((doc, i) => {
      if (doc.kind) leaf(['basis', i, 'kind'], doc.kind);
      leaf(['basis', i, 'number'], doc.number);
      if (doc.issuer) leaf(['basis', i, 'issuer'], doc.issuer);
      if (doc.subject) leaf(['basis', i, 'subject'], doc.subject);
    });
    if (typeof agency.shortName === 'string') leaf(['agency', 'shortName'], agency.shortName);
  }
  if (report.closing !== undefined) blocks(report.closing, ['closing'], 'results');
  else if (typeof agency.shortName === 'string') leaf(['agency', 'shortName'], agency.shortName);

  // Body parts.
  (report.body as Json[]).forEach((part, i) => {
    const mode: Mode = part.part === 'plans' ? 'plans' : 'results';
    if (part.title !== undefined) rich(part.title, ['body', i, 'title']);
    const content = part.content as unknown[] | undefined;
    if (content !== undefined && content.length > 0) blocks(content, ['body', i, 'content'], mode);
    else if (part.part !== 'general' && shared !== undefined) sectionData(shared, ['sections', 'fuzz-muc'], mode);
  });

  // Signature.
  const signer = report.signer as Json;
  const mode = signer.mode ?? 'direct';
  leaf(['signer', 'title'], signer.title, { upper: true });
  if (mode !== 'direct' && mode !== 'Q') {
    // The line `KT. X` is trimmed as a whole.
    if (signer.for !== undefined) leaf(['signer', 'for'], signer.for, { upper: true, trim: true });
    if (signer.on) leaf(['signer', 'on'], signer.on, { upper: true });
  }
  leaf(['signer', 'name'], signer.name);

  // Nơi nhận.
  const recipients = report.recipients as Json;
  if (recipients.note) leaf(['recipients', 'note'], recipients.note);
  (recipients.items as unknown[]).forEach((item, i) => leaf(['recipients', 'items', i], item));

  // Appendices.
  ((report.appendices as Json[] | undefined) ?? []).forEach((appendix, i) => {
    if (appendix.label) leaf(['appendices', i, 'label'], appendix.label, { trim: true });
    rich(appendix.title, ['appendices', i, 'title']);
    if (appendix.subtitle !== undefined) rich(appendix.subtitle, ['appendices', i, 'subtitle']);
    blocks(appendix.content, ['appendices', i, 'content'], 'results');
  });
  return out;
}

/**
 * The documented cleaning: core's `cleanText` (characters XML 1.0 forbids — and whatever else it documents —
 * removed, `\r\n`/`\r` → `\n`, NFC). The XML 1.0 ones are removed here in any case, so that a cleanText that
 * kept one could not make the oracle expect it in the output.
 */
export function clean(text: string): string {
  return cleanText(text).replace(FORBIDDEN, '').normalize('NFC');
}

/**
 * The text a leaf must show in the parsed Markdown (see the module comment), or `undefined` when it
 * holds nothing visible (only whitespace after normalisation).
 */
export function expectedFragment(leaf: Leaf): string | undefined {
  let text = clean(leaf.text);
  if (leaf.upper) text = text.toLocaleUpperCase('vi');
  if (leaf.trim) text = text.trim();
  const lines = text
    .replace(/\t/g, ' ')
    .split('\n')
    .map((line) => line.replace(/^ +| +$/g, ''))
    .filter((line) => line !== '');
  const fragment = lines.join(' ');
  return /^\s*$/u.test(fragment) ? undefined : fragment;
}

const EDGE_MARKS = /^\p{M}+|\p{M}+$/gu;


/**
 * Whether `fragment` appears in `haystack`, compared in NFD. Combining marks at the very start or end of a
 * leaf may compose or reorder with the neighbouring leaf (NFC of the whole run), so they are only required
 * to appear somewhere; the rest of the leaf must appear as one piece.
 */
export function containsFragment(haystackNfd: string, fragment: string): boolean {
  const nfd = fragment.normalize('NFD');
  const core = nfd.replace(EDGE_MARKS, '');
  const marks = [...(nfd.match(EDGE_MARKS) ?? []).join('')];
  if (core !== '' && !haystackNfd.includes(core)) return false;
  return marks.every((mark) => haystackNfd.includes(mark));
}
