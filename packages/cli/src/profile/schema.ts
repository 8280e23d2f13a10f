import { z } from 'zod';

const text = z.string().min(1);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');
const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Mã phải ở dạng kebab-case (a-z, 0-9, "-"), ví dụ "lang-son-skhcn"');
const numberStyle = z.enum(['part', 'upper-alpha', 'roman', 'arabic', 'decimal', 'alpha', 'none']);
const sectionTitle = z.union([text, z.strictObject({ results: text, plans: text.optional() })]);

/**
 * A profile as data (a JSON or YAML file): everything `defineProfile` takes, templates as strings. Objects are
 * strict, so that a misspelt key is reported instead of ignored.
 */
export const profileFileSchema = z.strictObject({
  /** Where a JSON Schema for editors may be named; ignored. */
  $schema: z.string().optional(),
  id: kebab,
  name: text,
  agency: z.strictObject({ parent: z.string().optional(), name: text, shortName: z.string().optional(), code: text, place: text }),
  headingScheme: z.array(numberStyle).min(1),
  listMarkers: z.array(text).min(1).optional(),
  parts: z
    .array(
      z.strictObject({
        id: kebab,
        title: z.string(),
        mode: z.enum(['results', 'plans', 'free']),
        headingScheme: z.array(numberStyle).min(1).optional(),
        sections: z.array(kebab).optional(),
      }),
    )
    .min(1),
  sectionTitles: z.record(z.string(), sectionTitle).optional(),
  templates: z
    .strictObject({ subject: z.string().optional(), opening: z.string().optional(), closing: z.string().optional(), appendixSubtitle: z.string().optional() })
    .optional(),
  kinds: z.record(kebab, z.strictObject({ title: z.string(), code: z.string(), planning: z.boolean().optional() })).optional(),
  to: z.array(text).optional(),
  recipients: z.array(text).optional(),
  signer: z
    .strictObject({
      mode: z.enum(['direct', 'KT', 'TM', 'TL', 'TUQ', 'Q']).optional(),
      for: z.string().optional(),
      title: text,
      on: z.string().optional(),
      name: text,
    })
    .optional(),
  window: z.union([z.strictObject({ cutoffDay: z.number().int().min(2).max(28) }), z.strictObject({ calendar: z.literal(true) })]).optional(),
  appliesFrom: isoDate.optional(),
  appliesUntil: isoDate.optional(),
  series: z.strictObject({ annotate: z.record(text, z.array(z.enum(['cumulative', 'previousYear', 'plan']))).optional() }).optional(),
});
