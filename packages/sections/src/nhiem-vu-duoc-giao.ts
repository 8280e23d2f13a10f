import { defineAreaSection, type AreaData, type BlockInput, type CellInput, type InlineInput, type RowInput, type SectionContext } from '@baocao-khcn/core';
import { checkStatedCounts, checkTasks, countFigure, countTasks, optionalCount, proseSchema, richTextSchema, seriesFigure, taskDeadlineText, taskSchema, taskState, taskStatus, type Task, type TaskCounts, type TaskState } from '@baocao-khcn/core/plugin';
import { z } from 'zod';

const ID = 'nhiem-vu-duoc-giao';
const UNIT = 'nhiệm vụ';
const DEFAULT_NOTE = '(Có phụ lục chi tiết các nhiệm vụ gửi kèm theo).';

/** Counts written by hand in the report, checked against the counts of the task list. */
const statedSchema = z
  .object({
    total: optionalCount({ title: 'Tổng số', description: 'Tổng số nhiệm vụ được giao.' }),
    done: optionalCount({ title: 'Đã thực hiện', description: 'Số nhiệm vụ đã thực hiện (hoàn thành).' }),
    doneLate: optionalCount({ title: 'Thực hiện chậm', description: 'Trong số đã thực hiện, số nhiệm vụ thực hiện chậm.' }),
    inProgress: optionalCount({ title: 'Đang thực hiện', description: 'Số nhiệm vụ đang thực hiện, còn trong hạn.' }),
    overdue: optionalCount({ title: 'Quá hạn', description: 'Số nhiệm vụ quá hạn chưa hoàn thành.' }),
    notStarted: optionalCount({ title: 'Chưa thực hiện', description: 'Số nhiệm vụ chưa thực hiện.' }),
  })
  .meta({ title: 'Số liệu ghi tay', description: 'Số liệu ghi tay trong báo cáo; được in thay cho số đếm từ danh sách và được đối chiếu với danh sách.' });

/**
 * Columns of the detailed table (Phụ lục), with their widths: on a landscape page a reference such as
 * "1102/UBND-KGVX" fits on one line of its column at 12 pt, whatever the ND 30 margins.
 */
const COLUMNS = [
  { title: 'TT', width: 0.05 },
  { title: 'Số/Ký hiệu VBCĐ', width: 0.17 },
  { title: 'Nội dung công việc', width: 0.3 },
  { title: 'Thời hạn', width: 0.1 },
  { title: 'Ngày hoàn thành', width: 0.1 },
  { title: 'Tiến độ', width: 0.1 },
  { title: 'Kết quả xử lý', width: 0.18 },
];

const figures = {
  tasks: z.array(taskSchema).default([]).meta({ title: 'Các nhiệm vụ được giao', description: 'Nhiệm vụ được giao, mỗi nhiệm vụ một dòng của phụ lục.' }),
  stated: statedSchema.optional(),
  lead: richTextSchema.optional().meta({ title: 'Dòng đầu', description: 'Dòng in đậm trước phần tổng hợp; mặc định "Nhiệm vụ được giao trong <kỳ báo cáo>"; "" để bỏ.' }),
  appendixNote: z.string().optional().meta({ title: 'Ghi chú phụ lục', description: 'Ghi chú sau phần tổng hợp; mặc định "(Có phụ lục chi tiết các nhiệm vụ gửi kèm theo)." khi có danh sách; "" để bỏ.' }),
  intro: proseSchema.meta({ title: 'Đoạn mở đầu', description: 'Đoạn văn trước phần tổng hợp, ví dụ đánh giá chung việc thực hiện nhiệm vụ được giao.' }),
};

type Data = AreaData<typeof figures>;


