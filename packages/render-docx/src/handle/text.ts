import type { JsonPath } from '@baocao-khcn/core';
import type { TextNode } from '@baocao-khcn/core/tree';
import { PageNumber, Tab, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import type { RenderContext, RunFormat } from '../context';
import { sanitizeText } from '../sanitize';
import { halfPoints } from '../style';
import { element, empty, shared, type Xml } from '../xml';

/** Capitals as Vietnamese writes them (đ → Đ, ư → Ư …). */
export function upper(text: string): string {
  return text.toLocaleUpperCase('vi-VN');
}

/** A tri-state run flag: the node's own `true` wins, then the format's explicit value, else inherit. */
function flag(own: boolean | undefined, format: boolean | undefined): boolean | undefined {
  if (own === true) return true;
  return format;
}

/** The lines of plain text (`\n`), each split at its tabs (`\t`). */
function lines(text: string, format: RunFormat): string[][] {
  const shown = format.caps === true ? upper(text) : text;
  if (!LINE_OR_TAB.test(shown)) return [[shown]];
  return shown.split('\n').map((line) => line.split('\t'));
}

const LINE_OR_TAB = /[\n\t]/;

/** The docx options of the run of a line (every line after the first starts with a break). */
function runOptions(format: RunFormat, superScript: boolean | undefined, line: number): IRunOptions {
  return {
    ...(line > 0 ? { break: 1 } : {}),
    ...(format.bold !== undefined ? { bold: format.bold } : {}),
    ...(format.italic !== undefined ? { italics: format.italic } : {}),
    ...(format.size !== undefined ? { size: halfPoints(format.size) } : {}),
    ...(superScript === true ? { superScript: true } : {}),
  };
}

/** The children of the run of a line: its parts with a tab between them (empty parts left out). */
function withTabs(parts: readonly string[]): (string | Tab)[] {
  const children: (string | Tab)[] = [];
  parts.forEach((part, j) => {
    if (j > 0) children.push(new Tab());
    if (part !== '') children.push(part);
  });
  return children;
}

/** Runs of plain text (no node): `\n` becomes a line break, `\t` a tab. The text must be sanitized. */
export function plainRuns(text: string, format: RunFormat, superScript?: boolean): TextRun[] {
  return lines(text, format).map((parts, i) => new TextRun({ children: withTabs(parts), ...runOptions(format, superScript, i) }));
}

/** Text docx turns into a field when it is a whole child of a run (`PageNumber.CURRENT` is "CURRENT"). */
const FIELD_TEXTS: ReadonlySet<string> = new Set(Object.values(PageNumber));

const TAB = shared(empty('w:tab'));
const BREAK = shared(empty('w:br'));
const PRESERVE = Object.freeze({ _attr: Object.freeze({ 'xml:space': 'preserve' }) });

function onOff(name: string, value: boolean): Xml {
  return value ? empty(name) : empty(name, { 'w:val': value });
}

/** `<w:rPr>` as docx's `RunProperties` writes the bold, italic and superscript options of {@link runOptions} (none: no element). */
function runProperties(options: IRunOptions): Xml[] {
  const properties: Xml[] = [];
  if (options.bold !== undefined) properties.push(onOff('w:b', options.bold), onOff('w:bCs', options.bold));
  if (options.italics !== undefined) properties.push(onOff('w:i', options.italics), onOff('w:iCs', options.italics));
  if (options.superScript === true) properties.push(empty('w:vertAlign', { 'w:val': 'superscript' }));
  return properties.length > 0 ? [element('w:rPr', properties)] : [];
}

/**
 * {@link plainRuns} as prepared {@link Xml} (the objects docx writes for those runs), for table cells.
 * A line docx would not write as plain text (a part such as "CURRENT", which docx makes a page
 * number field, or a size) stays a docx `TextRun`, so that the output does not change.
 */
export function plainRunsXml(text: string, format: RunFormat, superScript?: boolean): (Xml | TextRun)[] {
  if (format.size !== undefined) return plainRuns(text, format, superScript);
  const properties = runProperties(runOptions(format, superScript, 0));
  return lines(text, format).map((parts, i) => {
    if (parts.some((part) => FIELD_TEXTS.has(part))) return new TextRun({ children: withTabs(parts), ...runOptions(format, superScript, i) });
    const children: unknown[] = [...properties];
    if (i > 0) children.push(BREAK);
    parts.forEach((part, j) => {
      if (j > 0) children.push(TAB);
      if (part !== '') children.push(element('w:t', [PRESERVE, part]));
    });
    return element('w:r', children);
  });
}

/** The run format of a text node in a place with `format`. */
function formatOf(node: TextNode, format: RunFormat): RunFormat {
  if (node.bold !== true && node.italic !== true) return format;
  return { ...format, bold: flag(node.bold, format.bold), italic: flag(node.italic, format.italic) };
}

/**
 * A text node → runs. Bold/italic/superscript come from the node; the format adds the place's own
 * formatting (a bold table cell, a heading in capitals …).
 *
 * @example
 * ```ts
 * text({ type: 'text', text: 'Quản lý 50', bold: true }, ctx, ['body', 3, 'children', 0], {});
 * // [TextRun <w:b/> "Quản lý 50"]
 * ```
 */
export function text(node: TextNode, ctx: RenderContext, path: JsonPath, format: RunFormat): ParagraphChild[] {
  const clean = sanitizeText(node.text, [...path, 'text'], ctx.report);
  return plainRuns(clean, formatOf(node, format), node.superscript);
}

/** {@link text} as prepared runs, for table cells. */
export function textXml(node: TextNode, ctx: RenderContext, path: JsonPath, format: RunFormat): (Xml | TextRun)[] {
  const clean = sanitizeText(node.text, [...path, 'text'], ctx.report);
  return plainRunsXml(clean, formatOf(node, format), node.superscript);
}
