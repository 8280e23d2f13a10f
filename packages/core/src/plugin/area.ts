import { z } from 'zod';
import type { BlockInput } from '../model/blocks';
import { proseSchema } from '../model/shared';
import { richTextSchema, type RichTextInput } from '../model/rich-text';
import type { Diagnostic } from '../validate/diagnostic';
import type { SectionContext } from './context';
import { defineSection, type SectionPlugin, type SectionSpec } from './section';
import type { SectionTitle } from './types';
import type { IndicatorDeclarations } from '../series/types';

const resultsProse = proseSchema.meta({ title: 'Kết quả', description: 'Các đoạn văn về kết quả thực hiện, đặt sau các câu tạo từ số liệu.' });
const plansProse = proseSchema.meta({ title: 'Phương hướng, nhiệm vụ', description: 'Các đoạn văn về phương hướng, nhiệm vụ kỳ tới.' });

/**
 * A titled sub-area of a work area (6.1. Tiêu chuẩn – Chất lượng, 6.2. Đo lường …) with its own prose.
 *
 * @example
 * subsectionSchema.parse({ title: 'Công tác Đo lường', results: ['Lập biên bản cho 13 cửa hàng xăng dầu.'] })
 */
export const subsectionSchema = z.object({
  title: richTextSchema.meta({ title: 'Tên mục', description: 'Tên mục con, ví dụ "Công tác Đo lường".' }),
  results: resultsProse,
  plans: plansProse,
});

/**
 * The fields every work area shares: prose for the results part, prose for the directions part, and sub-areas.
 *
 * @example
 * z.object({ ...areaShape, granted: z.number() }) // the shared fields plus an area's own figures
 */
export const areaShape = {
  /** Prose of the results part (kết quả), after the sentences generated from figures. */
  results: resultsProse,
  /** Prose of the directions part (phương hướng, nhiệm vụ kỳ tới). */
  plans: plansProse,
  /** Titled sub-areas, numbered under the area's heading. */
  subsections: z.array(subsectionSchema).default([]).meta({ title: 'Các mục con', description: 'Các mục con có tên riêng, đánh số dưới đề mục của lĩnh vực.' }),
};

/**
 * A sub-area as {@link defineAreaSection} renders it: a numbered heading with the blocks of the results part and of
 * the directions part (a sub-area with no blocks for the part is left out).
 *
 * @example
 * const measurement: AreaSubsection = { title: 'Công tác Đo lường', results: ['Kiểm định 498 phương tiện đo.'], plans: [] };
 */
export type AreaSubsection = { title: RichTextInput; results: readonly BlockInput[]; plans: readonly BlockInput[] };

/** What {@link defineAreaSection} needs besides the shared fields. */
export type AreaSpec<Shape extends z.ZodRawShape, Id extends string = string> = {
  /** Stable kebab-case id, e.g. `nghien-cuu-khcn` (kept as a literal type: it types the section blocks). */
  id: Id;
  title: SectionTitle;
  description?: string;
  appliesFrom?: string;
  appliesUntil?: string;
  /** The area's own structured figures (counts, money, tasks …). */
  figures: Shape;
  /** Sentences/tables generated from the figures for the results part (before the prose). */
  summarize?: (data: AreaData<Shape>, ctx: SectionContext) => BlockInput[];
  /** Blocks generated from the figures for the directions part (before the prose). */
  plan?: (data: AreaData<Shape>, ctx: SectionContext) => BlockInput[];
  /** Blocks for an appendix (e.g. a detailed task table); without it, an appendix shows the results. */
  appendix?: (data: AreaData<Shape>, ctx: SectionContext) => BlockInput[];
  /**
   * The sub-areas to render, in order; by default the data's own `subsections`. Return a changed list to put blocks
   * generated from the figures at the start of a sub-area the report gives, or to add sub-areas generated from the
   * figures (e.g. "Ưu điểm", "Hạn chế"). Called for each part; `ctx.mode` tells which.
   */
  subsections?: (data: AreaData<Shape>, ctx: SectionContext) => readonly AreaSubsection[];
  checks?: (data: AreaData<Shape>, ctx: SectionContext) => Diagnostic[];
  /** Report-series indicators of the figures, by dotted figure path: kind, label, unit (see `SectionSpec.indicators`). */
  indicators?: IndicatorDeclarations;
};

