import type { NumberStyle } from '@baocao-khcn/core/tree';

/**
 * Every layout decision of Nghị định 30/2020/NĐ-CP, Phụ lục I, as named constants. Nothing else in
 * the renderer hard-codes a size, a margin, a font, an indent or a width.
 *
 * Units: `twips` are twentieths of a point (1 mm ≈ 56.69 twips, 1 cm ≈ 566.9 twips, 1.27 cm = 720);
 * `pt` are points; Word stores font sizes in half-points (`w:sz` 28 = 14 pt).
 */

/** Twips per millimetre. */
export const TWIPS_PER_MM = 1440 / 25.4;

/** Millimetres → twips, rounded to the nearest twip (docx's own helper rounds down). */
export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

/** Centimetres → twips, rounded to the nearest twip (1.27 cm = 720). */
export function cmToTwips(cm: number): number {
  return Math.round(cm * 10 * TWIPS_PER_MM);
}

/** Points → half-points (`w:sz`). */
export function halfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/** Points → twips. */
export function ptToTwips(pt: number): number {
  return Math.round(pt * 20);
}

/** An inclusive range with a default value. */
export type Range = { readonly min: number; readonly max: number; readonly default: number };

/**
 * The ND 30 layout. Read-only data: sizes in pt, lengths in mm/cm/twips as named.
 *
 * @example
 * ```ts
 * import { ND30 } from '@baocao-khcn/render-docx';
 * ND30.page.widthTwips; // 11906
 * ND30.margins.left;    // { min: 30, max: 35, default: 30 }
 * ```
 */
export const ND30 = {
  page: {
    /** A4 portrait width, twips (210 mm). */
    widthTwips: 11906,
    /** A4 portrait height, twips (297 mm). */
    heightTwips: 16838,
    /** Distance from the top edge to the page-number header, twips (12.7 mm). */
    headerTwips: 720,
    /** Distance from the bottom edge to the footer, twips. */
    footerTwips: 720,
  },
  /** Margins in mm: top/bottom 20–25, left 30–35, right 15–20. */
  margins: {
    top: { min: 20, max: 25, default: 20 },
    bottom: { min: 20, max: 25, default: 20 },
    left: { min: 30, max: 35, default: 30 },
    right: { min: 15, max: 20, default: 15 },
  },
  font: {
    /** The only font, set in every slot (ascii, hAnsi, cs, eastAsia). */
    family: 'Times New Roman',
    language: 'vi-VN',
  },
  body: {
    /** Body text size, pt (13–14). */
    size: { min: 13, max: 14, default: 14 },
    /** First-line indent of body paragraphs, cm (1–1.27). */
    firstLineIndentCm: { min: 1, max: 1.27, default: 1.27 },
    /** Line spacing as a multiple of single (1–1.5). */
    lineSpacing: { min: 1, max: 1.5, default: 1.15 },
    /** Space before and after a body paragraph, pt (ND 30: at least 6 pt between paragraphs). */
    spaceBeforePt: 6,
    spaceAfterPt: 6,
  },
  header: {
    /** Usual share of the text width given to the left (agency) column. */
    leftShare: 0.45,
    /** Smallest share of the left column, unless Quốc hiệu needs more room on the right. */
    leftMinShare: 0.4,
    /** A header line fits its column when its estimated width is at most this share of the column (1 % for rounding). */
    fitShare: 0.99,
    /**
     * An agency line wider than this share of its column at the smallest size is broken into two lines
     * ("ỦY BAN NHÂN DÂN" / "TỈNH LẠNG SƠN"): a line filling its column touches Quốc hiệu.
     */
    breakShare: 0.95,
    /** Parent authority (UBND TỈNH …): caps, not bold; the sizes tried, largest first, pt. */
    parentAgencySizes: [13, 12],
    /** Issuing agency: caps, bold; the sizes tried, largest first, pt. */
    agencySizes: [13, 12],
    /** `Số: …` line, pt. */
    numberLineSize: 13,
    /** Quốc hiệu: caps, bold; the sizes tried, largest first, pt. */
    nationalTitleSizes: [13, 12],
    /** Tiêu ngữ is one point larger than Quốc hiệu (13–14 pt), bold. */
    mottoSizeStep: 1,
    /** The rule under the agency: this share of the agency line (ND 30: 1/3–1/2). */
    agencyRuleShare: 0.4,
    /** The rule under Tiêu ngữ: as long as the line. */
    mottoRuleShare: 1,
    /** Space above the `Số:` / date row, pt. */
    secondRowSpaceBeforePt: 6,
  },
  rule: {
    /** Rule thickness, eighths of a point (6 = 0.75 pt). */
    size: 6,
    /** Height of the empty paragraph that carries a rule, twips (6 pt: clear of the dots below Ọ, Ệ). */
    lineTwips: 120,
    /** Font size of the empty paragraph that carries a rule, pt. */
    fontPt: 2,
  },
  title: {
    /** BÁO CÁO / KẾ HOẠCH: caps, bold, centred, pt. */
    size: 14,
    spaceBeforePt: 18,
    /** Trích yếu: bold, centred, pt. */
    subjectSize: 14,
    /** The rule under the trích yếu: this share of its line (ND 30: 1/3–1/2). */
    subjectRuleShare: 0.4,
    /** Space between the trích yếu rule and `Kính gửi`, pt. */
    toSpaceBeforePt: 12,
    /** Space between the title block and the body, pt. */
    bodySpaceBeforePt: 12,
  },
  heading: {
    /** Deepest Word heading style used (Heading 1 … Heading 9). */
    maxLevel: 9,
    /** The number style a Word heading level is formatted for when the document has no heading at that depth. */
    defaultStyles: ['roman', 'arabic', 'decimal', 'alpha'],
  },
  list: {
    /** Extra indent of each nested level of `-`/`+` items, twips (0.5 cm). */
    levelStepTwips: 284,
    /** Hanging indent: from the marker to the text, twips (0.5 cm). */
    hangingTwips: 284,
  },
  table: {
    /** Text in tables, pt. */
    size: 12,
    /** Cell padding left/right, twips (0.1 cm). */
    cellMarginTwips: 57,
    /** Cell padding top/bottom, twips. */
    cellMarginVerticalTwips: 28,
    /** Border: single line, eighths of a point. */
    borderSize: 4,
    /** Space after a table (the paragraph that keeps two tables apart), pt. */
    spaceAfterPt: 6,
    /** Run size of the small paragraph after a table, pt. */
    spacerSize: 6,
  },
  footnote: {
    /** Footnote text, pt. */
    size: 12,
  },
  pageNumber: {
    /** Page number size (centred at the top, not on the first page), pt. */
    size: 13,
  },
  closing: {
    /** Share of the text width given to Nơi nhận (the signature takes the rest). */
    recipientsShare: 0.45,
    /** Space above the closing table, pt. */
    spaceBeforePt: 12,
    /** `Nơi nhận:` — bold italic, pt. */
    recipientsLabelSize: 12,
    /** The note under `Nơi nhận:` — italic, pt. */
    recipientsNoteSize: 11,
    /** Recipient items, pt. */
    recipientsItemSize: 11,
    /** Signature authority lines: caps, bold, centred, pt. */
    signatureSize: 14,
    /** Blank lines left for the signature and the seal. */
    signatureBlankLines: 4,
    /** Signer's name: bold, centred, pt. */
    nameSize: 14,
  },
  appendix: {
    /** Label (`Phụ lục I`): bold, centred, pt. */
    labelSize: 14,
    /** Title: bold, centred, pt. */
    titleSize: 14,
    /** Subtitle (`Kèm theo Báo cáo số …`): italic, centred, pt. */
    subtitleSize: 14,
    /** Space between the appendix heading block and its content, pt. */
    contentSpaceBeforePt: 12,
  },
  /** Fixed core-properties date when neither `options.date` nor `meta.date` is given. */
  defaultDate: '2000-01-01T00:00:00Z',
} as const;

