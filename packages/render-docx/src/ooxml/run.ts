/** Runs (`w:r`): text, tabs and line breaks with direct formatting, and footnote references. */
import type { RunFormat } from '../context';
import { halfPoints } from '../style';
import { empty, escapeText, onOff } from './xml';

/**
 * `<w:rPr>` of a run with `format` (bold, italic, size) and superscript; `''` when nothing is set. `false` is
 * written (`<w:b w:val="false"/>`): it overrides a bold paragraph style.
 *
 * @example
 * ```ts
 * runProperties({ bold: true, size: 13 }); // '<w:rPr><w:b/><w:bCs/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr>'
 * ```
 */
export function runProperties(format: RunFormat, superScript?: boolean): string {
  let xml = '';
  if (format.bold !== undefined) xml += onOff('w:b', format.bold) + onOff('w:bCs', format.bold);
  if (format.italic !== undefined) xml += onOff('w:i', format.italic) + onOff('w:iCs', format.italic);
  if (format.size !== undefined) {
    const size = halfPoints(format.size);
    xml += empty('w:sz', { 'w:val': size }) + empty('w:szCs', { 'w:val': size });
  }
  if (superScript === true) xml += '<w:vertAlign w:val="superscript"/>';
  return xml === '' ? '' : `<w:rPr>${xml}</w:rPr>`;
}

/** `<w:t>` keeping its spaces. */
export function textElement(text: string): string {
  return `<w:t xml:space="preserve">${escapeText(text)}</w:t>`;
}

/** A tab character in a run. */
export const TAB = '<w:tab/>';
/** A line break in a run. */
export const BREAK = '<w:br/>';

/** A run with its properties (`''` for none) and content; `<w:r/>` when both are empty. */
export function run(properties: string, content: string): string {
  return properties === '' && content === '' ? '<w:r/>' : `<w:r>${properties}${content}</w:r>`;
}

/**
 * The runs of plain text: one run per line, every line after the first starting with a break; a tab between the
 * parts of a line at its `\t`, empty parts left out. The text must be sanitized (and in capitals when it should).
 *
 * @example
 * ```ts
 * textRuns('a\tb\nc', ''); // '<w:r><w:t …>a</w:t><w:tab/><w:t …>b</w:t></w:r><w:r><w:br/><w:t …>c</w:t></w:r>'
 * ```
 */
export function textRuns(text: string, properties: string): string {
  if (!LINE_OR_TAB.test(text)) return run(properties, text === '' ? '' : textElement(text));
  let xml = '';
  text.split('\n').forEach((line, i) => {
    let content = i > 0 ? BREAK : '';
    line.split('\t').forEach((part, j) => {
      if (j > 0) content += TAB;
      if (part !== '') content += textElement(part);
    });
    xml += run(properties, content);
  });
  return xml;
}

const LINE_OR_TAB = /[\n\t]/;

/** The reference to footnote `id` (superscript by its character style). */
export function footnoteReference(id: number): string {
  return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
}

/** The footnote's own mark, first in its text. */
export const FOOTNOTE_MARK = '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>';
