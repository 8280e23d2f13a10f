import { z } from 'zod';
import { isIsoDate } from '../format/is-iso-date';
import { typeTag } from './fields';
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
  z.object({
    year: z.number().int().min(1945).max(9999).meta({ title: 'Năm ban hành', description: 'Năm ban hành văn bản.' }),
    month: z.number().int().min(1).max(12).optional().meta({ title: 'Tháng ban hành', description: 'Tháng ban hành; ngày để trống cho văn thư điền khi ký.' }),
  }),
]);
/** The date of issue: a full ISO date (`2024-02-05`), or only the year and month for a draft whose day the văn thư fills in when it is signed. */
export type IssueDate = z.infer<typeof issueDateSchema>;

/** The kind of a reporting period, described for forms. */
function periodKind<T extends string>(kind: T, what: string) {
  return typeTag(kind, what).meta({ title: 'Loại kỳ' });
}
const year = z.number().int().min(1000).max(9999).meta({ title: 'Năm', description: 'Năm của kỳ báo cáo.' });

/**
 * A reporting period (Nghị định 09/2019/NĐ-CP kinds plus custom ranges).
 *
 * @example
 * periodSchema.parse({ kind: 'half', year: 2023, half: 1 }) // 6 tháng đầu năm 2023
 */
export const periodSchema = z.discriminatedUnion('kind', [
  z.object({ kind: periodKind('month', 'báo cáo tháng'), year, month: z.number().int().min(1).max(12).meta({ title: 'Tháng', description: 'Tháng báo cáo, từ 1 đến 12.' }) }),
  z.object({
    kind: periodKind('quarter', 'báo cáo quý'),
    year,
    quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).meta({ title: 'Quý', description: 'Quý báo cáo, từ 1 đến 4.' }),
  }),
  z.object({ kind: periodKind('half', 'báo cáo 6 tháng'), year, half: z.union([z.literal(1), z.literal(2)]).meta({ title: 'Nửa năm', description: '1: 6 tháng đầu năm; 2: 6 tháng cuối năm.' }) }),
  z.object({ kind: periodKind('nine-months', 'báo cáo 9 tháng đầu năm'), year }),
  z.object({ kind: periodKind('year', 'báo cáo năm'), year }),
  z.object({
    kind: periodKind('remaining', 'các tháng còn lại của năm (phương hướng 3 hoặc 6 tháng cuối năm)'),
    year,
    months: z.union([z.literal(3), z.literal(6)]).meta({ title: 'Số tháng', description: 'Số tháng cuối năm: 3 hoặc 6.' }),
  }),
  z.object({
    kind: periodKind('custom', 'kỳ tự chọn, từ ngày đến ngày'),
    from: isoDateShapeSchema.meta({ title: 'Từ ngày', description: 'Ngày đầu kỳ, dạng YYYY-MM-DD.' }),
    to: isoDateShapeSchema.meta({ title: 'Đến ngày', description: 'Ngày cuối kỳ, dạng YYYY-MM-DD.' }),
    label: z.string().min(1).meta({ title: 'Tên kỳ', description: 'Tên kỳ như in trong văn bản, ví dụ "năm học 2022 - 2023".' }),
  }),
]);

/**
 * The agency issuing the document and its parent authority.
 *
 * @example
 * agencySchema.parse({ parent: 'UBND TỈNH LẠNG SƠN', name: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', code: 'SKHCN', place: 'Lạng Sơn' })
 */
