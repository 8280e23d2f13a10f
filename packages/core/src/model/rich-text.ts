import { z } from 'zod';
import { emphasisShape, typeTag } from './fields';

/**
 * One part of a figure's breakdown: the parts must add up to the figure's value.
 *
 * @example
 * figurePartSchema.parse({ label: 'cấp tỉnh', value: 22 })
 */
export const figurePartSchema = z.object({
  label: z.string().optional().meta({ title: 'Tên phần', description: 'Phần này đếm gì, ví dụ "lĩnh vực nông nghiệp".' }),
  value: z.number().meta({ title: 'Giá trị', description: 'Giá trị của phần; các phần cộng lại bằng số liệu.' }),
});
/** One part of a figure's breakdown ("trong đó: …"): a label and its value; the parts add up to the figure. */
export type FigurePart = z.infer<typeof figurePartSchema>;

/**
 * A figure: a number with its unit that the formatters render and the validator checks.
 *
 * @example
 * { type: 'figure', value: 5, format: 'count', unit: 'đề tài' } // renders "05 đề tài"
 */
export const figureSchema = z.object({
  type: typeTag('figure', 'một số liệu'),
  value: z.number().meta({ title: 'Giá trị', description: 'Giá trị của số liệu, viết bằng chữ số (ví dụ 5, 1234.5).' }),
  /** How to print the value: `count` pads 1–9 with a zero ("05"), `number` uses `1.234,5`, `percent` appends `%`, `money` prints digits with thousands dots. */
  format: z.enum(['count', 'number', 'percent', 'money']).default('number').meta({
    title: 'Cách in',
    description: '"count": thêm số 0 trước số từ 1 đến 9 ("05"); "number": in dạng 1.234,5 (mặc định); "percent": thêm dấu %; "money": in chữ số có dấu chấm phân cách hàng nghìn.',
  }),
  decimals: z.number().int().min(0).max(6).optional().meta({ title: 'Số chữ số thập phân', description: 'Số chữ số sau dấu phẩy khi in (từ 0 đến 6).' }),
  unit: z.string().optional().meta({ title: 'Đơn vị tính', description: 'Đơn vị viết sau giá trị, ví dụ "nhiệm vụ", "đồng".' }),
  /** For ratios written "06/09": the whole the value is part of. */
  of: z.number().optional().meta({ title: 'Trên tổng số', description: 'Với tỷ số viết dạng "06/09": tổng số mà giá trị là một phần.' }),
  breakdown: z.array(figurePartSchema).optional().meta({ title: 'Chi tiết', description: 'Các phần của số liệu (trong đó …); cộng lại phải bằng giá trị.' }),
  /** For a percentage: the part and the whole it was computed from. */
  ratio: z
    .object({
      part: z.number().meta({ title: 'Phần', description: 'Số liệu của phần (tử số).' }),
      whole: z.number().meta({ title: 'Tổng', description: 'Số liệu của tổng (mẫu số).' }),
    })
    .optional()
    .meta({ title: 'Tỷ lệ tính từ', description: 'Với tỷ lệ phần trăm: phần và tổng dùng để tính; được đối chiếu với giá trị.' }),
  /** Money spelt out in words as written in the source, checked against the digits. */
  words: z.string().optional().meta({ title: 'Số tiền bằng chữ', description: 'Số tiền viết bằng chữ như trong văn bản; được đối chiếu với chữ số.' }),
  source: z.string().optional().meta({ title: 'Nguồn số liệu', description: 'Nơi lấy số liệu, để người duyệt đối chiếu; không in ra văn bản.' }),
  /** The report-series indicator the figure is a value of, e.g. `tieu-chuan-do-luong-chat-luong/samples.tested`. */
  indicator: z.string().optional().meta({ title: 'Chỉ tiêu', description: 'Mã chỉ tiêu của chuỗi báo cáo mà số liệu là một giá trị, dạng `<mã lĩnh vực>/<đường dẫn số liệu>`.' }),
  /** What to write after the value, computed from the `history` of the report: lũy kế, cùng kỳ, share of the year's plan. */
  show: z.array(z.enum(['cumulative', 'previousYear', 'plan'])).optional().meta({
    title: 'Ghi kèm',
    description: 'Các số tính từ các báo cáo trước, in sau giá trị: "cumulative" (lũy kế từ đầu năm), "previousYear" (so với cùng kỳ năm trước), "plan" (tỷ lệ đạt kế hoạch năm).',
  }),
  /** What the value states about its indicator (default `value`, the period's own value); other measures are checked against the history. */
  measure: z.enum(['value', 'cumulative', 'previousYear', 'change', 'planShare']).optional().meta({
    title: 'Giá trị là',
    description: '"value": số liệu của kỳ (mặc định); "cumulative": lũy kế; "previousYear": số cùng kỳ năm trước; "change": tăng, giảm so với cùng kỳ (%); "planShare": tỷ lệ đạt kế hoạch năm (%).',
  }),
  ...emphasisShape,
});
/** A figure after parsing: a number with its format (count, number, money, percent), unit, breakdown and, for a report series, the indicator it is the value of and what to show from the history. */
export type Figure = z.infer<typeof figureSchema>;
/** A figure as written in a report (the input form of {@link Figure}): the value is formatted the Vietnamese way when the document is composed, and checked against its breakdown. */
export type FigureInput = z.input<typeof figureSchema>;

