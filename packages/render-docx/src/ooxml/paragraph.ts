/** Paragraphs (`w:p`) and their properties, in the order WordprocessingML (CT_PPr) gives them. */
import type { Alignment } from '@baocao-khcn/core/tree';
import { empty } from './xml';

/** `w:jc` values. */
export type Justification = 'both' | 'center' | 'left' | 'right';

/** Tree alignment → `w:jc` (`justify` is `both`). */
export function justification(align: Alignment | undefined): Justification {
  return align === 'center' || align === 'left' || align === 'right' ? align : 'both';
}

/** Twips. */
type Indent = { readonly left?: number; readonly right?: number; readonly hanging?: number; readonly firstLine?: number };

/** The paragraph properties the renderer writes (twips; `border` is the bottom border of a rule). */
export type ParagraphProps = {
  readonly style?: string;
  readonly keepNext?: boolean;
  readonly keepLines?: boolean;
  readonly bottomBorder?: { readonly size: number };
  readonly tabStop?: number;
  readonly spacing?: { readonly before?: number; readonly after?: number; readonly line?: number; readonly lineRule?: 'auto' | 'exact' };
  readonly indent?: Indent;
  readonly alignment?: Justification;
  readonly outlineLevel?: number;
};

/**
 * The content of `<w:pPr>` (without the element): `''` when no property is set.
 *
 * @example
 * ```ts
 * paragraphProperties({ style: 'NDTo', spacing: { before: 240 }, alignment: 'left' });
 * // '<w:pStyle w:val="NDTo"/><w:spacing w:before="240"/><w:jc w:val="left"/>'
 * ```
 */
export function paragraphProperties(p: ParagraphProps): string {
  let xml = '';
  if (p.style !== undefined) xml += empty('w:pStyle', { 'w:val': p.style });
  if (p.keepNext === true) xml += '<w:keepNext/>';
  if (p.keepLines === true) xml += '<w:keepLines/>';
  if (p.bottomBorder !== undefined) {
    xml += `<w:pBdr>${empty('w:bottom', { 'w:val': 'single', 'w:color': '000000', 'w:sz': p.bottomBorder.size, 'w:space': 0 })}</w:pBdr>`;
  }
  if (p.tabStop !== undefined) xml += `<w:tabs>${empty('w:tab', { 'w:val': 'left', 'w:pos': p.tabStop })}</w:tabs>`;
  if (p.spacing !== undefined) xml += spacing(p.spacing);
  if (p.indent !== undefined) xml += indent(p.indent);
  if (p.alignment !== undefined) xml += empty('w:jc', { 'w:val': p.alignment });
  if (p.outlineLevel !== undefined) xml += empty('w:outlineLvl', { 'w:val': p.outlineLevel });
  return xml;
}

/** `<w:spacing>` with the attributes set, in Word's order. */
export function spacing(s: NonNullable<ParagraphProps['spacing']>): string {
  const attributes: Record<string, number | string> = {};
  if (s.after !== undefined) attributes['w:after'] = s.after;
  if (s.before !== undefined) attributes['w:before'] = s.before;
  if (s.line !== undefined) attributes['w:line'] = s.line;
  if (s.lineRule !== undefined) attributes['w:lineRule'] = s.lineRule;
  return empty('w:spacing', attributes);
}

/** `<w:ind>` with the attributes set, in Word's order. */
export function indent(i: Indent): string {
  const attributes: Record<string, number> = {};
  if (i.left !== undefined) attributes['w:left'] = i.left;
  if (i.right !== undefined) attributes['w:right'] = i.right;
  if (i.hanging !== undefined) attributes['w:hanging'] = i.hanging;
  if (i.firstLine !== undefined) attributes['w:firstLine'] = i.firstLine;
  return empty('w:ind', attributes);
}

/**
 * A paragraph from the content of its properties (see {@link paragraphProperties}) and its runs.
 *
 * @example
 * ```ts
 * paragraphXml('', ''); // '<w:p/>'
 * ```
 */
export function paragraphXml(properties: string, runs: string): string {
  if (properties === '' && runs === '') return '<w:p/>';
  return `<w:p>${properties === '' ? '' : `<w:pPr>${properties}</w:pPr>`}${runs}</w:p>`;
}