export const agencySchema = z.object({
  /** Cơ quan chủ quản, e.g. "UBND TỈNH LẠNG SƠN" (empty for the UBND tỉnh itself). */
  parent: z.string().optional().meta({ title: 'Cơ quan chủ quản', description: 'Tên cơ quan chủ quản, in hoa, ví dụ "UBND TỈNH LẠNG SƠN"; bỏ trống khi UBND tỉnh ban hành.' }),
  /** Cơ quan ban hành, e.g. "SỞ KHOA HỌC VÀ CÔNG NGHỆ". */
  name: z.string().min(1).meta({ title: 'Cơ quan ban hành', description: 'Tên cơ quan ban hành, in hoa, ví dụ "SỞ KHOA HỌC VÀ CÔNG NGHỆ".' }),
  /** The short name used in running text, e.g. "Sở Khoa học và Công nghệ". */
  shortName: z.string().optional().meta({ title: 'Tên viết trong câu', description: 'Tên cơ quan dùng trong câu văn, ví dụ "Sở Khoa học và Công nghệ".' }),
  /** Chữ viết tắt tên cơ quan in the document number, e.g. "SKHCN" → `05/BC-SKHCN`. */
  code: z.string().min(1).meta({ title: 'Chữ viết tắt', description: 'Chữ viết tắt tên cơ quan trong số, ký hiệu văn bản, ví dụ "SKHCN" (05/BC-SKHCN).' }),
  /** Địa danh in the date line, e.g. "Lạng Sơn". */
  place: z.string().min(1).meta({ title: 'Địa danh', description: 'Địa danh ở dòng ngày tháng, ví dụ "Lạng Sơn".' }),
});
/** The issuing agency in the header (ND 30): its name, the parent agency above it, the code in the document number (`SKHCN`) and the địa danh of the date line. Defaults come from the profile. */
export type Agency = z.infer<typeof agencySchema>;

/**
 * A document the report answers or is based on (căn cứ).
 *
 * @example
 * documentRefSchema.parse({ kind: 'Công văn', number: '1506/SKHĐT-THKTXH', date: '2022-08-03', issuer: 'Sở Kế hoạch và Đầu tư' })
 */
export const documentRefSchema = z.object({
  /** Kind as written, e.g. "Công văn", "Quyết định". */
  kind: z.string().optional().meta({ title: 'Loại văn bản', description: 'Tên loại văn bản, ví dụ "Công văn", "Quyết định".' }),
  /** Số và ký hiệu, e.g. "1506/SKHĐT-THKTXH". */
  number: z.string().min(1).meta({ title: 'Số, ký hiệu', description: 'Số và ký hiệu văn bản, ví dụ "1506/SKHĐT-THKTXH".' }),
  date: isoDateShapeSchema.optional().meta({ title: 'Ngày ban hành', description: 'Ngày ban hành văn bản, dạng YYYY-MM-DD.' }),
  issuer: z.string().optional().meta({ title: 'Cơ quan ban hành', description: 'Cơ quan ban hành văn bản, ví dụ "Sở Kế hoạch và Đầu tư".' }),
  subject: z.string().optional().meta({ title: 'Trích yếu', description: 'Trích yếu nội dung văn bản.' }),
});
/** A document cited in the text or in căn cứ: its number and symbol (`1102/UBND-KGVX`), date, issuer and trích yếu. */
export type DocumentRef = z.infer<typeof documentRefSchema>;

/**
 * Thẩm quyền ký: GIÁM ĐỐC (direct), KT. (ký thay), TM. (thay mặt), TL. (thừa lệnh), TUQ. (thừa ủy quyền), Q. (quyền).
 *
 * @example
 * signerModeSchema.parse('KT') // ký thay
 */
export const signerModeSchema = z.enum(['direct', 'KT', 'TM', 'TL', 'TUQ', 'Q']);
/** How the signer signs (ND 30, Phụ lục I): `direct` in their own name, `KT` ký thay, `TM` thay mặt, `TL` thừa lệnh, `TUQ` thừa ủy quyền, `Q` quyền. */
export type SignerMode = z.infer<typeof signerModeSchema>;

/**
 * The signer: authority mode, the head's title the mode refers to, the signer's own title and name.
 *
 * @example
 * signerSchema.parse({ mode: 'KT', for: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Triệu Ngọc Trung' })
 */