/**
 * A run of text with optional emphasis.
 *
 * @example
 * textRunSchema.parse({ type: 'text', text: 'Bom Cement', italic: true })
 */
export const textRunSchema = z.object({
  type: typeTag('text', 'một đoạn chữ có định dạng'),
  text: z.string().meta({ title: 'Nội dung', description: 'Đoạn chữ.' }),
  ...emphasisShape,
  /** Superscript, e.g. the "2" of "m²" written as a run. */
  superscript: z.boolean().optional().meta({ title: 'Chỉ số trên', description: 'In nhỏ phía trên dòng, ví dụ số 2 của "m²".' }),
});
/** A run of text with emphasis: bold, italic or superscript (the "2" of "m²"). */
export type TextRun = z.infer<typeof textRunSchema>;

/** An inline item of rich text: a plain string, a text run, a figure or a footnote. */
export type InlineInput = string | TextRun | FigureInput | FootnoteInput;
/** Rich text: a plain string, or a list of inline items. */
export type RichTextInput = string | InlineInput[];
/** A footnote whose content is itself rich text (it may contain figures). */
export type FootnoteInput = { type: 'footnote'; content: RichTextInput };

/** An inline item of rich text after parsing: text, a run, a figure or a footnote. */
export type Inline = string | TextRun | Figure | Footnote;
/** Rich text after parsing: a plain string, or a list of inline items. */
export type RichText = string | Inline[];
/** A footnote after parsing; its content is rich text (it may contain figures). */
export type Footnote = { type: 'footnote'; content: RichText };

/**
 * @example
 * footnoteSchema.parse({ type: 'footnote', content: 'Trong đó: 22 nhiệm vụ cấp tỉnh.' })
 */
export const footnoteSchema: z.ZodType<Footnote, FootnoteInput> = z.lazy(() =>
  z.object({
    type: typeTag('footnote', 'một chú thích cuối trang'),
    // A lazy reference, not a copy of the union: the copy would repeat the recursion rich text → footnote → rich text.
    content: z.lazy(() => richTextSchema).meta({ title: 'Nội dung chú thích', description: 'Nội dung của chú thích; có thể chứa số liệu.' }),
  }),
);

/**
 * @example
 * inlineSchema.parse({ type: 'figure', value: 5, format: 'count', unit: 'đề tài' })
 */
export const inlineSchema: z.ZodType<Inline, InlineInput> = z.lazy(() =>
  z.union([z.string(), textRunSchema, figureSchema, footnoteSchema]),
);

/**
 * Rich text: a plain string, or inline items (text runs, figures, footnotes).
 *
 * @example
 * richTextSchema.parse(['Quản lý ', { type: 'figure', value: 50, format: 'number' }, ' đề tài.'])
 */
export const richTextSchema: z.ZodType<RichText, RichTextInput> = z.union([z.string(), z.array(inlineSchema)]);
