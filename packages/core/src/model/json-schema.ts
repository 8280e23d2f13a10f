import { z } from 'zod';
import type { SectionLike } from './blocks';
import { blockSchema, cellSchema, columnSchema, listItemSchema, rowSchema } from './blocks';
import { agencySchema, appendixSchema, documentRefSchema, issueDateSchema, partSchema, periodSchema, recipientsSchema, reportSchema, signerSchema } from './report';
import { figureSchema, footnoteSchema, inlineSchema, richTextSchema } from './rich-text';
import { taskSchema } from './shared';

/** The `$defs` of the JSON Schema, named after the model (not `__schema0` …). */
const DEFS: readonly (readonly [z.ZodType, string])[] = [
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
];

/**
 * A registry for one conversion (no global zod state): the model's names, and `extra` ones. A per-call registry
 * replaces zod's global one, where `.describe()` and `.meta()` keep their texts: those are copied back in by
 * `override` (the `id` aside), so every field keeps its title and description, also beside a `$ref`.
 */
function toJsonSchema(schema: z.ZodType, extra: readonly (readonly [z.ZodType, string])[] = []): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [s, id] of [...DEFS, ...extra]) if (!registry.has(s)) registry.add(s, { id });
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

/**
 * The report model as JSON Schema (draft 2020-12), for form builders and non-TypeScript clients. It describes the
 * input (before defaults); its `$defs` are named after the model (`Period`, `Signer`, `Block`, `Task` …); section
 * `data` is open (each section plugin's own schema is {@link sectionJsonSchema}).
 *
 * @example
 * const schema = reportJsonSchema();
 * schema.required // ['issueDate', 'period', 'body', 'signer', 'recipients']
 * schema.properties.period // { $ref: '#/$defs/Period' }
 */
export function reportJsonSchema(): Record<string, unknown> {
  return toJsonSchema(reportSchema);
}

/**
 * A section plugin's data schema as JSON Schema (draft 2020-12): pass the plugin (its schema becomes the root, named
 * after its id in `$defs` where it recurs) or a zod schema; shared shapes are named after the model (`Task` …).
 *
 * @example
 * sectionJsonSchema(thamMuu).properties // { results: …, plans: …, subsections: …, documents: … }
 * sectionJsonSchema(nhiemVuDuocGiao).$defs?.Task // the task shape, referenced from `tasks.items`
 */
export function sectionJsonSchema(section: SectionLike | z.ZodType): Record<string, unknown> {
  if (section instanceof z.ZodType) return toJsonSchema(section);
  return { title: section.id, ...toJsonSchema(section.schema) };
}
