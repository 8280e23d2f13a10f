import { describe, expect, it } from 'vitest';
import { reportingWindow } from './reporting-window';
import type { DateRange, Period } from './types';

describe('reportingWindow (Nghị định 09/2019, cut-off on the 15th)', () => {
  it.each<[Period, DateRange]>([
    [{ kind: 'month', year: 2023, month: 9 }, { from: '2023-08-15', to: '2023-09-14' }],
    [{ kind: 'month', year: 2024, month: 1 }, { from: '2023-12-15', to: '2024-01-14' }],
    [{ kind: 'month', year: 2024, month: 3 }, { from: '2024-02-15', to: '2024-03-14' }],
    [{ kind: 'quarter', year: 2023, quarter: 1 }, { from: '2022-12-15', to: '2023-03-14' }],
    [{ kind: 'quarter', year: 2023, quarter: 3 }, { from: '2023-06-15', to: '2023-09-14' }],
    [{ kind: 'quarter', year: 2022, quarter: 4 }, { from: '2022-09-15', to: '2022-12-14' }],
    [{ kind: 'half', year: 2023, half: 1 }, { from: '2022-12-15', to: '2023-06-14' }],
    [{ kind: 'half', year: 2023, half: 2 }, { from: '2023-06-15', to: '2023-12-14' }],
    [{ kind: 'nine-months', year: 2022 }, { from: '2021-12-15', to: '2022-09-14' }],
    [{ kind: 'year', year: 2021 }, { from: '2020-12-15', to: '2021-12-14' }],
    [{ kind: 'remaining', year: 2022, months: 3 }, { from: '2022-09-15', to: '2022-12-14' }],
    [{ kind: 'remaining', year: 2021, months: 6 }, { from: '2021-06-15', to: '2021-12-14' }],
    [{ kind: 'custom', from: '2023-01-01', to: '2023-05-31', label: 'x' }, { from: '2023-01-01', to: '2023-05-31' }],
  ])('%j → %j', (period, expected) => {
    expect(reportingWindow(period)).toEqual(expected);
  });

  it('moves the cut-off day', () => {
    expect(reportingWindow({ kind: 'month', year: 2024, month: 3 }, { cutoffDay: 20 })).toEqual({
      from: '2024-02-20',
      to: '2024-03-19',
    });
    expect(reportingWindow({ kind: 'year', year: 2024 }, { cutoffDay: 2 })).toEqual({
      from: '2023-12-02',
      to: '2024-12-01',
    });
    expect(reportingWindow({ kind: 'month', year: 2024, month: 3 }, { cutoffDay: 28 })).toEqual({
      from: '2024-02-28',
      to: '2024-03-27',
    });
  });

  it.each<[Period, DateRange]>([
    [{ kind: 'month', year: 2023, month: 9 }, { from: '2023-09-01', to: '2023-09-30' }],
    [{ kind: 'month', year: 2024, month: 2 }, { from: '2024-02-01', to: '2024-02-29' }],
    [{ kind: 'month', year: 2023, month: 2 }, { from: '2023-02-01', to: '2023-02-28' }],
    [{ kind: 'quarter', year: 2023, quarter: 3 }, { from: '2023-07-01', to: '2023-09-30' }],
    [{ kind: 'half', year: 2023, half: 1 }, { from: '2023-01-01', to: '2023-06-30' }],
    [{ kind: 'half', year: 2023, half: 2 }, { from: '2023-07-01', to: '2023-12-31' }],
    [{ kind: 'nine-months', year: 2022 }, { from: '2022-01-01', to: '2022-09-30' }],
    [{ kind: 'remaining', year: 2022, months: 3 }, { from: '2022-10-01', to: '2022-12-31' }],
    [{ kind: 'year', year: 2021 }, { from: '2021-01-01', to: '2021-12-31' }],
    [{ kind: 'custom', from: '2023-01-10', to: '2023-05-31', label: 'x' }, { from: '2023-01-10', to: '2023-05-31' }],
  ])('calendar: %j → %j', (period, expected) => {
    expect(reportingWindow(period, { calendar: true })).toEqual(expected);
  });

  it('throws a RangeError for bad rules and periods', () => {
    const p: Period = { kind: 'month', year: 2023, month: 9 };
    expect(() => reportingWindow(p, { cutoffDay: 1 })).toThrow(/ngày chốt/);
    expect(() => reportingWindow(p, { cutoffDay: 29 })).toThrow(RangeError);
    expect(() => reportingWindow(p, { cutoffDay: 15.5 })).toThrow(RangeError);
    expect(() => reportingWindow({ kind: 'month', year: 2023, month: 13 })).toThrow(RangeError);
    expect(() =>
      reportingWindow({ kind: 'custom', from: '2023-06-01', to: '2023-05-31', label: 'x' }),
    ).toThrow(/sau ngày kết thúc/);
    expect(() => reportingWindow({ kind: 'custom', from: '2023-06-01', to: '31/12/2023', label: 'x' })).toThrow(
      RangeError,
    );
  });
});
