import type { JsonPath } from '@baocao-khcn/core';
import type { HeadingNode } from '@baocao-khcn/core/tree';
import type { RenderContext, RunFormat } from '../context';
import { paragraphProperties } from '../ooxml/paragraph';
import { BREAK, run as runXml } from '../ooxml/run';
import { sanitizeText } from '../sanitize';
import { HEADING_FORMATS, ND30, STYLE_IDS, type HeadingFormat } from '../style';
import { inlines } from './inline';
import { plainRuns } from './text';

/** The Word heading level (1–9) of a tree heading. */
export function headingLevel(level: number): number {
  return Math.min(ND30.heading.maxLevel, Math.max(1, Math.trunc(Number.isFinite(level) ? level : 1)));
}

/** The ND 30 format of a number style (unknown styles look like `none`). */
export function headingFormat(style: string): HeadingFormat {
  return Object.hasOwn(HEADING_FORMATS, style) ? HEADING_FORMATS[style as keyof typeof HEADING_FORMATS] : HEADING_FORMATS.none;
}

/**
 * A heading → a paragraph in the named style `Heading N` (N = depth, so Word's Navigation pane and
 * outline work). The style carries the ND 30 format of the number style first met at that depth;
 * a heading whose number style differs gets the difference as direct formatting. `Phần I` headings
 * are centred with the title in capitals on the next line.
 *
 * @example
 * ```ts
 * heading({ type: 'heading', level: 2, style: 'arabic', number: '1.', children: [{ type: 'text', text: 'Công tác tham mưu' }] }, ctx, ['body', 4]);
 * // <w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr> … "1. Công tác tham mưu"
 * ```
 */
export function heading(node: HeadingNode, ctx: RenderContext, path: JsonPath): void {
  const level = headingLevel(node.level);
  const own = headingFormat(node.style);
  const styled = headingFormat(ctx.headingStyles.get(level) ?? node.style);
  const run: RunFormat = {
    ...(own.bold !== styled.bold ? { bold: own.bold } : {}),
    ...(own.italic !== styled.italic ? { italic: own.italic } : {}),
  };
  const number = sanitizeText(node.number, [...path, 'number'], ctx.report);
  const title = inlines(node.children, ctx, [...path, 'children'], { ...run, caps: own.caps });
  let runs = '';
  if (number !== '') {
    runs += plainRuns(own.centred ? number : `${number} `, run);
    if (own.centred && title !== '') runs += runXml('', BREAK);
  }
  runs += title;
  const layoutDiffers = own.centred !== styled.centred;
  const properties = paragraphProperties({
    style: STYLE_IDS.heading(level),
    ...(layoutDiffers
      ? own.centred
        ? { alignment: 'center', indent: { firstLine: 0 } }
        : { alignment: 'both', indent: { firstLine: ctx.layout.firstLineTwips } }
      : {}),
  });
  ctx.body.paragraph(properties, runs);
}
