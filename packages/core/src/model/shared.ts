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
  value: z.number().int().nonnegative().meta({ title: 'Số lượng', description: 'Tổng số, là số nguyên không âm.' }),
  breakdown: z.array(figurePartSchema).optional().meta({ title: 'Chi tiết', description: 'Các phần của tổng số; cộng lại phải bằng tổng số.' }),
});
/** A count in section data: a non-negative integer with an optional breakdown whose parts must add up to it. */
export type Count = z.infer<typeof countSchema>;

/**
 * A sum of money in đồng (or another unit), optionally spelt out in words as written.
 *
 * @example
 * moneySchema.parse({ amount: 45998409 }) // { amount: 45998409, unit: 'đồng' }
 */
export const moneySchema = z.object({
  amount: z.number().nonnegative().meta({ title: 'Số tiền', description: 'Số tiền bằng chữ số.' }),
  unit: z.string().default('đồng').meta({ title: 'Đơn vị', description: 'Đơn vị tiền; mặc định "đồng".' }),
  words: z.string().optional().meta({ title: 'Số tiền bằng chữ', description: 'Số tiền viết bằng chữ như trong văn bản; được đối chiếu với chữ số.' }),
});
/** An amount of money in section data: the value in the unit (`đồng` by default) and, optionally, the amount in words as the text states it, checked against the figure. */
export type Money = z.infer<typeof moneySchema>;

/**
 * An optional count (a whole number ≥ 0) with its description, or its `title` and `description` (what a form shows:
 * the JSON Schema carries both), for the figures of a work area.
 *
 * @example
 * const schema = z.object({ licences: optionalCount({ title: 'Giấy phép bức xạ', description: 'Giấy phép tiến hành công việc bức xạ đã cấp.' }) });
 * schema.parse({ licences: 10 })          // { licences: 10 }
 * schema.parse({})                        // {}
 * schema.safeParse({ licences: -1 }).success  // false
 * schema.safeParse({ licences: 1.5 }).success // false
 */
export function optionalCount(text: string | { title: string; description: string }) {
  const count = z.number().int().nonnegative().optional();
  return typeof text === 'string' ? count.describe(text) : count.meta(text);
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
  label: z.string().min(1).meta({ title: 'Tên phần', description: 'Phần được đếm, như viết trong văn bản, ví dụ "Lĩnh vực nông nghiệp", "Thép".' }),
  value: z.number().int().nonnegative().meta({ title: 'Số lượng', description: 'Số lượng của phần này.' }),
});
/** A labelled part of a breakdown in section data: what it counts ("Lĩnh vực nông nghiệp", "Thép"; never empty, unlike the label of a `FigurePart`) and how many. */
export type BreakdownPart = z.infer<typeof breakdownPartSchema>;

/**
 * Where a breakdown is written: in the sentence (`text`, "…, trong đó: …") or in a footnote on the total (`footnote`).
 *
 * @example
 * breakdownInSchema.parse('footnote') // 'footnote'
 * breakdownInSchema.options           // ['text', 'footnote']
 */
export const breakdownInSchema = z.enum(['text', 'footnote']).meta({
  title: 'Nơi ghi chi tiết',
  description: 'Ghi chi tiết trong câu ("text", "…, trong đó: …") hoặc ở chú thích cuối trang của tổng số ("footnote").',
});

/**
 * Statuses of an assigned task relative to the report's cut-off date.
 *
 * @example
 * TASK_STATUSES // ['Đúng hạn', 'Quá hạn', 'Chưa đến hạn']
 */
export const TASK_STATUSES = ['Đúng hạn', 'Quá hạn', 'Chưa đến hạn'] as const;
/** The status of a task against its deadline, as printed: `Đúng hạn`, `Quá hạn` or `Chưa đến hạn`. */
export type TaskStatus = (typeof TASK_STATUSES)[number];

/**
 * A task assigned to the agency (by the UBND tỉnh, a decision, a plan…) with its deadline and completion.
 *
 * @example
 * taskSchema.parse({ ref: '3991/UBND-KGVX', content: 'Góp ý dự thảo Thông tư', deadline: '2023-09-13', completedOn: '2023-09-13' })
 */
export const taskSchema = z.object({
  /** Số/ký hiệu of the assigning document, e.g. "4502/UBND-KGVX". */
  ref: z.string().optional().meta({ title: 'Văn bản giao', description: 'Số, ký hiệu văn bản giao nhiệm vụ, ví dụ "4502/UBND-KGVX".' }),
  /** Date of the assigning document. */
  refDate: isoDateSchema.optional().meta({ title: 'Ngày văn bản giao', description: 'Ngày ban hành văn bản giao nhiệm vụ, dạng YYYY-MM-DD.' }),
  /** How the date is written after the reference in the source ("Ngày 09/8/2023", "ngày 19/4/2023"). */
  refDatePrefix: z.string().optional().meta({ title: 'Chữ trước ngày', description: 'Chữ viết trước ngày của văn bản giao như trong bản gốc, ví dụ "Ngày" hoặc "ngày".' }),
  content: richTextSchema.meta({ title: 'Nội dung nhiệm vụ', description: 'Nội dung công việc được giao.' }),
  deadline: isoDateSchema.optional().meta({ title: 'Thời hạn', description: 'Thời hạn hoàn thành, dạng YYYY-MM-DD.' }),
  /** Deadline as written when it is not a date ("Tháng 3 năm 2023", "Thường xuyên"). */
  deadlineText: z.string().optional().meta({ title: 'Thời hạn ghi bằng chữ', description: 'Thời hạn khi không phải một ngày, ví dụ "Tháng 3 năm 2023", "Thường xuyên".' }),
  completedOn: isoDateSchema.optional().meta({ title: 'Ngày hoàn thành', description: 'Ngày hoàn thành nhiệm vụ, dạng YYYY-MM-DD.' }),
  /** Status as stated by hand; checked against the computed one. */
  status: z.string().optional().meta({ title: 'Tình trạng ghi tay', description: 'Tình trạng như báo cáo ghi ("Đúng hạn", "Quá hạn", "Chưa đến hạn"); được đối chiếu với tình trạng tính từ thời hạn.' }),
  /** Progress or result as written. */
  progress: richTextSchema.optional().meta({ title: 'Tiến độ', description: 'Tiến độ, kết quả thực hiện như báo cáo ghi.' }),
  result: richTextSchema.optional().meta({ title: 'Kết quả', description: 'Kết quả thực hiện nhiệm vụ.' }),
  /** Whether the work is done, under way or not started (Đã / Đang / Chưa thực hiện). */
  state: z.enum(['done', 'in-progress', 'not-started']).optional().meta({ title: 'Trạng thái', description: '"done": đã thực hiện; "in-progress": đang thực hiện; "not-started": chưa thực hiện.' }),
});
/** A task (nhiệm vụ) in section data: the assigning document, the content, the deadline (a date or words), the completion date, the status as stated (checked against the computed one), progress, result and state. */
export type Task = z.infer<typeof taskSchema>;

/**
 * Whether a task is done, under way or not started (Đã / Đang / Chưa thực hiện); see `taskState`.
 *
 * @example
 * const state: TaskState = 'in-progress';
 */
export type TaskState = NonNullable<Task['state']>;