/** How a heading looks, by the style of its number (ND 30: Phần caps bold / I. bold / 1. bold / 1.1. bold / a) bold italic). */
export type HeadingFormat = {
  readonly bold: boolean;
  readonly italic: boolean;
  /** Text in capitals. */
  readonly caps: boolean;
  /** Centred on its own (the number on one line, the title under it) rather than indented like body text. */
  readonly centred: boolean;
};

/** Heading formats keyed by `HeadingNode.style`. */
export const HEADING_FORMATS = {
  part: { bold: true, italic: false, caps: true, centred: true },
  'upper-alpha': { bold: true, italic: false, caps: false, centred: false },
  roman: { bold: true, italic: false, caps: false, centred: false },
  arabic: { bold: true, italic: false, caps: false, centred: false },
  decimal: { bold: true, italic: false, caps: false, centred: false },
  alpha: { bold: true, italic: true, caps: false, centred: false },
  none: { bold: true, italic: false, caps: false, centred: false },
} as const satisfies Record<NumberStyle, HeadingFormat>;

/** Paragraph style ids (the Word names are in the styles part). */
export const STYLE_IDS = {
  normal: 'Normal',
  heading: (level: number): string => `Heading${level}`,
  headerBlock: 'NDHeaderBlock',
  rule: 'NDRule',
  title: 'NDTitle',
  subject: 'NDSubject',
  to: 'NDTo',
  list: 'NDList',
  tableText: 'NDTableText',
  tableCaption: 'NDTableCaption',
  tableSpacer: 'NDTableSpacer',
  recipients: 'NDRecipients',
  signature: 'NDSignature',
  appendixTitle: 'NDAppendixTitle',
  pageNumber: 'Header',
  footnoteText: 'FootnoteText',
} as const;

/** Word's display names of the custom styles (Vietnamese, so a clerk recognises them). */
export const STYLE_NAMES = {
  headerBlock: 'ND30 Khối tiêu đề',
  rule: 'ND30 Đường kẻ',
  title: 'ND30 Tên loại văn bản',
  subject: 'ND30 Trích yếu',
  to: 'ND30 Kính gửi',
  list: 'ND30 Gạch đầu dòng',
  tableText: 'ND30 Chữ trong bảng',
  tableCaption: 'ND30 Tên bảng',
  tableSpacer: 'ND30 Sau bảng',
  recipients: 'ND30 Nơi nhận',
  signature: 'ND30 Chữ ký',
  appendixTitle: 'ND30 Tiêu đề phụ lục',
} as const;
