import { describe, expect, it } from 'vitest';
import { checkTasks, countTasks, taskDeadlineText, taskState } from './tasks';

const CUTOFF = '2023-09-14';

describe('task helpers', () => {
  it('taskState derives done from a completion date', () => {
    expect(taskState({ completedOn: '2023-08-17' })).toBe('done');
    expect(taskState({})).toBe('in-progress');
    expect(taskState({ state: 'not-started' })).toBe('not-started');
    expect(taskState({ state: 'in-progress', completedOn: '2023-08-17' })).toBe('in-progress');
  });

  it('countTasks counts at the cut-off', () => {
    expect(
      countTasks(
        [
          { content: 'A', deadline: '2023-08-18', completedOn: '2023-08-17' },
          { content: 'B', deadline: '2023-09-01', completedOn: '2023-09-05' },
          { content: 'C', deadline: '2023-09-30' },
          { content: 'D', deadline: '2023-09-01' },
          { content: 'E', deadline: '2023-09-01', state: 'not-started' },
          { content: 'F', state: 'not-started' },
        ],
        CUTOFF,
      ),
    ).toEqual({ total: 6, done: 2, doneLate: 1, inProgress: 1, overdue: 2, notStarted: 2 });
    expect(countTasks([], CUTOFF)).toEqual({ total: 0, done: 0, doneLate: 0, inProgress: 0, overdue: 0, notStarted: 0 });
  });

  it('taskDeadlineText writes the deadline as reports do', () => {
    expect(taskDeadlineText({ deadline: '2023-08-18', deadlineText: 'Tháng 8' })).toBe('18/8/2023');
    expect(taskDeadlineText({ deadline: '2023-08-18', deadlineText: 'Tháng 8' }, 'text')).toBe('Tháng 8');
    expect(taskDeadlineText({ deadline: '2023-08-18' }, 'text')).toBe('18/8/2023');
    expect(taskDeadlineText({ deadlineText: 'Thường xuyên' })).toBe('Thường xuyên');
    expect(taskDeadlineText({ deadline: '2023-02-30' })).toBe('2023-02-30');
    expect(taskDeadlineText({})).toBe('');
  });

  it('checkTasks with include checks some tasks and keeps their index in the full list', () => {
    const tasks = [
      { content: 'A', status: 'Quá hạn' },
      { content: 'B', deadline: '2023-09-01', status: 'Đúng hạn' },
      { content: 'C', deadline: '2023-09-30', status: 'Chưa đến hạn' },
    ];
    expect(checkTasks(tasks, CUTOFF, ['tasks'], { include: (t) => t.deadline !== undefined })).toEqual([
      {
        code: 'task/status-mismatch',
        severity: 'warning',
        path: ['tasks', 1, 'status'],
        message: 'Tiến độ ghi "Đúng hạn" nhưng theo thời hạn và ngày hoàn thành tại ngày chốt số liệu 2023-09-14 là "Quá hạn".',
      },
    ]);
    expect(checkTasks(tasks, CUTOFF, ['tasks'], { include: (_t, i) => i === 2 })).toEqual([]);
    expect(checkTasks(tasks, CUTOFF, ['tasks']).map((d) => d.path)).toEqual([
      ['tasks', 0, 'status'],
      ['tasks', 1, 'status'],
    ]);
  });
});
