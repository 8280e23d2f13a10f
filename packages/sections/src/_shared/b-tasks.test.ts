import { describe, expect, it } from 'vitest';
import { checkTaskDates, checkTasksWhere, countTasks, deadlineText, shortDate, statusAt, taskRef, taskState } from './b-tasks';
import { testFormat } from '../_test/b-helpers';

const ctx = { format: testFormat };
const CUTOFF = '2023-09-14';

describe('b-tasks', () => {
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
  });

  it('statusAt ignores dates that do not exist', () => {
    expect(statusAt({ content: 'A', deadline: '2023-09-13', completedOn: '2023-09-13' }, CUTOFF)).toBe('Đúng hạn');
    expect(statusAt({ content: 'A', deadline: '2023-02-30' }, CUTOFF)).toBe('Chưa đến hạn');
  });

  it('shortDate, deadlineText and taskRef write dates as reports do', () => {
    expect(shortDate(ctx, '2023-08-09')).toBe('09/8/2023');
    expect(shortDate(ctx, '2023-02-30')).toBe('2023-02-30');
    expect(deadlineText(ctx, { content: 'A', deadline: '2023-08-18', deadlineText: 'Tháng 8' })).toBe('18/8/2023');
    expect(deadlineText(ctx, { content: 'A', deadline: '2023-08-18', deadlineText: 'Tháng 8' }, 'text')).toBe('Tháng 8');
    expect(deadlineText(ctx, { content: 'A', deadlineText: 'Thường xuyên' })).toBe('Thường xuyên');
    expect(deadlineText(ctx, { content: 'A' })).toBe('');
    expect(taskRef(ctx, { content: 'A', ref: '4502/UBND-KGVX', refDate: '2023-08-09' })).toBe('4502/UBND-KGVX\nNgày 09/8/2023');
    expect(taskRef(ctx, { content: 'A', ref: '1922/UBND-KGVX', refDate: '2023-04-19', refDatePrefix: 'ngày' })).toBe('1922/UBND-KGVX\nngày 19/4/2023');
    expect(taskRef(ctx, { content: 'A', refDate: '2023-04-19' })).toBe('Ngày 19/4/2023');
    expect(taskRef(ctx, { content: 'A' })).toBe('');
  });

  it('checkTaskDates reports dates that do not exist', () => {
    expect(checkTaskDates([{ content: 'A', refDate: '2023-04-31', completedOn: '2023-02-29' }], ['tasks'], 'x/invalid-date')).toEqual([
      { code: 'x/invalid-date', severity: 'error', path: ['tasks', 0, 'refDate'], message: 'Ngày "2023-04-31" không có thật.' },
      { code: 'x/invalid-date', severity: 'error', path: ['tasks', 0, 'completedOn'], message: 'Ngày "2023-02-29" không có thật.' },
    ]);
  });

  it('checkTasksWhere keeps the index of each task in the full list', () => {
    const tasks = [
      { content: 'A', status: 'Quá hạn' },
      { content: 'B', deadline: '2023-09-01', status: 'Đúng hạn' },
      { content: 'C', deadline: '2023-02-30', status: 'Đúng hạn' },
    ];
    expect(checkTasksWhere(tasks, (t) => t.deadline !== undefined, CUTOFF, ['tasks']).map((d) => [d.code, d.path])).toEqual([
      ['task/status-mismatch', ['tasks', 1, 'status']],
    ]);
  });
});
