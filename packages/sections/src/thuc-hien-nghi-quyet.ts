import { defineAreaSection, type AreaData, type BlockInput } from '@baocao-khcn/core';
import { checkTasks, taskDeadlineText, taskSchema } from '@baocao-khcn/core/plugin';
import { z } from 'zod';

const ID = 'thuc-hien-nghi-quyet';
const DEFAULT_AGENCY = 'Sở Khoa học và Công nghệ';
const DEFAULT_COLUMNS = { content: 'Nội dung', deadline: 'Tiến độ theo kế hoạch', result: 'Kết quả thực hiện' };

const figures = {
  tasks: z.array(taskSchema).default([]).meta({ title: 'Các nhiệm vụ', description: 'Nhiệm vụ của nghị quyết, chương trình, kế hoạch; mỗi nhiệm vụ một dòng của bảng.' }),
  columns: z
    .object({
      content: z.string().min(1).optional().meta({ title: 'Cột nội dung', description: `Tiêu đề cột nội dung; mặc định "${DEFAULT_COLUMNS.content}".` }),
      deadline: z.string().min(1).optional().meta({ title: 'Cột tiến độ', description: `Tiêu đề cột tiến độ; mặc định "${DEFAULT_COLUMNS.deadline}".` }),
      result: z.string().min(1).optional().meta({ title: 'Cột kết quả', description: `Tiêu đề cột kết quả; mặc định "${DEFAULT_COLUMNS.result}".` }),
    })
    .optional()
    .meta({ title: 'Tiêu đề các cột', description: 'Thay tiêu đề mặc định các cột của bảng.' }),
  formRef: z.string().min(1).optional().meta({ title: 'Biểu ở phụ lục', description: 'Biểu báo cáo ở phụ lục, ví dụ "Biểu số 21": khi không có bảng và không có nội dung, viết câu "… báo cáo tại Biểu số 21 tại Phụ lục kèm theo."' }),
};

type Data = AreaData<typeof figures>;

/**
 * Thực hiện nghị quyết, chương trình, kế hoạch — the tasks of a decision or plan of the UBND tỉnh or the Government
 * (seed 003, Bắc Kạn: Quyết định số 2519/QĐ-UBND, Nghị quyết số 11/NQ-CP) as a table TT | Nội dung | Tiến độ theo
 * kế hoạch | Kết quả thực hiện, then the prose. The deadline cell is the deadline as written (`deadlineText`) or its
 * short date; the result cell is `result`, or `progress`. When the results are reported in a form of the appendix
 * (`formRef`) and there is neither table nor prose, one sentence points to it. The heading is usually the report's
 * own (`title` of the section block), e.g. "Kết quả thực hiện Nghị quyết số 11/NQ-CP của Chính phủ".
 *
 * Checks: core's `checkTasks` on the tasks with a date deadline (`task/status-mismatch`, …, paths
 * `['tasks', i, …]`); a task date that does not exist is refused by core's `isoDateSchema` (`date/invalid`).
 *
 * @example
 * // data: { tasks: [{ content: 'Tham mưu ban hành Quyết định …', deadlineText: 'Tháng 3 năm 2023',
 * //                   result: 'Đã hoàn thành (Quyết định số 713/QĐ-UBND ngày 24/4/2023)' }] }
 * // results →
 * //   "TT | Nội dung | Tiến độ theo kế hoạch | Kết quả thực hiện"
 * //   "1 | Tham mưu ban hành Quyết định … | Tháng 3 năm 2023 | Đã hoàn thành (Quyết định số 713/QĐ-UBND ngày 24/4/2023)"
 * // data: { formRef: 'Biểu số 21' } →
 * //   "Sở Khoa học và Công nghệ báo cáo tại Biểu số 21 tại Phụ lục kèm theo."
 */
export const thucHienNghiQuyet = defineAreaSection({
  id: ID,
  title: 'Kết quả thực hiện nghị quyết, chương trình, kế hoạch',
  description: 'Kết quả thực hiện các nhiệm vụ được giao tại nghị quyết, chương trình hành động, kế hoạch của Chính phủ, Tỉnh ủy, UBND tỉnh (bảng nội dung, tiến độ, kết quả).',
  figures,
  summarize: (data, ctx) => {
    const out: BlockInput[] = [];
    if (data.tasks.length > 0) out.push(taskTable(data));
    else if (data.formRef !== undefined && data.results.length === 0 && data.subsections.length === 0) {
      out.push(`${ctx.profile.agency.shortName ?? DEFAULT_AGENCY} báo cáo tại ${data.formRef} tại Phụ lục kèm theo.`);
    }
    return out;
  },
  checks: (data, ctx) => checkTasks(data.tasks, ctx.cutoff, ['tasks'], { include: (t) => t.deadline !== undefined }),
});

function taskTable(data: Data): BlockInput {
  const titles = {
    content: data.columns?.content ?? DEFAULT_COLUMNS.content,
    deadline: data.columns?.deadline ?? DEFAULT_COLUMNS.deadline,
    result: data.columns?.result ?? DEFAULT_COLUMNS.result,
  };
  return {
    type: 'table',
    columns: [
      { title: 'TT', width: 0.06, align: 'center' },
      { title: titles.content, width: 0.5 },
      { title: titles.deadline, width: 0.17, align: 'center' },
      { title: titles.result, width: 0.27 },
    ],
    rows: data.tasks.map((task, i) => [String(i + 1), task.content, taskDeadlineText(task, 'text'), task.result ?? task.progress ?? '']),
  };
}
