import type { JsonPath } from '@baocao-khcn/core';
import type { TextNode } from '@baocao-khcn/core/tree';
import type { RenderContext, RunFormat } from '../context';
import { runProperties, textRuns } from '../ooxml/run';
import { sanitizeText } from '../sanitize';

/** Capitals as Vietnamese writes them (đ → Đ, ư → Ư …). */
export function upper(text: string): string {
  return text.toLocaleUpperCase('vi-VN');
}

/** A tri-state run flag: the node's own `true` wins, then the format's explicit value, else inherit. */
function flag(own: boolean | undefined, format: boolean | undefined): boolean | undefined {
  if (own === true) return true;
  return format;
}

/**
 * Runs of plain text (no node), as WordprocessingML: `\n` becomes a line break, `\t` a tab. The text must be
 * sanitized.
 *
 * @example
 * ```ts
 * plainRuns('Số: 05', { size: 13 }); // '<w:r><w:rPr><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr><w:t xml:space="preserve">Số: 05</w:t></w:r>'
 * ```
 */
export function plainRuns(text: string, format: RunFormat, superScript?: boolean): string {
  return textRuns(format.caps === true ? upper(text) : text, runProperties(format, superScript));
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
 * // '<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">Quản lý 50</w:t></w:r>'
 * ```
 */
export function text(node: TextNode, ctx: RenderContext, path: JsonPath, format: RunFormat): string {
  const clean = sanitizeText(node.text, [...path, 'text'], ctx.report);
  return plainRuns(clean, formatOf(node, format), node.superscript);
}
