import { describe, expect, it } from 'vitest';
import { periodLabel } from './period-label';
import type { Period } from './types';

describe('periodLabel', () => {
  it.each<[Period, string]>([
    [{ kind: 'month', year: 2023, month: 9 }, 'tháng 9/2023'],
    [{ kind: 'month', year: 2024, month: 1 }, 'tháng 1/2024'],
    [{ kind: 'month', year: 2023, month: 10 }, 'tháng 10/2023'],
    [{ kind: 'quarter', year: 2023, quarter: 1 }, 'quý I năm 2023'],
    [{ kind: 'quarter', year: 2023, quarter: 2 }, 'quý II năm 2023'],
    [{ kind: 'quarter', year: 2023, quarter: 3 }, 'quý III năm 2023'],
    [{ kind: 'quarter', year: 2022, quarter: 4 }, 'quý IV năm 2022'],
    [{ kind: 'half', year: 2023, half: 1 }, '6 tháng đầu năm 2023'],
    [{ kind: 'half', year: 2023, half: 2 }, '6 tháng cuối năm 2023'],
    [{ kind: 'nine-months', year: 2022 }, '9 tháng đầu năm 2022'],
    [{ kind: 'remaining', year: 2022, months: 3 }, '3 tháng cuối năm 2022'],
    [{ kind: 'remaining', year: 2021, months: 6 }, '6 tháng cuối năm 2021'],
    [{ kind: 'year', year: 2021 }, 'năm 2021'],
    [{ kind: 'custom', from: '2023-01-01', to: '2023-05-31', label: '5 tháng đầu năm 2023' }, '5 tháng đầu năm 2023'],
  ])('%j → %s', (period, expected) => {
    expect(periodLabel(period)).toBe(expected);
  });

  it('throws a RangeError for malformed periods', () => {
    expect(() => periodLabel({ kind: 'month', year: 2023, month: 13 })).toThrow(/Tháng không hợp lệ/);
    expect(() => periodLabel({ kind: 'month', year: 2023, month: 0 })).toThrow(RangeError);
    expect(() => periodLabel({ kind: 'quarter', year: 2023, quarter: 5 as 1 })).toThrow(/Quý/);
    expect(() => periodLabel({ kind: 'half', year: 2023, half: 3 as 1 })).toThrow(RangeError);
    expect(() => periodLabel({ kind: 'remaining', year: 2023, months: 4 as 3 })).toThrow(RangeError);
    expect(() => periodLabel({ kind: 'year', year: 2023.5 })).toThrow(/Năm/);
    expect(() => periodLabel({ kind: 'year', year: 23 })).toThrow(RangeError);
    expect(() => periodLabel({ kind: 'week', year: 2023 } as unknown as Period)).toThrow(/Loại kỳ/);
    expect(() => periodLabel({ kind: 'custom', from: '2023-02-30', to: '2023-03-01', label: 'x' })).toThrow(
      RangeError,
    );
  });
});
