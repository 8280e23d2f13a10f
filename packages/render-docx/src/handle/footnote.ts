import type { JsonPath } from '@baocao-khcn/core';
import type { FootnoteNode } from '@baocao-khcn/core/tree';
import { FootnoteReferenceRun, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { RenderContext } from '../context';
import { STYLE_IDS } from '../style';
import { text } from './text';

/**
 * A footnote node → a superscript reference to a real Word footnote whose id is `node.number`
 * (Word numbers the marks itself, continuously, in the order of the references).
 *
 * @example
 * ```ts
 * footnote({ type: 'footnote', number: 1, children: [{ type: 'text', text: 'Trong đó: …' }] }, ctx, path);
 * // [<w:footnoteReference w:id="1"/>] and footnotes.xml gets footnote 1
 * ```
 */
export function footnote(node: FootnoteNode, ctx: RenderContext, path: JsonPath): ParagraphChild[] {
  const id = ctx.footnotes.add(node, path, () => [
    new Paragraph({
      style: STYLE_IDS.footnoteText,
      // docx puts the footnote mark first; a space separates it from the text, as Word does.
      children: [new TextRun(' '), ...node.children.flatMap((child, i) => text(child, ctx, [...path, 'children', i], {}))],
    }),
  ]);
  return [new FootnoteReferenceRun(id)];
}