/**
 * Nhiệm vụ được giao — tasks assigned by the UBND tỉnh or its chairman, tracked against their deadlines at the
 * report's cut-off (seed 004, Bắc Giang). `results` writes the optional `intro` prose, the bold lead line, the
 * summary (total; done, of which late; under way within the deadline, overdue; not started), the appendix note,
 * then the prose. Printed counts are the `stated` ones when given (as the report wrote them), otherwise counted
 * from `tasks`. Placed in an appendix, the section renders the detailed table grouped I/II/III with the status
 * computed by core's `taskStatus`. `plans` is prose only.
 *
 * A task without `state` is done when it has `completedOn`, otherwise under way.
 *
 * Checks: core's `checkTasks` (`task/status-mismatch`, `task/completed-after-cutoff`, `task/missing-completion`,
 * `task/state-mismatch`, paths `['tasks', i, …]`), core's `checkStatedCounts` (`count/stated-mismatch`, paths
 * `['stated', key]`; only when there is a list to count). A task date that does not exist is refused by core's
 * `isoDateSchema` (`date/invalid`).
 *
 * @example
 * // data: { tasks: [ 4 done on time, 10 under way ] } in a report of tháng 9/2023
 * // results →
 * //   "**Nhiệm vụ được giao trong tháng 9/2023**"
 * //   "Tổng số: 14 nhiệm vụ."
 * //   "- Đã thực hiện (hoàn thành): 04 nhiệm vụ, thực hiện chậm: 0."
 * //   "- Đang thực hiện (trong hạn): 10 nhiệm vụ; quá hạn: 0 nhiệm vụ."
 * //   "- Chưa thực hiện: 0 nhiệm vụ."
 * //   "(Có phụ lục chi tiết các nhiệm vụ gửi kèm theo)."
 * // appendix →
 * //   "TT | Số/Ký hiệu VBCĐ | Nội dung công việc | Thời hạn | Ngày hoàn thành | Tiến độ | Kết quả xử lý"
 * //   "I | ĐÃ THỰC HIỆN: 04 nhiệm vụ"
 * //   "1 | 4502/UBND-KGVX⏎Ngày 09/8/2023 | V/v Góp ý dự thảo … | 18/8/2023 | 17/8/2023 | Đúng hạn | Công văn số 1036/KHCN-QLCN …"
 * //   "II | ĐANG THỰC HIỆN: 10 nhiệm vụ (trong hạn)" …
 * //   "III | CHƯA THỰC HIỆN: 0"
 */
export const nhiemVuDuocGiao = defineAreaSection({
  id: ID,
  title: 'Thực hiện nhiệm vụ do UBND tỉnh, Chủ tịch UBND tỉnh giao',
  description: 'Theo dõi nhiệm vụ do UBND tỉnh, Chủ tịch UBND tỉnh giao: tổng hợp số nhiệm vụ đã, đang, chưa thực hiện và phụ lục chi tiết có thời hạn, tiến độ.',
  indicators: {
    'stated.total': { kind: 'flow', label: 'Nhiệm vụ được giao', unit: 'nhiệm vụ' },
    'stated.done': { kind: 'flow', label: 'Nhiệm vụ đã hoàn thành', unit: 'nhiệm vụ' },
    'stated.doneLate': { kind: 'flow', label: 'Nhiệm vụ hoàn thành chậm', unit: 'nhiệm vụ' },
    'stated.inProgress': { kind: 'stock', label: 'Nhiệm vụ đang thực hiện', unit: 'nhiệm vụ' },
    'stated.overdue': { kind: 'stock', label: 'Nhiệm vụ quá hạn', unit: 'nhiệm vụ' },
    'stated.notStarted': { kind: 'stock', label: 'Nhiệm vụ chưa thực hiện', unit: 'nhiệm vụ' },
  },
  figures,
  summarize: (data, ctx) => [...data.intro, ...summary(data, ctx)],
  appendix: (data, ctx) => [appendixTable(data, ctx)],
  checks: (data, ctx) => [
    ...checkTasks(data.tasks, ctx.cutoff, ['tasks']),
    // Counts stated without a list have nothing to be checked against.
    ...(data.stated === undefined || data.tasks.length === 0 ? [] : checkStatedCounts(data.stated, countTasks(data.tasks, ctx.cutoff), ['stated'])),
  ],
});

/** The counts printed: stated by hand when given, otherwise counted from the list. */
function printedCounts(data: Data, ctx: SectionContext): TaskCounts {
  const counted = countTasks(data.tasks, ctx.cutoff);
  const stated = data.stated ?? {};
  return {
    total: stated.total ?? counted.total,
    done: stated.done ?? counted.done,
    doneLate: stated.doneLate ?? counted.doneLate,
    inProgress: stated.inProgress ?? counted.inProgress,
    overdue: stated.overdue ?? counted.overdue,
    notStarted: stated.notStarted ?? counted.notStarted,
  };
}

