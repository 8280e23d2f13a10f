import { z } from 'zod';
import { reportSchema } from './report';

/**
 * The report model as JSON Schema (draft 2020-12), for form builders and non-TypeScript clients.
 * It describes the input (before defaults); section `data` is open (each section plugin documents its own).
 *
 * @example
 * const schema = reportJsonSchema();
 * schema.required // ['issueDate', 'period', 'body', 'signer', 'recipients']
 */
export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(reportSchema, { io: 'input', unrepresentable: 'any', cycles: 'ref', reused: 'ref' }) as Record<string, unknown>;
}

/**
 * A section plugin's data schema as JSON Schema.
 *
 * @example
 * sectionJsonSchema(thamMuu.schema).properties // { results: …, plans: …, subsections: …, documents: … }
 */
export function sectionJsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', cycles: 'ref', reused: 'ref' }) as Record<string, unknown>;
}
