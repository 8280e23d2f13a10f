/**
 * Task helpers shared by the task sections (prefix `b-`): the derived state of a task, the counts a report
 * states about a task list, the cells of a task table and date checks.
 */
import { checkTasks, isIsoDate, taskStatus, type Diagnostic, type JsonPath, type SectionContext, type Task } from '@baocao-khcn/core';

/**
 * Whether a task is done, under way or not started (Đã / Đang / Chưa thực hiện).
 *
 * @example
 * const state: TaskState = 'in-progress';
 */
export type TaskState = NonNullable<Task['state']>;

/**
 * The state of a task: as given, otherwise derived — a completion date means done, anything else is under way.
 *
 * @example
 * taskState({ content: 'Góp ý dự thảo', completedOn: '2023-08-17' }) // 'done'
 * taskState({ content: 'Điều tra nhận thức công chúng' })           // 'in-progress'
 * taskState({ content: 'Khảo sát', state: 'not-started' })          // 'not-started'
 */
export function taskState(task: Pick<Task, 'state' | 'completedOn'>): TaskState {
  return task.state ?? (task.completedOn !== undefined ? 'done' : 'in-progress');
}

/**
 * The counts a report states about a task list.
 *
 * @example
 * const seed004: TaskCounts = { total: 14, done: 4, doneLate: 0, inProgress: 10, overdue: 0, notStarted: 0 };
 */
export type TaskCounts = {
  /** Every task. */
  total: number;
  /** Done (Đã thực hiện, hoàn thành). */
  done: number;
  /** Done after the deadline (thực hiện chậm). */
  doneLate: number;
  /** Under way and not overdue (Đang thực hiện, trong hạn). */
  inProgress: number;
  /** Not done and past the deadline at the cut-off (quá hạn). */
  overdue: number;
  /** Not started (Chưa thực hiện). */
  notStarted: number;
};

/**
 * Counts a task list at the report's cut-off date: done = state done; doneLate = done with computed status
 * Quá hạn; inProgress = under way and not overdue; overdue = not done with computed status Quá hạn; notStarted.
 * (`overdue` may overlap `notStarted`.)
 *
 * @example
 * countTasks([
 *   { content: 'A', deadline: '2023-08-18', completedOn: '2023-08-17' },
 *   { content: 'B', deadline: '2023-09-30' },
 *   { content: 'C', deadline: '2023-09-01' },
 * ], '2023-09-14')
 * // → { total: 3, done: 1, doneLate: 0, inProgress: 1, overdue: 1, notStarted: 0 }
 */
export function countTasks(tasks: readonly Task[], cutoff: string): TaskCounts {
  const counts: TaskCounts = { total: tasks.length, done: 0, doneLate: 0, inProgress: 0, overdue: 0, notStarted: 0 };
  for (const task of tasks) {
    const state = taskState(task);
    const late = taskStatus(safeDates(task), cutoff) === 'Quá hạn';
    if (state === 'done') {
      counts.done++;
      if (late) counts.doneLate++;
    } else {
      if (late) counts.overdue++;
      if (state === 'in-progress' && !late) counts.inProgress++;
      if (state === 'not-started') counts.notStarted++;
    }
  }
  return counts;
}

/**
 * The status of a task at the cut-off (core's `taskStatus`), ignoring dates that are not real dates (those are
 * reported by {@link checkTaskDates}).
 *
 * @example
 * statusAt({ content: 'A', deadline: '2023-09-13', completedOn: '2023-09-13' }, '2023-09-14') // 'Đúng hạn'
 */
export function statusAt(task: Task, cutoff: string): ReturnType<typeof taskStatus> {
  return taskStatus(safeDates(task), cutoff);
}

function safeDates(task: Pick<Task, 'deadline' | 'completedOn'>): Pick<Task, 'deadline' | 'completedOn'> {
  const out: Pick<Task, 'deadline' | 'completedOn'> = {};
  if (task.deadline !== undefined && isIsoDate(task.deadline)) out.deadline = task.deadline;
  if (task.completedOn !== undefined && isIsoDate(task.completedOn)) out.completedOn = task.completedOn;
  return out;
}

/**
 * An ISO date in the short form (`09/8/2023`); a string that is not a real date is printed as written.
 *
 * @example
 * shortDate(ctx, '2023-08-09') // '09/8/2023'
 * shortDate(ctx, '2023-02-30') // '2023-02-30'
 */
