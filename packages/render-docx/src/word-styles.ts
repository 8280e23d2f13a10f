import type { NumberStyle } from '@baocao-khcn/core/tree';
import { AlignmentType, LineRuleType, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import { headingFormat } from './handle/heading';
import type { Layout } from './options';
import { halfPoints, ND30, ptToTwips, STYLE_IDS, STYLE_NAMES } from './style';

const FONT = {
  ascii: ND30.font.family,
  hAnsi: ND30.font.family,
  cs: ND30.font.family,
  eastAsia: ND30.font.family,
} as const;
const LANGUAGE = { value: ND30.font.language, eastAsia: ND30.font.language } as const;

/** Single line spacing, no space around: layout paragraphs (header block, cells, signature). */
const TIGHT = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } as const;

function size(pt: number): { size: number; sizeComplexScript: number } {
  return { size: halfPoints(pt), sizeComplexScript: halfPoints(pt) };
}

/** The number style each Word heading level is formatted for: the document's first, else the default scheme. */
function levelStyle(level: number, used: ReadonlyMap<number, NumberStyle>): NumberStyle {
  const defaults = ND30.heading.defaultStyles;
  return used.get(level) ?? defaults[Math.min(level, defaults.length) - 1] ?? 'none';
}

function headingStyles(layout: Layout, used: ReadonlyMap<number, NumberStyle>): IParagraphStyleOptions[] {
  return Array.from({ length: ND30.heading.maxLevel }, (_, i) => {
    const level = i + 1;
    const format = headingFormat(levelStyle(level, used));
    return {
      id: STYLE_IDS.heading(level),
      name: `heading ${level}`,
      basedOn: STYLE_IDS.normal,
      next: STYLE_IDS.normal,
      quickFormat: true,
      run: { bold: format.bold, boldComplexScript: format.bold, italics: format.italic, italicsComplexScript: format.italic, color: '000000' },
      paragraph: {
        keepNext: true,
        keepLines: true,
        outlineLevel: i,
        ...(format.centred
          ? { alignment: AlignmentType.CENTER, indent: { firstLine: 0 } }
          : { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: layout.firstLineTwips } }),
      },
    };
  });
}

/**
 * The styles part: Times New Roman in every font slot and vi-VN in the document defaults and in
 * `Normal` (so text a clerk types later keeps them), `Normal` as ND 30 body text, `Heading 1–9`
 * with outline levels, and one named style per layout element.
 *
 * @example
 * ```ts
 * wordStyles(layout, new Map([[1, 'roman'], [2, 'arabic']])).paragraphStyles?.map((s) => s.id);
 * // ['Normal', 'Heading1', …, 'NDHeaderBlock', …]
 * ```
 */
export function wordStyles(layout: Layout, used: ReadonlyMap<number, NumberStyle>): IStylesOptions {
  const body = layout.bodySize;
  const c = ND30.closing;
  const tightCentred = { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: TIGHT } as const;
  return {
    default: {
      document: {
        run: { font: FONT, ...size(body), language: LANGUAGE },
        paragraph: { spacing: TIGHT },
      },
    },
    paragraphStyles: [
      {
        id: STYLE_IDS.normal,
        name: 'Normal',
        quickFormat: true,
        run: { font: FONT, ...size(body), language: LANGUAGE },
        paragraph: {
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: layout.firstLineTwips },
          spacing: {
            before: ptToTwips(ND30.body.spaceBeforePt),
            after: ptToTwips(ND30.body.spaceAfterPt),
            line: layout.lineTwips,
            lineRule: LineRuleType.AUTO,
          },
        },
      },
      ...headingStyles(layout, used),
      { id: STYLE_IDS.headerBlock, name: STYLE_NAMES.headerBlock, basedOn: STYLE_IDS.normal, paragraph: tightCentred },
      {
        id: STYLE_IDS.rule,
        name: STYLE_NAMES.rule,
        basedOn: STYLE_IDS.headerBlock,
        run: size(ND30.rule.fontPt),
        paragraph: { spacing: { before: 0, after: 0, line: ND30.rule.lineTwips, lineRule: LineRuleType.EXACT } },
      },
      {
        id: STYLE_IDS.title,
        name: STYLE_NAMES.title,
        basedOn: STYLE_IDS.normal,
        next: STYLE_IDS.subject,
        run: { bold: true, boldComplexScript: true, ...size(ND30.title.size) },
        paragraph: { ...tightCentred, keepNext: true, spacing: { ...TIGHT, before: ptToTwips(ND30.title.spaceBeforePt) } },
      },
      {
        id: STYLE_IDS.subject,
        name: STYLE_NAMES.subject,
        basedOn: STYLE_IDS.normal,
        run: { bold: true, boldComplexScript: true, ...size(ND30.title.subjectSize) },
        paragraph: { ...tightCentred, keepNext: true },
      },
      {
        id: STYLE_IDS.to,
        name: STYLE_NAMES.to,
        basedOn: STYLE_IDS.normal,
        paragraph: { ...tightCentred, keepNext: true },
      },
      { id: STYLE_IDS.list, name: STYLE_NAMES.list, basedOn: STYLE_IDS.normal, next: STYLE_IDS.list },
      {
        id: STYLE_IDS.tableText,
        name: STYLE_NAMES.tableText,
        basedOn: STYLE_IDS.normal,
        run: size(ND30.table.size),
        paragraph: { alignment: AlignmentType.LEFT, indent: { firstLine: 0 }, spacing: TIGHT },
      },
      {
        id: STYLE_IDS.tableCaption,
        name: STYLE_NAMES.tableCaption,
        basedOn: STYLE_IDS.normal,
        next: STYLE_IDS.normal,
        run: { bold: true, boldComplexScript: true },
        paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, keepNext: true },
      },
      {
        id: STYLE_IDS.tableSpacer,
        name: STYLE_NAMES.tableSpacer,
        basedOn: STYLE_IDS.normal,
        run: size(ND30.table.spacerSize),
        paragraph: { indent: { firstLine: 0 }, spacing: { ...TIGHT, after: ptToTwips(ND30.table.spaceAfterPt) } },
      },
      {
        id: STYLE_IDS.recipients,
        name: STYLE_NAMES.recipients,
        basedOn: STYLE_IDS.normal,
        run: size(c.recipientsItemSize),
        paragraph: { alignment: AlignmentType.LEFT, indent: { firstLine: 0 }, spacing: TIGHT },
      },
      {
        id: STYLE_IDS.signature,
        name: STYLE_NAMES.signature,
        basedOn: STYLE_IDS.normal,
        run: { bold: true, boldComplexScript: true, ...size(c.signatureSize) },
        paragraph: tightCentred,
      },
      {
        id: STYLE_IDS.appendixTitle,
        name: STYLE_NAMES.appendixTitle,
        basedOn: STYLE_IDS.normal,
        next: STYLE_IDS.normal,
        run: size(ND30.appendix.titleSize),
        paragraph: { ...tightCentred, keepNext: true },
      },
      {
        id: STYLE_IDS.pageNumber,
        name: 'header',
        basedOn: STYLE_IDS.normal,
        run: size(ND30.pageNumber.size),
        paragraph: tightCentred,
      },
      {
        id: STYLE_IDS.footnoteText,
        name: 'footnote text',
        basedOn: STYLE_IDS.normal,
        run: size(ND30.footnote.size),
        paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 0 }, spacing: TIGHT },
      },
    ],
  };
}
