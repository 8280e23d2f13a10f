import type { JsonPath, TextNode } from '@baocao-khcn/core';
import { Tab, TextRun, type ParagraphChild } from 'docx';
import type { RenderContext, RunFormat } from '../context';
import { sanitizeText } from '../sanitize';
import { halfPoints } from '../style';

/** Capitals as Vietnamese writes them (đ → Đ, ư → Ư …). */
export function upper(text: string): string {
  return text.toLocaleUpperCase('vi-VN');
}

/** A tri-state run flag: the node's own `true` wins, then the format's explicit value, else inherit. */
function flag(own: boolean | undefined, format: boolean | undefined): boolean | undefined {
  if (own === true) return true;
  return format;
}

/** Runs of plain text (no node): `\n` becomes a line break, `\t` a tab. The text must be sanitized. */
export function plainRuns(text: string, format: RunFormat, superScript?: boolean): TextRun[] {
  const shown = format.caps === true ? upper(text) : text;
  return shown.split('\n').map((line, i) => {
    const parts = line.split('\t');
    const children: (string | Tab)[] = [];
    parts.forEach((part, j) => {
      if (j > 0) children.push(new Tab());
      if (part !== '') children.push(part);
    });
    return new TextRun({
      children,
      ...(i > 0 ? { break: 1 } : {}),
      ...(format.bold !== undefined ? { bold: format.bold } : {}),
      ...(format.italic !== undefined ? { italics: format.italic } : {}),
      ...(format.size !== undefined ? { size: halfPoints(format.size) } : {}),
      ...(superScript === true ? { superScript: true } : {}),
    });
  });
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
  const merged: RunFormat = {
    ...format,
    bold: flag(node.bold, format.bold),
    italic: flag(node.italic, format.italic),
  };
  return plainRuns(clean, merged, node.superscript);
}
