import { z } from 'zod';
import { isIsoDate } from '../format/is-iso-date';
import { blockSchema, type BlockInput, type SectionLike } from './blocks';
import { richTextSchema } from './rich-text';

const ISO_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The `YYYY-MM-DD` shape only. The report's own dates (issue date, căn cứ, custom period) use it: the validator
 * checks them as real dates itself (`date/invalid`), so one impossible date does not stop the whole report.
 */
const isoDateShapeSchema = z.string().regex(ISO_DATE_SHAPE, 'Ngày phải có dạng YYYY-MM-DD');

/**
 * An ISO calendar date `YYYY-MM-DD` that exists (leap years included), for the dates inside section data (task
 * deadlines, dates of documents …). A date of the right shape that does not exist is refused with the diagnostic
 * code `date/invalid` and a Vietnamese message.
 *
 * @example
 * isoDateSchema.safeParse('2024-02-29').success                   // true
 * isoDateSchema.safeParse('2023-02-30').error?.issues[0]?.message // 'Ngày "2023-02-30" không có thật.'
 * isoDateSchema.safeParse('30/02/2023').error?.issues[0]?.message // 'Ngày phải có dạng YYYY-MM-DD'
 * // validateReport → { code: 'date/invalid', severity: 'error', path: [… 'tasks', 0, 'deadline'], message: 'Ngày "2023-02-30" không có thật.' }
 */
export const isoDateSchema = isoDateShapeSchema.refine((s) => !ISO_DATE_SHAPE.test(s) || isIsoDate(s), {
  error: (issue) => `Ngày "${String(issue.input)}" không có thật.`,
  params: { code: 'date/invalid' },
});

/**
 * A draft's issue date: month and year only (the clerk fills in the day), or a full ISO date.
 *
 * @example
 * issueDateSchema.parse('2024-02-05') // a signed report
 * issueDateSchema.parse({ year: 2022, month: 8 }) // a draft: the clerk fills in the day
 */
export const issueDateSchema = z.union([
  isoDateShapeSchema,
  z.object({ year: z.number().int().min(1945).max(9999), month: z.number().int().min(1).max(12).optional() }),
]);
export type IssueDate = z.infer<typeof issueDateSchema>;

/**
 * A reporting period (Nghị định 09/2019/NĐ-CP kinds plus custom ranges).
 *
 * @example
 * periodSchema.parse({ kind: 'half', year: 2023, half: 1 }) // 6 tháng đầu năm 2023
 */
export const periodSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('month'), year: z.number().int().min(1000).max(9999), month: z.number().int().min(1).max(12) }),
  z.object({ kind: z.literal('quarter'), year: z.number().int().min(1000).max(9999), quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]) }),
  z.object({ kind: z.literal('half'), year: z.number().int().min(1000).max(9999), half: z.union([z.literal(1), z.literal(2)]) }),
  z.object({ kind: z.literal('nine-months'), year: z.number().int().min(1000).max(9999) }),
  z.object({ kind: z.literal('year'), year: z.number().int().min(1000).max(9999) }),
  z.object({ kind: z.literal('remaining'), year: z.number().int().min(1000).max(9999), months: z.union([z.literal(3), z.literal(6)]) }),
  z.object({ kind: z.literal('custom'), from: isoDateShapeSchema, to: isoDateShapeSchema, label: z.string().min(1) }),
]);

/**
 * The agency issuing the document and its parent authority.
 *
 * @example
 * agencySchema.parse({ parent: 'UBND TỈNH LẠNG SƠN', name: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', code: 'SKHCN', place: 'Lạng Sơn' })
 */
export const agencySchema = z.object({
  /** Cơ quan chủ quản, e.g. "UBND TỈNH LẠNG SƠN" (empty for the UBND tỉnh itself). */
  parent: z.string().optional(),
  /** Cơ quan ban hành, e.g. "SỞ KHOA HỌC VÀ CÔNG NGHỆ". */
  name: z.string().min(1),
  /** The short name used in running text, e.g. "Sở Khoa học và Công nghệ". */
  shortName: z.string().optional(),
  /** Chữ viết tắt tên cơ quan in the document number, e.g. "SKHCN" → `05/BC-SKHCN`. */
  code: z.string().min(1),
  /** Địa danh in the date line, e.g. "Lạng Sơn". */
  place: z.string().min(1),
});
export type Agency = z.infer<typeof agencySchema>;