export const signerSchema = z.object({
  mode: signerModeSchema.default('direct').meta({
    title: 'Thẩm quyền ký',
    description: '"direct": người đứng đầu ký (mặc định); "KT": ký thay; "TM": thay mặt; "TL": thừa lệnh; "TUQ": thừa ủy quyền; "Q": quyền.',
  }),
  /** For KT./TM./TL./TUQ./Q.: whom the signer signs for, e.g. "GIÁM ĐỐC", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH". */
  for: z.string().optional().meta({ title: 'Ký thay cho', description: 'Chức danh hoặc tập thể mà người ký ký thay, ví dụ "GIÁM ĐỐC", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH".' }),
  /** The signer's own title, e.g. "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "PHÓ CHỦ TỊCH". */
  title: z.string().min(1).meta({ title: 'Chức vụ người ký', description: 'Chức vụ của người ký, ví dụ "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "PHÓ CHỦ TỊCH".' }),
  /** For TM.: the intermediate line, e.g. "KT. CHỦ TỊCH" under "TM. ỦY BAN NHÂN DÂN". */
  on: z.string().optional().meta({ title: 'Dòng thẩm quyền thứ hai', description: 'Với "TM": dòng ở giữa, ví dụ "KT. CHỦ TỊCH" dưới "TM. ỦY BAN NHÂN DÂN".' }),
  name: z.string().min(1).meta({ title: 'Họ và tên', description: 'Họ và tên người ký.' }),
});
/** The signature block: the authority mode, the title lines printed in capitals and the signer's full name. */
export type Signer = z.infer<typeof signerSchema>;

/**
 * An appendix after the signature: title, subtitle, orientation and its blocks (usually one table).
 *
 * @example
 * appendixSchema.parse({ label: 'Phụ lục', title: 'DANH MỤC NHIỆM VỤ', orientation: 'landscape', content: [] })
 */
export const appendixSchema = z.object({
  /** Label line, e.g. "Phụ lục", "Biểu số 21". */
  label: z.string().optional().meta({ title: 'Nhãn phụ lục', description: 'Dòng nhãn phía trên tên phụ lục, ví dụ "Phụ lục", "Biểu số 21".' }),
  title: richTextSchema.meta({ title: 'Tên phụ lục', description: 'Tên phụ lục, in hoa đậm.' }),
  /** Generated "(Kèm theo Báo cáo số …)" when absent. */
  subtitle: richTextSchema.optional().meta({ title: 'Dòng kèm theo', description: 'Dòng in nghiêng dưới tên phụ lục; khi không có, tự tạo "(Kèm theo Báo cáo số …)".' }),
  orientation: z.enum(['portrait', 'landscape']).default('portrait').meta({ title: 'Hướng trang', description: '"portrait": trang dọc (mặc định); "landscape": trang ngang cho bảng rộng.' }),
  content: z.array(blockSchema).default([]).meta({ title: 'Nội dung', description: 'Các khối nội dung của phụ lục, thường là một bảng.' }),
});

/**
 * A body part, placed as declared by the profile's part layout (e.g. I/II/III, A/B/C, Phần I/II).
 *
 * @example
 * partSchema.parse({ part: 'results', content: ['Trong 9 tháng đầu năm 2022, …'] })
 */
export const partSchema = z.object({
  /** The id of a part in the profile's layout, e.g. "results". */
  part: z.string().min(1).meta({ title: 'Mã phần', description: 'Mã của một phần trong bố cục của profile, ví dụ "results".' }),
  /** Overrides the profile's title for this part. */
  title: richTextSchema.optional().meta({ title: 'Tên phần', description: 'Thay tên phần mặc định của profile.' }),
  content: z.array(blockSchema).default([]).meta({ title: 'Nội dung', description: 'Các khối nội dung của phần.' }),
});

/**
 * Nơi nhận: items as written; the last one must be the `Lưu:` line.
 *
 * @example
 * recipientsSchema.parse({ note: 'Bản điện tử:', items: ['Như trên;', 'Lưu: VT, VP.'] })
 */
