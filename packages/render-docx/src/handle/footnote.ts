import type { JsonPath } from '@baocao-khcn/core';
import type { FootnoteNode } from '@baocao-khcn/core/tree';
import type { RenderContext } from '../context';
import { footnoteReference, run, textElement } from '../ooxml/run';
import { text } from './text';

/**
 * A footnote node → a superscript reference to a real Word footnote whose id is `node.number`
 * (Word numbers the marks itself, continuously, in the order of the references).
 *
 * @example
 * ```ts
 * footnote({ type: 'footnote', number: 1, children: [{ type: 'text', text: 'Trong đó: …' }] }, ctx, path);
 * // '<w:r>…<w:footnoteReference w:id="1"/></w:r>' and footnotes.xml gets footnote 1
 * ```
 */
export function footnote(node: FootnoteNode, ctx: RenderContext, path: JsonPath): string {
  const id = ctx.footnotes.add(
    node,
    path,
    // The footnote mark comes first; a space separates it from the text, as Word does.
    () => run('', textElement(' ')) + node.children.map((child, i) => text(child, ctx, [...path, 'children', i], {})).join(''),
  );
  return footnoteReference(id);
}