/**
 * A document the report answers or is based on (căn cứ).
 *
 * @example
 * documentRefSchema.parse({ kind: 'Công văn', number: '1506/SKHĐT-THKTXH', date: '2022-08-03', issuer: 'Sở Kế hoạch và Đầu tư' })
 */
export const documentRefSchema = z.object({
  /** Kind as written, e.g. "Công văn", "Quyết định". */
  kind: z.string().optional(),
  /** Số và ký hiệu, e.g. "1506/SKHĐT-THKTXH". */
  number: z.string().min(1),
  date: isoDateShapeSchema.optional(),
  issuer: z.string().optional(),
  subject: z.string().optional(),
});
export type DocumentRef = z.infer<typeof documentRefSchema>;

/**
 * Thẩm quyền ký: GIÁM ĐỐC (direct), KT. (ký thay), TM. (thay mặt), TL. (thừa lệnh), TUQ. (thừa ủy quyền), Q. (quyền).
 *
 * @example
 * signerModeSchema.parse('KT') // ký thay
 */
export const signerModeSchema = z.enum(['direct', 'KT', 'TM', 'TL', 'TUQ', 'Q']);
export type SignerMode = z.infer<typeof signerModeSchema>;

/**
 * The signer: authority mode, the head's title the mode refers to, the signer's own title and name.
 *
 * @example
 * signerSchema.parse({ mode: 'KT', for: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Triệu Ngọc Trung' })
 */
export const signerSchema = z.object({
  mode: signerModeSchema.default('direct'),
  /** For KT./TM./TL./TUQ./Q.: whom the signer signs for, e.g. "GIÁM ĐỐC", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH". */
  for: z.string().optional(),
  /** The signer's own title, e.g. "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "PHÓ CHỦ TỊCH". */
  title: z.string().min(1),
  /** For TM.: the intermediate line, e.g. "KT. CHỦ TỊCH" under "TM. ỦY BAN NHÂN DÂN". */
  on: z.string().optional(),
  name: z.string().min(1),
});
export type Signer = z.infer<typeof signerSchema>;

/**
 * An appendix after the signature: title, subtitle, orientation and its blocks (usually one table).
 *
 * @example
 * appendixSchema.parse({ label: 'Phụ lục', title: 'DANH MỤC NHIỆM VỤ', orientation: 'landscape', content: [] })
 */
export const appendixSchema = z.object({
  /** Label line, e.g. "Phụ lục", "Biểu số 21". */
  label: z.string().optional(),
  title: richTextSchema,
  /** Generated "(Kèm theo Báo cáo số …)" when absent. */
  subtitle: richTextSchema.optional(),
  orientation: z.enum(['portrait', 'landscape']).default('portrait'),
  content: z.array(blockSchema).default([]),
});

/**
 * A body part, placed as declared by the profile's part layout (e.g. I/II/III, A/B/C, Phần I/II).
 *
 * @example
 * partSchema.parse({ part: 'results', content: ['Trong 9 tháng đầu năm 2022, …'] })
 */
export const partSchema = z.object({
  /** The id of a part in the profile's layout, e.g. "results". */
  part: z.string().min(1),
  /** Overrides the profile's title for this part. */
  title: richTextSchema.optional(),
  content: z.array(blockSchema).default([]),
});

/**
 * Nơi nhận: items as written; the last one must be the `Lưu:` line.
 *
 * @example
 * recipientsSchema.parse({ note: 'Bản điện tử:', items: ['Như trên;', 'Lưu: VT, VP.'] })
 */
export const recipientsSchema = z.object({
  /** A line above the items, e.g. "Bản điện tử:". */
  note: z.string().optional(),
  items: z.array(z.string().min(1)).min(1),
});

/**
 * The whole report as plain JSON: what an app or a province fills in.
 *
 * @example
 * reportSchema.parse({ kind: 'bao-cao', issueDate: { year: 2022, month: 8 },
 *   period: { kind: 'nine-months', year: 2022 }, body: [],
 *   signer: { title: 'GIÁM ĐỐC', name: 'Nguyễn Thị Hà' }, recipients: { items: ['Lưu: VT.'] } })
 */
