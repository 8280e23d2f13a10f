import type { JsonPath } from '@baocao-khcn/core';
import type { ListItemNode, ListNode } from '@baocao-khcn/core/tree';
import type { RenderContext } from '../context';
import { paragraphProperties } from '../ooxml/paragraph';
import { run, TAB, textElement } from '../ooxml/run';
import { sanitizeText } from '../sanitize';
import { ND30, STYLE_IDS } from '../style';
import { inlines } from './inline';

function item(node: ListItemNode, depth: number, ctx: RenderContext, path: JsonPath): void {
  const markerAt = ctx.layout.firstLineTwips + depth * ND30.list.levelStepTwips;
  const textAt = markerAt + ND30.list.hangingTwips;
  const marker = sanitizeText(node.marker, [...path, 'marker'], ctx.report);
  const properties = paragraphProperties({ style: STYLE_IDS.list, tabStop: textAt, indent: { left: textAt, hanging: ND30.list.hangingTwips } });
  ctx.body.paragraph(properties, run('', textElement(marker) + TAB) + inlines(node.children, ctx, [...path, 'children']));
  node.items.forEach((child, i) => item(child, depth + 1, ctx, [...path, 'items', i]));
}

/**
 * A list → one paragraph per item, the text marker (`-`, `+`) written out, then a tab to a hanging
 * indent: the marker sits at the body's first-line indent (one step deeper per level) and the
 * wrapped lines line up with the text. No Word numbering definitions.
 *
 * @example
 * ```ts
 * list({ type: 'list', items: [{ marker: '-', children: [{ type: 'text', text: 'Như trên;' }], items: [] }] }, ctx, ['body', 5]);
 * // <w:ind w:left="1004" w:hanging="284"/> "-" <w:tab/> "Như trên;"
 * ```
 */
export function list(node: ListNode, ctx: RenderContext, path: JsonPath): void {
  node.items.forEach((child, i) => item(child, 0, ctx, [...path, 'items', i]));
}
