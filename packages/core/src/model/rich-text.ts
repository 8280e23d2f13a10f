import { z } from 'zod';

/**
 * One part of a figure's breakdown: the parts must add up to the figure's value.
 *
 * @example
 * figurePartSchema.parse({ label: 'cấp tỉnh', value: 22 })
 */
export const figurePartSchema = z.object({
  label: z.string().optional().describe('What this part counts, e.g. "lĩnh vực nông nghiệp".'),
  value: z.number().describe('The part\'s value.'),
});
export type FigurePart = z.infer<typeof figurePartSchema>;

/**
 * A figure: a number with its unit that the formatters render and the validator checks.
 *
 * @example
 * { type: 'figure', value: 5, format: 'count', unit: 'đề tài' } // renders "05 đề tài"
 */
export const figureSchema = z.object({
  type: z.literal('figure'),
  value: z.number(),
  /** How to print the value: `count` pads 1–9 with a zero ("05"), `number` uses `1.234,5`, `percent` appends `%`, `money` prints digits with thousands dots. */
  format: z.enum(['count', 'number', 'percent', 'money']).default('number'),
  decimals: z.number().int().min(0).max(6).optional(),
  unit: z.string().optional().describe('Unit written after the value, e.g. "nhiệm vụ", "đồng".'),
  /** For ratios written "06/09": the whole the value is part of. */
  of: z.number().optional(),
  breakdown: z.array(figurePartSchema).optional(),
  /** For a percentage: the part and the whole it was computed from. */
  ratio: z.object({ part: z.number(), whole: z.number() }).optional(),
  /** Money spelt out in words as written in the source, checked against the digits. */
  words: z.string().optional(),
  source: z.string().optional().describe('Where the figure comes from (for reviewers; not rendered).'),
  /** The report-series indicator the figure is a value of, e.g. `tieu-chuan-do-luong-chat-luong/samples.tested`. */
  indicator: z.string().optional().describe('Report-series indicator id `<section-id>/<figure-path>` this figure is a value of.'),
  /** What to write after the value, computed from the `history` of the report: lũy kế, cùng kỳ, share of the year's plan. */
  show: z.array(z.enum(['cumulative', 'previousYear', 'plan'])).optional().describe('Annotations computed from the history: "cumulative" (lũy kế), "previousYear" (so với cùng kỳ), "plan" (% kế hoạch năm).'),
  /** What the value states about its indicator (default `value`, the period's own value); other measures are checked against the history. */
  measure: z.enum(['value', 'cumulative', 'previousYear', 'change', 'planShare']).optional().describe('What the value is: the period\'s value (default), the lũy kế, the cùng kỳ value, the change against it in %, or the share of the year\'s plan in %.'),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
});
export type Figure = z.infer<typeof figureSchema>;
export type FigureInput = z.input<typeof figureSchema>;

/**
 * A run of text with optional emphasis.
 *
 * @example
 * textRunSchema.parse({ type: 'text', text: 'Bom Cement', italic: true })
 */
export const textRunSchema = z.object({
  type: z.literal('text'),
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  /** Superscript, e.g. the "2" of "m²" written as a run. */
  superscript: z.boolean().optional(),
});
export type TextRun = z.infer<typeof textRunSchema>;

/** An inline item of rich text: a plain string, a text run, a figure or a footnote. */
export type InlineInput = string | TextRun | FigureInput | FootnoteInput;
/** Rich text: a plain string, or a list of inline items. */
export type RichTextInput = string | InlineInput[];
/** A footnote whose content is itself rich text (it may contain figures). */
export type FootnoteInput = { type: 'footnote'; content: RichTextInput };

export type Inline = string | TextRun | Figure | Footnote;
export type RichText = string | Inline[];
export type Footnote = { type: 'footnote'; content: RichText };

/**
 * @example
 * footnoteSchema.parse({ type: 'footnote', content: 'Trong đó: 22 nhiệm vụ cấp tỉnh.' })
 */
export const footnoteSchema: z.ZodType<Footnote, FootnoteInput> = z.lazy(() =>
  z.object({ type: z.literal('footnote'), content: richTextSchema }),
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
export const richTextSchema: z.ZodType<RichText, RichTextInput> = z.lazy(() =>
  z.union([z.string(), z.array(inlineSchema)]),
);