export const reportSchema = z.object({
  /** Document kind id known to the profile (`bao-cao`, `ke-hoach`, …). */
  kind: z.string().min(1).default('bao-cao'),
  /** Overrides the profile's agency. */
  agency: agencySchema.partial().optional(),
  /** Document number; omit for a draft (the clerk fills it in). */
  number: z.union([z.number().int().positive(), z.string().min(1)]).optional(),
  issueDate: issueDateSchema,
  period: periodSchema,
  /** The period of the directions part; defaults to `nextPeriod(period)`. */
  nextPeriod: periodSchema.optional(),
  /** Trích yếu; generated from the profile's template when absent. */
  subject: richTextSchema.optional(),
  /** Kính gửi: one or more addressees. */
  to: z.array(z.string().min(1)).default([]),
  /** Documents the report answers or is based on. */
  basis: z.array(documentRefSchema).default([]),
  /** Opening paragraphs; generated from the profile's template when absent. */
  opening: z.array(blockSchema).optional(),
  body: z.array(partSchema),
  /** Section data by section id, for parts whose content the profile lists (`parts[].sections`). */
  sections: z.record(z.string(), z.unknown()).optional(),
  /** Closing paragraphs; generated from the profile's template when absent. */
  closing: z.array(blockSchema).optional(),
  signer: signerSchema,
  recipients: recipientsSchema,
  appendices: z.array(appendixSchema).default([]),
  /** "Bản điện tử" and similar marks are kept in `recipients.note`; free metadata for apps: */
  meta: z.record(z.string(), z.string()).optional(),
});

type ReportShape = z.input<typeof reportSchema>;
type Typed<T, Sections extends readonly SectionLike[], Keys extends keyof T> = Omit<T, Keys> & {
  [K in Keys]?: BlockInput<Sections>[];
};

/**
 * Section data by section id (`ReportInput.sections`), typed by the plugins in `Sections`.
 *
 * @example
 * const data: SectionsDataInput<typeof allSections> = { 'nghien-cuu-khcn': { accepted: 3 } };
 */
export type SectionsDataInput<Sections extends readonly SectionLike[] = readonly SectionLike[]> = string extends Sections[number]['id']
  ? Record<string, unknown>
  : { [P in Sections[number] as P['id']]?: z.input<P['schema']> };

/**
 * A body part as an app fills it in; `Sections` types its section blocks.
 *
 * @example
 * const part: PartInput = { part: 'results', content: ['Trong 9 tháng đầu năm 2022, …'] };
 */
export type PartInput<Sections extends readonly SectionLike[] = readonly SectionLike[]> = Typed<z.input<typeof partSchema>, Sections, 'content'>;

/**
 * An appendix as an app fills it in; `Sections` types its section blocks.
 *
 * @example
 * const appendix: AppendixInput = { label: 'Phụ lục', title: 'DANH MỤC NHIỆM VỤ', orientation: 'landscape', content: [] };
 */
export type AppendixInput<Sections extends readonly SectionLike[] = readonly SectionLike[]> = Typed<z.input<typeof appendixSchema>, Sections, 'content'>;

/**
 * The report as an app fills it in (before defaults). Plain JSON of this shape is checked at run time by
 * `validateReport` / `composeReport`. Give the section plugins as `Sections` to have the type checker check the
 * section blocks and `sections` data too: `ReportInput<typeof allSections>` makes a section id that is not in the
 * list, or a misspelt field of a section's data, a type error.
 *
 * @example
 * const report: ReportInput<typeof allSections> = {
 *   issueDate: '2024-02-05', period: { kind: 'year', year: 2023 },
 *   body: [{ part: 'results', content: [{ type: 'section', section: 'nghien-cuu-khcn', data: { accepted: 3 } }] }],
 *   signer: { title: 'GIÁM ĐỐC', name: 'Nguyễn Thị Hà' }, recipients: { items: ['Lưu: VT, VP.'] },
 * };
 * // data: { acepted: 3 } → error TS2353: Object literal may only specify known properties
 */
export type ReportInput<Sections extends readonly SectionLike[] = readonly SectionLike[]> = Omit<
  ReportShape,
  'opening' | 'closing' | 'body' | 'appendices' | 'sections'
> & {
  opening?: BlockInput<Sections>[];
  body: PartInput<Sections>[];
  sections?: SectionsDataInput<Sections>;
  closing?: BlockInput<Sections>[];
  appendices?: AppendixInput<Sections>[];
};
/** The report after parsing (defaults applied). */
export type Report = z.output<typeof reportSchema>;
export type Recipients = z.infer<typeof recipientsSchema>;