export const recipientsSchema = z.object({
  /** A line above the items, e.g. "Bản điện tử:". */
  note: z.string().optional().meta({ title: 'Ghi chú', description: 'Dòng phía trên danh sách nơi nhận, ví dụ "Bản điện tử:".' }),
  items: z.array(z.string().min(1)).min(1).meta({ title: 'Các nơi nhận', description: 'Mỗi nơi nhận một dòng như trong văn bản; dòng cuối là dòng "Lưu: …".' }),
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
  kind: z.string().min(1).default('bao-cao').meta({ title: 'Loại văn bản', description: 'Mã loại văn bản mà profile biết, ví dụ "bao-cao", "ke-hoach".' }),
  /** Overrides the profile's agency. */
  agency: agencySchema.partial().optional().meta({ title: 'Cơ quan ban hành', description: 'Thay thông tin cơ quan của profile cho văn bản này.' }),
  /** Document number; omit for a draft (the clerk fills it in). */
  number: z.union([z.number().int().positive(), z.string().min(1)]).optional().meta({ title: 'Số văn bản', description: 'Số của văn bản; bỏ trống khi là dự thảo (văn thư điền khi ban hành).' }),
  issueDate: issueDateSchema.meta({ title: 'Ngày ban hành', description: 'Ngày ký ban hành, dạng YYYY-MM-DD; bản dự thảo chỉ ghi năm và tháng.' }),
  period: periodSchema.meta({ title: 'Kỳ báo cáo', description: 'Kỳ báo cáo theo Nghị định 09/2019/NĐ-CP, hoặc kỳ tự chọn.' }),
  /** The period of the directions part; defaults to `nextPeriod(period)`. */
  nextPeriod: periodSchema.optional().meta({ title: 'Kỳ phương hướng', description: 'Kỳ của phần phương hướng, nhiệm vụ; mặc định là kỳ liền sau kỳ báo cáo.' }),
  /** Trích yếu; generated from the profile's template when absent. */
  subject: richTextSchema.optional().meta({ title: 'Trích yếu', description: 'Trích yếu nội dung dưới tên loại văn bản; khi không có, tạo từ mẫu của profile.' }),
  /** Kính gửi: one or more addressees. */
  to: z.array(z.string().min(1)).default([]).meta({ title: 'Kính gửi', description: 'Các cơ quan nhận báo cáo, mỗi cơ quan một dòng.' }),
  /** Documents the report answers or is based on. */
  basis: z.array(documentRefSchema).default([]).meta({ title: 'Căn cứ', description: 'Các văn bản mà báo cáo trả lời hoặc căn cứ vào.' }),
  /** Opening paragraphs; generated from the profile's template when absent. */
  opening: z.array(blockSchema).optional().meta({ title: 'Mở đầu', description: 'Các đoạn mở đầu; khi không có, tạo từ mẫu của profile.' }),
  body: z.array(partSchema).meta({ title: 'Nội dung', description: 'Các phần của thân báo cáo, theo bố cục của profile.' }),
  /** Section data by section id, for parts whose content the profile lists (`parts[].sections`). */
  sections: z.record(z.string(), z.unknown()).optional().meta({ title: 'Số liệu các lĩnh vực', description: 'Số liệu của từng lĩnh vực theo mã lĩnh vực, cho các phần mà profile liệt kê lĩnh vực.' }),
  /** Closing paragraphs; generated from the profile's template when absent. */
  closing: z.array(blockSchema).optional().meta({ title: 'Kết thúc', description: 'Các đoạn kết thúc; khi không có, tạo từ mẫu của profile.' }),
  signer: signerSchema.meta({ title: 'Người ký', description: 'Thẩm quyền ký, chức vụ và họ tên người ký.' }),
  recipients: recipientsSchema.meta({ title: 'Nơi nhận', description: 'Danh sách nơi nhận in cuối văn bản.' }),
  appendices: z.array(appendixSchema).default([]).meta({ title: 'Phụ lục', description: 'Các phụ lục sau phần chữ ký; mỗi phụ lục đánh số trang riêng từ 1.' }),
  /** "Bản điện tử" and similar marks are kept in `recipients.note`; free metadata for apps: */
  meta: z.record(z.string(), z.string()).optional().meta({ title: 'Thông tin thêm', description: 'Các cặp khóa – giá trị tùy ý cho ứng dụng; không in ra văn bản.' }),
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
/** The "Nơi nhận" block: the recipients as printed, one per line, with an optional note. */
export type Recipients = z.infer<typeof recipientsSchema>;
