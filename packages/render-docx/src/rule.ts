import { paragraphProperties } from './ooxml/paragraph';
import { ND30, STYLE_IDS } from './style';

/**
 * A short horizontal rule centred in a box `containerTwips` wide: the properties of an empty, very low paragraph
 * whose bottom border is `lengthTwips` long (its left and right indents take the rest). Word and LibreOffice both
 * draw paragraph borders, and a clerk can lengthen it by dragging the indents.
 *
 * @example
 * ```ts
 * ruleParagraph(1590, 4116); // a 2.8 cm rule centred in a 7.3 cm column:
 * // '<w:pStyle w:val="NDRule"/><w:pBdr><w:bottom w:val="single" …/></w:pBdr><w:ind w:left="1263" w:right="1263" w:firstLine="0"/>'
 * ```
 */
export function ruleParagraph(lengthTwips: number, containerTwips: number): string {
  const length = Math.max(0, Math.min(Math.round(lengthTwips), containerTwips));
  const side = Math.floor((containerTwips - length) / 2);
  return paragraphProperties({
    style: STYLE_IDS.rule,
    bottomBorder: { size: ND30.rule.size },
    indent: { left: side, right: containerTwips - length - side, firstLine: 0 },
  });
}
