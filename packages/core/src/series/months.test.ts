import { describe, expect, it } from 'vitest';
import { monthsLabel, monthsOf, periodOfMonths } from './months';

describe('monthsOf', () => {
  it('gives the months of every period kind', () => {
    expect(monthsOf({ kind: 'month', year: 2025, month: 12 })).toEqual({ year: 2025, from: 12, to: 12 });
    expect(monthsOf({ kind: 'quarter', year: 2025, quarter: 1 })).toEqual({ year: 2025, from: 1, to: 3 });
    expect(monthsOf({ kind: 'quarter', year: 2025, quarter: 4 })).toEqual({ year: 2025, from: 10, to: 12 });
    expect(monthsOf({ kind: 'half', year: 2025, half: 1 })).toEqual({ year: 2025, from: 1, to: 6 });
    expect(monthsOf({ kind: 'half', year: 2025, half: 2 })).toEqual({ year: 2025, from: 7, to: 12 });
    expect(monthsOf({ kind: 'nine-months', year: 2025 })).toEqual({ year: 2025, from: 1, to: 9 });
    expect(monthsOf({ kind: 'year', year: 2025 })).toEqual({ year: 2025, from: 1, to: 12 });
    expect(monthsOf({ kind: 'remaining', year: 2025, months: 3 })).toEqual({ year: 2025, from: 10, to: 12 });
    expect(monthsOf({ kind: 'custom', from: '2025-01-01', to: '2025-01-31', label: 'x' })).toBeUndefined();
  });
  it('finds the standard period of a run of months', () => {
    expect(periodOfMonths({ year: 2025, from: 4, to: 6 })).toEqual({ kind: 'quarter', year: 2025, quarter: 2 });
    expect(periodOfMonths({ year: 2025, from: 1, to: 9 })).toEqual({ kind: 'nine-months', year: 2025 });
    expect(periodOfMonths({ year: 2025, from: 2, to: 3 })).toBeUndefined();
  });
  it('labels missing months, runs joined', () => {
    expect(monthsLabel(2025, [8, 3, 4, 5])).toBe('tháng 3/2025 – tháng 5/2025, tháng 8/2025');
    expect(monthsLabel(2024, [12])).toBe('tháng 12/2024');
  });
});
