/**
 * Schema pieces shared by sections 1–11 (prefix `a-`): counts written by hand and labelled breakdowns.
 */
import { z } from 'zod';

/**
 * An optional count (a whole number ≥ 0) with its description, for the figures of a work area.
 *
 * @example
 * const schema = z.object({ licences: optionalCount('Giấy phép tiến hành công việc bức xạ đã cấp.') });
 * schema.parse({ licences: 10 }) // { licences: 10 }
 * schema.safeParse({ licences: -1 }).success // false
 */
export function optionalCount(description: string) {
  return z.number().int().nonnegative().optional().describe(description);
}

/**
 * One labelled part of a breakdown, e.g. `{ label: 'Lĩnh vực y dược', value: 3 }`.
 *
 * @example
 * breakdownPartSchema.parse({ label: 'Thép', value: 90 }) // { label: 'Thép', value: 90 }
 */
export const breakdownPartSchema = z.object({
  label: z.string().min(1).describe('What the part counts, as written ("Lĩnh vực nông nghiệp", "Thép").'),
  value: z.number().int().nonnegative().describe('The count of this part.'),
});

/**
 * Where a breakdown is written: in the sentence (`text`, "…, trong đó: …") or in a footnote on the total (`footnote`).
 *
 * @example
 * breakdownInSchema.parse('footnote') // 'footnote'
 */
export const breakdownInSchema = z.enum(['text', 'footnote']).describe('Write the breakdown in the sentence ("text") or in a footnote on the total ("footnote").');
