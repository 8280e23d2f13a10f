import { describe, expect, it } from 'vitest';
import { nextPeriod } from './next-period';
import type { Period } from './types';

describe('nextPeriod', () => {
  it.each<[Period, Period]>([
    [{ kind: 'month', year: 2023, month: 9 }, { kind: 'month', year: 2023, month: 10 }],
    [{ kind: 'month', year: 2023, month: 12 }, { kind: 'month', year: 2024, month: 1 }],
    [{ kind: 'quarter', year: 2023, quarter: 3 }, { kind: 'quarter', year: 2023, quarter: 4 }],
    [{ kind: 'quarter', year: 2022, quarter: 4 }, { kind: 'quarter', year: 2023, quarter: 1 }],
    [{ kind: 'half', year: 2021, half: 1 }, { kind: 'half', year: 2021, half: 2 }],
    [{ kind: 'half', year: 2021, half: 2 }, { kind: 'year', year: 2022 }],
    [{ kind: 'nine-months', year: 2022 }, { kind: 'remaining', year: 2022, months: 3 }],
    [{ kind: 'remaining', year: 2022, months: 3 }, { kind: 'year', year: 2023 }],
    [{ kind: 'remaining', year: 2021, months: 6 }, { kind: 'year', year: 2022 }],
    [{ kind: 'year', year: 2023 }, { kind: 'year', year: 2024 }],
  ])('%j → %j', (period, expected) => {
    expect(nextPeriod(period)).toEqual(expected);
  });

  it('does not mutate its argument', () => {
    const p: Period = { kind: 'month', year: 2023, month: 12 };
    nextPeriod(p);
    expect(p).toEqual({ kind: 'month', year: 2023, month: 12 });
  });

  it('throws a RangeError for custom and malformed periods', () => {
    expect(() => nextPeriod({ kind: 'custom', from: '2023-01-01', to: '2023-05-31', label: 'x' })).toThrow(
      /kỳ phương hướng/,
    );
    expect(() => nextPeriod({ kind: 'month', year: 2023, month: 13 })).toThrow(RangeError);
  });
});
