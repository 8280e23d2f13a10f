import { formatShortDate, isIsoDate } from '../../format';
import type { Task, TaskState, TaskStatus } from '../../model/shared';
import type { Diagnostic, JsonPath } from '../diagnostic';

/**
 * The status of a task at the report's cut-off date: done by the deadline → Đúng hạn; done after it, or not done
 * and the deadline passed → Quá hạn; otherwise → Chưa đến hạn. ISO dates compare as strings.
 *
 * @example
 * taskStatus({ deadline: '2023-09-13', completedOn: '2023-09-13' }, '2023-09-14') // 'Đúng hạn'
 * taskStatus({ deadline: '2023-09-30' }, '2023-09-14') // 'Chưa đến hạn'
 */
export function taskStatus(task: Pick<Task, 'deadline' | 'completedOn'>, cutoff: string): TaskStatus {
  if (task.completedOn !== undefined) {
    if (task.deadline === undefined || task.completedOn <= task.deadline) return 'Đúng hạn';
    return 'Quá hạn';
  }
  if (task.deadline !== undefined && task.deadline < cutoff) return 'Quá hạn';
  return 'Chưa đến hạn';
}

/**
 * The state of a task: as given, otherwise derived — a completion date means done, anything else is under way.
 *
 * @example
 * taskState({ completedOn: '2023-08-17' })                           // 'done'
 * taskState({})                                                      // 'in-progress'
 * taskState({ state: 'not-started' })                                // 'not-started'
 * taskState({ state: 'in-progress', completedOn: '2023-08-17' })     // 'in-progress' (checkTasks warns: task/state-mismatch)
 */
export function taskState(task: Pick<Task, 'state' | 'completedOn'>): TaskState {
  return task.state ?? (task.completedOn !== undefined ? 'done' : 'in-progress');
}

/**
 * The counts a report states about a task list (see {@link countTasks}).
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
 * Counts a task list at the report's cut-off date: `done` = {@link taskState} done, of which `doneLate` have the
 * status Quá hạn; `inProgress` = under way and not overdue; `overdue` = not done with the status Quá hạn;
 * `notStarted`. (`overdue` may overlap `notStarted`.) Compare the result with counts stated by hand through
 * {@link checkStatedCounts}.
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
    const late = taskStatus(task, cutoff) === 'Quá hạn';
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
 * A task's deadline as a report writes it: the short date of `deadline` or the text of `deadlineText`. `prefer` says
 * which wins when both are given: the date (`'date'`, default, as in tracking tables) or the text as written
 * (`'text'`, as in plan tables: "Tháng 3 năm 2023"). Empty when there is neither; a date that does not exist is
 * printed as written.
 *
 * @example
 * taskDeadlineText({ content: 'A', deadline: '2023-08-18', deadlineText: 'Tháng 8' })          // '18/8/2023'
 * taskDeadlineText({ content: 'A', deadline: '2023-08-18', deadlineText: 'Tháng 8' }, 'text')  // 'Tháng 8'
 * taskDeadlineText({ content: 'A', deadlineText: 'Thường xuyên' })                             // 'Thường xuyên'
 * taskDeadlineText({ content: 'A' })                                                           // ''
 */
export function taskDeadlineText(task: Pick<Task, 'deadline' | 'deadlineText'>, prefer: 'date' | 'text' = 'date'): string {
  const date = task.deadline === undefined ? undefined : isIsoDate(task.deadline) ? formatShortDate(task.deadline) : task.deadline;
  return (prefer === 'text' ? (task.deadlineText ?? date) : (date ?? task.deadlineText)) ?? '';
}

/** Options of {@link checkTasks}. */
export type CheckTasksOptions = {
  /** Checks only the tasks it accepts; diagnostics keep each task's index in the full list. */
  include?: (task: Task, index: number) => boolean;
};

/**
 * Compares each task's stated status with the computed one ({@link taskStatus}) and flags completion dates after the
 * cut-off, a done task without its completion date and a completion date on a task that is not done. `include`
 * limits the check to some tasks (paths keep the index in the full list).
 *
 * @example
 * checkTasks([{ content: 'A', status: 'Quá hạn' }, { content: 'B', deadline: '2023-09-01', status: 'Đúng hạn' }], '2023-09-14', ['tasks'],
 *   { include: (t) => t.deadline !== undefined })
 * // → [{ code: 'task/status-mismatch', severity: 'warning', path: ['tasks', 1, 'status'],
 * //      message: 'Tiến độ ghi "Đúng hạn" nhưng theo thời hạn và ngày hoàn thành tại ngày chốt số liệu 2023-09-14 là "Quá hạn".' }]
 */
export function checkTasks(tasks: readonly Task[], cutoff: string, path: JsonPath, options: CheckTasksOptions = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { include } = options;
  tasks.forEach((task, i) => {
    if (include !== undefined && !include(task, i)) return;
    const computed = taskStatus(task, cutoff);
    if (task.status !== undefined && task.status.trim() !== '' && task.status.trim() !== computed) {
      out.push({
        code: 'task/status-mismatch',
        severity: 'warning',
        path: [...path, i, 'status'],
        message: `Tiến độ ghi "${task.status}" nhưng theo thời hạn và ngày hoàn thành tại ngày chốt số liệu ${cutoff} là "${computed}".`,
      });
    }
    if (task.completedOn !== undefined && task.completedOn > cutoff) {
      out.push({
        code: 'task/completed-after-cutoff',
        severity: 'warning',
        path: [...path, i, 'completedOn'],
        message: `Ngày hoàn thành ${task.completedOn} sau ngày chốt số liệu ${cutoff}.`,
      });
    }
    if (task.state === 'done' && task.completedOn === undefined) {
      out.push({ code: 'task/missing-completion', severity: 'info', path: [...path, i], message: 'Nhiệm vụ đã thực hiện nhưng chưa ghi ngày hoàn thành.' });
    }
    if (task.state !== undefined && task.state !== 'done' && task.completedOn !== undefined) {
      out.push({ code: 'task/state-mismatch', severity: 'warning', path: [...path, i, 'state'], message: 'Nhiệm vụ có ngày hoàn thành nhưng được xếp vào nhóm chưa hoàn thành.' });
    }
  });
  return out;
}

/**
 * Compares counts stated by hand with the counts of the list they summarise.
 *
 * @example
 * checkStatedCounts({ total: 14 }, { total: 13 }, ['data']) // one warning at ['data', 'total']
 */
export function checkStatedCounts(
  stated: Readonly<Record<string, number | undefined>>,
  actual: Readonly<Record<string, number>>,
  path: JsonPath,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [key, value] of Object.entries(stated)) {
    const real = actual[key];
    if (value === undefined || real === undefined || value === real) continue;
    out.push({
      code: 'count/stated-mismatch',
      severity: 'warning',
      path: [...path, key],
      message: `Số ghi là ${value} nhưng danh sách có ${real} mục.`,
    });
  }
  return out;
}
