import type { z } from 'zod';
import type { BlockInput } from '../model/blocks';
import type { Diagnostic } from '../validate/diagnostic';
import type { SectionContext } from './context';
import type { IndicatorDeclarations } from '../series/types';
import type { SectionTitle } from './types';


/**
 * What a section plugin declares. `data` in `results`, `plans` and `checks` is typed from `schema`.
 */
export type SectionSpec<S extends z.ZodType = z.ZodType, Id extends string = string> = {
  /** Stable kebab-case id, e.g. `nghien-cuu-khcn` (kept as a literal type: it types the section blocks). */
  id: Id;
  /** Default heading title (a profile or the report may rename it). */
  title: SectionTitle;
  /** One line on what the section covers (shown in docs and JSON Schema). */
  description?: string;
  /** The zod schema of the section's data. */
  schema: S;
  /** First day (ISO) the section applies to, e.g. `2025-03-01` for areas taken over from Sở TT&TT. */
  appliesFrom?: string;
  /** Last day (ISO) the section applies to. */
  appliesUntil?: string;
  /** Blocks for the results part (kết quả). */
  results: (data: z.output<S>, ctx: SectionContext) => BlockInput[];
  /** Blocks for the directions part (phương hướng, nhiệm vụ kỳ tới). */
  plans?: (data: z.output<S>, ctx: SectionContext) => BlockInput[];
  /** Blocks for an appendix (e.g. the detailed task table); falls back to `results`. */
  appendix?: (data: z.output<S>, ctx: SectionContext) => BlockInput[];
  /** Cross-field checks; paths are relative to the section's data. */
  checks?: (data: z.output<S>, ctx: SectionContext) => Diagnostic[];
  /**
   * The report-series indicators of the section's figures, by dotted figure path (`samples.tested`): kind
   * (`flow` | `stock` | `ratio`), label and unit. The indicator id is `<section-id>/<figure-path>`.
   */
  indicators?: IndicatorDeclarations;
};

/** A section plugin, as returned by {@link defineSection}. */
export type SectionPlugin<S extends z.ZodType = z.ZodType, Id extends string = string> = Readonly<SectionSpec<S, Id>> & { readonly kind: 'section' };

/** Any section plugin, whatever its schema. */
// biome-ignore lint: the data type is erased on purpose for collections of plugins.
export type AnySectionPlugin = SectionPlugin<any, string>;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Defines a section plugin: a work area with its data schema and its renderers for the results and directions parts.
 *
 * @example
 * const programme = defineSection({
 *   id: 'chuong-trinh-ocop',
 *   title: 'Chương trình OCOP',
 *   schema: z.object({ products: z.number().int() }),
 *   results: (data, ctx) => [`Hỗ trợ ${ctx.format.count(data.products)} sản phẩm OCOP.`],
 * });
 * // programme.results({ products: 7 }, ctx) → ['Hỗ trợ 07 sản phẩm OCOP.']
 */
export function defineSection<S extends z.ZodType, Id extends string = string>(spec: SectionSpec<S, Id>): SectionPlugin<S, Id> {
  if (!ID.test(spec.id)) {
    throw new TypeError(`defineSection: id "${spec.id}" phải ở dạng kebab-case (a-z, 0-9, "-").`);
  }
  if (typeof spec.results !== 'function') {
    throw new TypeError(`defineSection(${spec.id}): thiếu hàm results.`);
  }
  return Object.freeze({ ...spec, kind: 'section' as const });
}

/**
 * The title a section gets in a part of the given mode.
 *
 * @example
 * sectionTitleFor({ results: 'Công tác quản lý công nghệ', plans: 'Quản lý công nghệ' }, 'plans') // 'Quản lý công nghệ'
 */
export function sectionTitleFor(title: SectionTitle, mode: 'results' | 'plans' | 'appendix'): string {
  if (typeof title === 'string') return title;
  return mode === 'plans' ? (title.plans ?? title.results) : title.results;
}
