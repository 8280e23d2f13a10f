import { z } from 'zod';
import type { SectionLike } from './blocks';
import { blockSchema, cellSchema, columnSchema, listItemSchema, rowSchema } from './blocks';
import { agencySchema, appendixSchema, documentRefSchema, issueDateSchema, partSchema, periodSchema, recipientsSchema, reportSchema, signerSchema } from './report';
import { figureSchema, footnoteSchema, inlineSchema, richTextSchema } from './rich-text';
import { taskSchema } from './shared';

/** A `$defs` entry: its name, and the title and description of a section plugin's data. */
type DefMeta = { id: string; title?: string; description?: string };

/** The `$defs` of the JSON Schema, named after the model (not `__schema0` …). */
const DEFS: readonly (readonly [z.ZodType, DefMeta])[] = (
  [
    [periodSchema, 'Period'],
    [issueDateSchema, 'IssueDate'],
    [agencySchema, 'Agency'],
    [documentRefSchema, 'DocumentRef'],
    [signerSchema, 'Signer'],
    [recipientsSchema, 'Recipients'],
    [appendixSchema, 'Appendix'],
    [partSchema, 'Part'],
    [blockSchema, 'Block'],
    [listItemSchema, 'ListItem'],
    [columnSchema, 'Column'],
    [rowSchema, 'Row'],
    [cellSchema, 'Cell'],
    [richTextSchema, 'RichText'],
    [inlineSchema, 'Inline'],
    [figureSchema, 'Figure'],
    [footnoteSchema, 'Footnote'],
    [taskSchema, 'Task'],
  ] as const
).map(([schema, id]) => [schema, { id }] as const);

/** A section plugin as the JSON Schema names it: its id, and its title and description when it has them. */
export type SectionSchemaSource = SectionLike & { readonly title?: string | { readonly results: string }; readonly description?: string };

/** The title and description of a section plugin's data: the plugin's own, or said from its id. */
function sectionText(section: SectionSchemaSource): { title: string; description: string } {
  const title = (typeof section.title === 'string' ? section.title : section.title?.results) ?? section.id;
  return { title, description: section.description ?? `Số liệu của lĩnh vực "${section.id}".` };
}

/**
 * One conversion: the model's names, and `extra` ones, in a registry for this call (no global zod state). A per-call
 * registry replaces zod's global one, where `.describe()` and `.meta()` keep their texts: those are copied back in by
 * `override` (the `id` aside), so every field keeps its title and description, also beside a `$ref`.
 */
function toJsonSchema(schema: z.ZodType, extra: readonly (readonly [z.ZodType, DefMeta])[] = []): Record<string, unknown> {
  const registry = z.registry<DefMeta>();
  for (const [s, meta] of [...DEFS, ...extra]) if (!registry.has(s)) registry.add(s, meta);
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    cycles: 'ref',
    reused: 'inline',
    metadata: registry,
    target: 'draft-2020-12',
    override: ({ zodSchema, jsonSchema }) => {
      const { id: _id, ...meta } = (z.globalRegistry.get(zodSchema) ?? {}) as Record<string, unknown>;
      for (const [key, value] of Object.entries(meta)) if (value !== undefined && !(key in jsonSchema)) (jsonSchema as Record<string, unknown>)[key] = value;
    },
  }) as Record<string, unknown>;
}

/** What {@link reportJsonSchema} describes besides the report model. */
export type ReportJsonSchemaOptions = {
  /** Section plugins whose data `sections` holds: one `$defs` entry per section id, referenced from `sections.<id>`. */
  sections?: readonly SectionSchemaSource[];
};

/**
 * The report model as JSON Schema (draft 2020-12), for form builders and non-TypeScript clients. It describes the
 * input (before defaults); every field has a Vietnamese `title` and `description`; its `$defs` are named after the
 * model (`Period`, `Signer`, `Block`, `Task` …). Section `data` is open unless `sections` are given: then each
 * section's data schema is a `$defs` entry named after its id, and `sections.<id>` refers to it (the schema of one
 * section alone is {@link sectionJsonSchema}).
 *
 * @example
 * const schema = reportJsonSchema();
 * schema.required // ['issueDate', 'period', 'body', 'signer', 'recipients']
 * schema.properties.period // { title: 'Kỳ báo cáo', description: 'Kỳ báo cáo theo Nghị định 09/2019/NĐ-CP, hoặc kỳ tự chọn.', $ref: '#/$defs/Period' }
 * reportJsonSchema({ sections: allSections }).properties.sections.properties['tham-muu']
 * // { title: 'Công tác tham mưu', description: 'Công tác tham mưu, xây dựng cơ chế chính sách, văn bản: …', $ref: '#/$defs/tham-muu' }
 */
export function reportJsonSchema(options: ReportJsonSchemaOptions = {}): Record<string, unknown> {
  const sections = options.sections ?? [];
  if (sections.length === 0) return toJsonSchema(reportSchema);
  const data = z.object(Object.fromEntries(sections.map((s) => [s.id, s.schema.optional().meta(sectionText(s))]))).catchall(z.unknown());
  const schema = reportSchema.extend({ sections: data.optional().meta(z.globalRegistry.get(reportSchema.shape.sections) ?? {}) });
  return toJsonSchema(schema, sections.map((s) => [s.schema, { id: s.id, ...sectionText(s) }] as const));
}

/**
 * A section plugin's data schema as JSON Schema (draft 2020-12), with a Vietnamese `title` and `description` on every
 * field: pass the plugin (its schema becomes the root, named after its id in `$defs` where it recurs) or a zod
 * schema; shared shapes are named after the model (`Task` …).
 *
 * @example
 * sectionJsonSchema(thamMuu).properties // { results: …, plans: …, subsections: …, documents: … }
 * sectionJsonSchema(nhiemVuDuocGiao).$defs?.Task // the task shape, referenced from `tasks.items`
 */
export function sectionJsonSchema(section: SectionLike | z.ZodType): Record<string, unknown> {
  if (section instanceof z.ZodType) return toJsonSchema(section);
  return { title: section.id, ...toJsonSchema(section.schema) };
}
