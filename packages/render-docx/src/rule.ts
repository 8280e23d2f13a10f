import { BorderStyle, Paragraph } from 'docx';
import { ND30, STYLE_IDS } from './style';

/**
 * A short horizontal rule centred in a box `containerTwips` wide: an empty, very low paragraph whose
 * bottom border is `lengthTwips` long (its left and right indents take the rest). Word and
 * LibreOffice both draw paragraph borders, and a clerk can lengthen it by dragging the indents.
 *
 * @example
 * ```ts
 * ruleParagraph(1590, 4116); // a 2.8 cm rule centred in a 7.3 cm column
 * ```
 */
export function ruleParagraph(lengthTwips: number, containerTwips: number): Paragraph {
  const length = Math.max(0, Math.min(Math.round(lengthTwips), containerTwips));
  const side = Math.floor((containerTwips - length) / 2);
  return new Paragraph({
    style: STYLE_IDS.rule,
    indent: { left: side, right: containerTwips - length - side, firstLine: 0 },
    border: { bottom: { style: BorderStyle.SINGLE, size: ND30.rule.size, color: '000000', space: 0 } },
  });
}
