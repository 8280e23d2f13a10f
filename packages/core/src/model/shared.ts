import { z } from 'zod';
import { blockSchema } from './blocks';
import { figurePartSchema, richTextSchema } from './rich-text';
import { isoDateSchema } from './report';

/**
 * Shared shapes for section plugins, so that no two sections define a count, a task or a sum of money differently.
 */

/**
 * Free prose of a section: blocks as a report writes them.
 *
 * @example
 * proseSchema.parse(['Đoạn một.', { type: 'list', items: ['Ý một'] }])
 */
export const proseSchema = z.array(blockSchema).default([]);

/**
 * A count with an optional breakdown whose parts must add up to it.
 *
 * @example
 * countSchema.parse({ value: 50, breakdown: [{ label: 'nông nghiệp', value: 17 }, { label: 'khác', value: 33 }] })
 */
export const countSchema = z.object({
  value: z.number().int().nonnegative(),
  breakdown: z.array(figurePartSchema).optional(),
});
export type Count = z.infer<typeof countSchema>;

/**
 * A sum of money in đồng (or another unit), optionally spelt out in words as written.
 *
 * @example
 * moneySchema.parse({ amount: 45998409 }) // { amount: 45998409, unit: 'đồng' }
 */
export const moneySchema = z.object({
  amount: z.number().nonnegative(),
  unit: z.string().default('đồng'),
  words: z.string().optional(),
});
export type Money = z.infer<typeof moneySchema>;

/**
 * An optional count (a whole number ≥ 0) with its description, for the figures of a work area.
 *
 * @example
 * const schema = z.object({ licences: optionalCount('Giấy phép tiến hành công việc bức xạ đã cấp.') });
 * schema.parse({ licences: 10 })          // { licences: 10 }
 * schema.parse({})                        // {}
 * schema.safeParse({ licences: -1 }).success  // false
 * schema.safeParse({ licences: 1.5 }).success // false
 */
export function optionalCount(description: string) {
  return z.number().int().nonnegative().optional().describe(description);
}

/**
 * One labelled part of a breakdown written by a section ("Lĩnh vực y dược 01", "Thép: 90 lô"); the parts of a
 * breakdown are checked against their total with `checkSum`.
 *
 * @example
 * breakdownPartSchema.parse({ label: 'Thép', value: 90 })            // { label: 'Thép', value: 90 }
 * breakdownPartSchema.safeParse({ label: '', value: 1 }).success     // false
 */
export const breakdownPartSchema = z.object({
  label: z.string().min(1).describe('What the part counts, as written ("Lĩnh vực nông nghiệp", "Thép").'),
  value: z.number().int().nonnegative().describe('The count of this part.'),
});
export type BreakdownPart = z.infer<typeof breakdownPartSchema>;

/**
 * Where a breakdown is written: in the sentence (`text`, "…, trong đó: …") or in a footnote on the total (`footnote`).
 *
 * @example
 * breakdownInSchema.parse('footnote') // 'footnote'
 * breakdownInSchema.options           // ['text', 'footnote']
 */
export const breakdownInSchema = z.enum(['text', 'footnote']).describe('Write the breakdown in the sentence ("text") or in a footnote on the total ("footnote").');

/**
 * Statuses of an assigned task relative to the report's cut-off date.
 *
 * @example
 * TASK_STATUSES // ['Đúng hạn', 'Quá hạn', 'Chưa đến hạn']
 */
export const TASK_STATUSES = ['Đúng hạn', 'Quá hạn', 'Chưa đến hạn'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/**
 * A task assigned to the agency (by the UBND tỉnh, a decision, a plan…) with its deadline and completion.
 *
 * @example
 * taskSchema.parse({ ref: '3991/UBND-KGVX', content: 'Góp ý dự thảo Thông tư', deadline: '2023-09-13', completedOn: '2023-09-13' })
 */
export const taskSchema = z.object({
  /** Số/ký hiệu of the assigning document, e.g. "4502/UBND-KGVX". */
  ref: z.string().optional(),
  /** Date of the assigning document. */
  refDate: isoDateSchema.optional(),
  /** How the date is written after the reference in the source ("Ngày 09/8/2023", "ngày 19/4/2023"). */
  refDatePrefix: z.string().optional(),
  content: richTextSchema,
  deadline: isoDateSchema.optional(),
  /** Deadline as written when it is not a date ("Tháng 3 năm 2023", "Thường xuyên"). */
  deadlineText: z.string().optional(),
  completedOn: isoDateSchema.optional(),
  /** Status as stated by hand; checked against the computed one. */
  status: z.string().optional(),
  /** Progress or result as written. */
  progress: richTextSchema.optional(),
  result: richTextSchema.optional(),
  /** Whether the work is done, under way or not started (Đã / Đang / Chưa thực hiện). */
  state: z.enum(['done', 'in-progress', 'not-started']).optional(),
});
export type Task = z.infer<typeof taskSchema>;

/**
 * Whether a task is done, under way or not started (Đã / Đang / Chưa thực hiện); see `taskState`.
 *
 * @example
 * const state: TaskState = 'in-progress';
 */
export type TaskState = NonNullable<Task['state']>;