/** The zod schema of a work area: the shared fields plus its own figures. */
export type AreaSchema<Shape extends z.ZodRawShape> = z.ZodObject<typeof areaShape & Shape>;
/** The parsed data of a work area: the shared fields plus its own figures. */
export type AreaData<Shape extends z.ZodRawShape> = z.output<AreaSchema<Shape>>;

/**
 * Defines a work-area section: the shared prose fields plus the area's own figures. `results` renders the
 * generated sentences (`summarize`), then the prose, then the sub-areas (`subsections`) as numbered headings;
 * `plans` does the same with `plan` and the directions prose; an appendix renders `appendix` (or the results).
 *
 * @example
 * const startups = defineAreaSection({
 *   id: 'khoi-nghiep-thu', title: 'Khởi nghiệp đổi mới sáng tạo',
 *   figures: { contests: z.number().int().nonnegative().optional() },
 *   summarize: (d, ctx) => (d.contests === undefined ? [] : [`Tổ chức ${ctx.format.count(d.contests)} cuộc thi.`]),
 * });
 * // results({ contests: 2, results: ['Hỗ trợ 09 gian hàng.'] }) → ['Tổ chức 02 cuộc thi.', 'Hỗ trợ 09 gian hàng.']
 *
 * @example
 * // Generated sub-areas before the report's own, and a table of its own in an appendix:
 * const assessment = defineAreaSection({
 *   id: 'danh-gia-thu', title: 'Đánh giá chung',
 *   figures: { strengths: proseSchema },
 *   subsections: (d) => [...(d.strengths.length > 0 ? [{ title: 'Ưu điểm', results: d.strengths, plans: [] }] : []), ...d.subsections],
 *   appendix: (d) => [{ type: 'table', columns: [{ title: 'TT' }, { title: 'Ưu điểm' }], rows: d.strengths.map((_, i) => [String(i + 1), `Ưu điểm ${i + 1}`]) }],
 * });
 * // results({ results: ['Nhìn chung …'], strengths: ['Hoàn thành kế hoạch.'] })
 * // → ['Nhìn chung …', { type: 'heading', title: 'Ưu điểm', content: ['Hoàn thành kế hoạch.'] }]
 */
export function defineAreaSection<Shape extends z.ZodRawShape, Id extends string = string>(spec: AreaSpec<Shape, Id>): SectionPlugin<AreaSchema<Shape>, Id> {
  const schema = z.object({ ...areaShape, ...spec.figures }) as unknown as AreaSchema<Shape>;
  const section: SectionSpec<AreaSchema<Shape>, Id> = {
    id: spec.id,
    title: spec.title,
    schema,
    results: (data, ctx) => {
      const shared = data as unknown as Shared;
      return [...(spec.summarize?.(data, ctx) ?? []), ...shared.results, ...headings(spec.subsections?.(data, ctx) ?? shared.subsections, 'results')];
    },
    plans: (data, ctx) => {
      const shared = data as unknown as Shared;
      return [...(spec.plan?.(data, ctx) ?? []), ...shared.plans, ...headings(spec.subsections?.(data, ctx) ?? shared.subsections, 'plans')];
    },
  };
  if (spec.appendix) section.appendix = spec.appendix;
  if (spec.description !== undefined) section.description = spec.description;
  if (spec.appliesFrom !== undefined) section.appliesFrom = spec.appliesFrom;
  if (spec.appliesUntil !== undefined) section.appliesUntil = spec.appliesUntil;
  if (spec.checks) section.checks = spec.checks;
  if (spec.indicators) section.indicators = spec.indicators;
  return defineSection(section);
}

type Shared = { results: BlockInput[]; plans: BlockInput[]; subsections: readonly AreaSubsection[] };

function headings(subsections: readonly AreaSubsection[], mode: 'results' | 'plans'): BlockInput[] {
  return subsections
    .filter((s) => s[mode].length > 0)
    .map((s) => ({ type: 'heading' as const, title: s.title, content: s[mode] as BlockInput[] }));
}
