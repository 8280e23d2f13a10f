import { describe, expect, it } from 'vitest';
import { nextPeriodLabel } from './next-period-label';
import type { Period } from './types';

describe('nextPeriodLabel', () => {
  it.each<[Period, string]>([
    [{ kind: 'nine-months', year: 2022 }, '3 tháng cuối năm 2022'],
    [{ kind: 'half', year: 2021, half: 1 }, '6 tháng cuối năm 2021'],
    [{ kind: 'half', year: 2023, half: 2 }, 'năm 2024'],
    [{ kind: 'month', year: 2023, month: 9 }, 'tháng 10/2023'],
    [{ kind: 'month', year: 2023, month: 12 }, 'tháng 1/2024'],
    [{ kind: 'quarter', year: 2022, quarter: 3 }, 'quý IV năm 2022'],
    [{ kind: 'year', year: 2023 }, 'năm 2024'],
  ])('%j → %s', (period, expected) => {
    expect(nextPeriodLabel(period)).toBe(expected);
  });
});