export function shortDate(ctx: Pick<SectionContext, 'format'>, iso: string): string {
  return isIsoDate(iso) ? ctx.format.shortDate(iso) : iso;
}

/**
 * The deadline as a report writes it. `prefer` says which wins when both are given: the text as written
 * (`'text'`, for plan tables: "Tháng 3 năm 2023") or the date (`'date'`, for tracking tables).
 *
 * @example
 * deadlineText(ctx, { content: 'A', deadline: '2023-08-18' })                        // '18/8/2023'
 * deadlineText(ctx, { content: 'A', deadlineText: 'Tháng 3 năm 2023' })              // 'Tháng 3 năm 2023'
 * deadlineText(ctx, { content: 'A' })                                                // ''
 */
export function deadlineText(ctx: Pick<SectionContext, 'format'>, task: Task, prefer: 'date' | 'text' = 'date'): string {
  const date = task.deadline === undefined ? undefined : shortDate(ctx, task.deadline);
  return (prefer === 'text' ? (task.deadlineText ?? date) : (date ?? task.deadlineText)) ?? '';
}

/**
 * The reference of the assigning document with its date on a second line, as in the tracking tables.
 *
 * @example
 * taskRef(ctx, { content: 'A', ref: '4502/UBND-KGVX', refDate: '2023-08-09' })                          // '4502/UBND-KGVX\nNgày 09/8/2023'
 * taskRef(ctx, { content: 'A', ref: '1922/UBND-KGVX', refDate: '2023-04-19', refDatePrefix: 'ngày' })   // '1922/UBND-KGVX\nngày 19/4/2023'
 * taskRef(ctx, { content: 'A', ref: '3991/UBND-KGVX' })                                                 // '3991/UBND-KGVX'
 */
export function taskRef(ctx: Pick<SectionContext, 'format'>, task: Task): string {
  const date = task.refDate === undefined ? undefined : `${task.refDatePrefix ?? 'Ngày'} ${shortDate(ctx, task.refDate)}`;
  return [task.ref, date].filter((s): s is string => s !== undefined && s !== '').join('\n');
}

/**
 * Reports task dates that match `YYYY-MM-DD` but are not real dates (30/02 …), as errors with `code`.
 *
 * @example
 * checkTaskDates([{ content: 'A', deadline: '2023-02-30' }], ['tasks'], 'nhiem-vu-duoc-giao/invalid-date')
 * // → [{ code: 'nhiem-vu-duoc-giao/invalid-date', severity: 'error', path: ['tasks', 0, 'deadline'], message: 'Ngày "2023-02-30" không có thật.' }]
 */
export function checkTaskDates(tasks: readonly Task[], path: JsonPath, code: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  tasks.forEach((task, i) => {
    for (const key of ['refDate', 'deadline', 'completedOn'] as const) {
      const value = task[key];
      if (value !== undefined && !isIsoDate(value)) {
        out.push({ code, severity: 'error', path: [...path, i, key], message: `Ngày "${value}" không có thật.` });
      }
    }
  });
  return out;
}

/**
 * Core's `checkTasks` on the tasks that satisfy `include` only, with paths that keep each task's index in the
 * full list. Tasks with dates that are not real dates are left to {@link checkTaskDates}.
 *
 * @example
 * checkTasksWhere(tasks, (t) => t.deadline !== undefined, '2023-06-14', ['tasks'])
 * // → diagnostics of core's checkTasks, e.g. path ['tasks', 3, 'status']
 */
export function checkTasksWhere(tasks: readonly Task[], include: (task: Task) => boolean, cutoff: string, path: JsonPath): Diagnostic[] {
  const indices: number[] = [];
  const subset: Task[] = [];
  tasks.forEach((task, i) => {
    if (include(task) && datesAreReal(task)) {
      indices.push(i);
      subset.push(task);
    }
  });
  return checkTasks(subset, cutoff, []).map((d) => {
    const [index, ...rest] = d.path;
    const original = typeof index === 'number' ? indices[index] : undefined;
    return { ...d, path: original === undefined ? [...path, ...d.path] : [...path, original, ...rest] };
  });
}

function datesAreReal(task: Task): boolean {
  return [task.deadline, task.completedOn].every((d) => d === undefined || isIsoDate(d));
}