function summary(data: Data, ctx: SectionContext): BlockInput[] {
  if (data.tasks.length === 0 && data.stated === undefined) return [];
  const c = printedCounts(data, ctx);
  // A count stated by hand is the indicator `stated.<key>`; a count of the list is not.
  const count = (key: keyof TaskCounts, unit?: string) =>
    data.stated?.[key] === undefined ? countFigure(c[key], unit) : seriesFigure(countFigure(c[key], unit), `stated.${key}`, ctx);
  const lead = data.lead ?? `Nhiệm vụ được giao trong ${ctx.labels.period}`;
  const out: BlockInput[] = [
    ...(lead.length === 0 ? [] : [{ type: 'paragraph' as const, content: lead, bold: true }]),
    ['Tổng số: ', count('total', UNIT), '.'],
    {
      type: 'list',
      items: [
        ['Đã thực hiện (hoàn thành): ', count('done', UNIT), ', thực hiện chậm: ', count('doneLate'), '.'],
        ['Đang thực hiện (trong hạn): ', count('inProgress', UNIT), '; quá hạn: ', count('overdue', UNIT), '.'],
        ['Chưa thực hiện: ', count('notStarted', UNIT), '.'],
      ],
    },
  ];
  const note = data.appendixNote ?? (data.tasks.length > 0 ? DEFAULT_NOTE : '');
  if (note !== '') out.push(note);
  return out;
}

/** A group row: its roman number, then the label spanning the other six columns. */
function groupRow(number: string, label: InlineInput[]): RowInput {
  return { group: true, cells: [{ content: number, align: 'center' }, { content: label, colSpan: COLUMNS.length - 1 }] };
}

/** "04 nhiệm vụ", or a bare "0" for an empty group (as the seed writes "CHƯA THỰC HIỆN: 0"). */
function groupCount(n: number): InlineInput {
  return n === 0 ? countFigure(0) : countFigure(n, UNIT);
}

function taskRow(task: Task, i: number, ctx: SectionContext): RowInput {
  const center = (content: string): CellInput => ({ content, align: 'center' });
  return [
    center(String(i + 1)),
    center(taskRef(task, ctx)),
    task.content,
    center(taskDeadlineText(task)),
    center(task.completedOn !== undefined ? ctx.format.shortDate(task.completedOn) : ''),
    center(taskStatus(task, ctx.cutoff)),
    task.result ?? task.progress ?? '',
  ];
}

function appendixTable(data: Data, ctx: SectionContext): BlockInput {
  const groups: Record<TaskState, Task[]> = { done: [], 'in-progress': [], 'not-started': [] };
  for (const task of data.tasks) groups[taskState(task)].push(task);
  const underWay = groups['in-progress'];
  const late = underWay.filter((t) => taskStatus(t, ctx.cutoff) === 'Quá hạn').length;
  const underWayNote: InlineInput[] =
    underWay.length === 0 ? [] : late === 0 ? [' (trong hạn)'] : [' (trong hạn: ', countFigure(underWay.length - late), '; quá hạn: ', countFigure(late), ')'];
  const rows: RowInput[] = [
    groupRow('I', ['ĐÃ THỰC HIỆN: ', groupCount(groups.done.length)]),
    ...groups.done.map((t, i) => taskRow(t, i, ctx)),
    groupRow('II', ['ĐANG THỰC HIỆN: ', groupCount(underWay.length), ...underWayNote]),
    ...underWay.map((t, i) => taskRow(t, i, ctx)),
    groupRow('III', ['CHƯA THỰC HIỆN: ', groupCount(groups['not-started'].length)]),
    ...groups['not-started'].map((t, i) => taskRow(t, i, ctx)),
  ];
  return { type: 'table', columns: COLUMNS, rows };
}

/** The reference of the assigning document with its date on a second line ("4502/UBND-KGVX⏎Ngày 09/8/2023"). */
function taskRef(task: Task, ctx: SectionContext): string {
  const date = task.refDate === undefined ? undefined : `${task.refDatePrefix ?? 'Ngày'} ${ctx.format.shortDate(task.refDate)}`;
  return [task.ref, date].filter((s): s is string => s !== undefined && s !== '').join('\n');
}
