import type { Task, TaskStatus } from '../../model/shared';
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

/** Compares each task's stated status with the computed one and flags completion dates after the cut-off. */
export function checkTasks(tasks: readonly Task[], cutoff: string, path: JsonPath): Diagnostic[] {
  const out: Diagnostic[] = [];
  tasks.forEach((task, i) => {
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
