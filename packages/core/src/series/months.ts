import type { Period } from '../period/types';

/** The months a period covers inside its year: `from` and `to` are 1–12, inclusive. */
export type MonthSpan = { year: number; from: number; to: number };

/**
 * The calendar months a reporting period covers (reporting months: the cut-off window of Nghị định 09/2019 is a
 * matter of each report, a series counts in whole months). Custom periods have no months: `undefined`.
 *
 * @example
 * monthsOf({ kind: 'quarter', year: 2025, quarter: 2 }) // { year: 2025, from: 4, to: 6 }
 * monthsOf({ kind: 'nine-months', year: 2025 })        // { year: 2025, from: 1, to: 9 }
 * monthsOf({ kind: 'custom', from: '2025-01-01', to: '2025-02-01', label: '…' }) // undefined
 */
export function monthsOf(period: Period): MonthSpan | undefined {
  switch (period.kind) {
    case 'month':
      return { year: period.year, from: period.month, to: period.month };
    case 'quarter':
      return { year: period.year, from: period.quarter * 3 - 2, to: period.quarter * 3 };
    case 'half':
      return period.half === 1 ? { year: period.year, from: 1, to: 6 } : { year: period.year, from: 7, to: 12 };
    case 'nine-months':
      return { year: period.year, from: 1, to: 9 };
    case 'year':
      return { year: period.year, from: 1, to: 12 };
    case 'remaining':
      return { year: period.year, from: 13 - period.months, to: 12 };
    default:
      return undefined;
  }
}

/**
 * The standard period that covers exactly these months, if there is one (else a custom-less description).
 *
 * @example
 * periodOfMonths({ year: 2025, from: 4, to: 6 }) // { kind: 'quarter', year: 2025, quarter: 2 }
 * periodOfMonths({ year: 2025, from: 1, to: 1 }) // { kind: 'month', year: 2025, month: 1 }
 * periodOfMonths({ year: 2025, from: 2, to: 3 }) // undefined
 */
export function periodOfMonths(span: MonthSpan): Period | undefined {
  const { year, from, to } = span;
  if (from === to) return { kind: 'month', year, month: from };
  if (to - from === 2 && from % 3 === 1) return { kind: 'quarter', year, quarter: ((from + 2) / 3) as 1 | 2 | 3 | 4 };
  if (from === 1 && to === 6) return { kind: 'half', year, half: 1 };
  if (from === 7 && to === 12) return { kind: 'half', year, half: 2 };
  if (from === 1 && to === 9) return { kind: 'nine-months', year };
  if (from === 1 && to === 12) return { kind: 'year', year };
  return undefined;
}

/**
 * Missing months written as Vietnamese period labels, consecutive months joined: `tháng 3/2025`,
 * `tháng 3/2025 – tháng 5/2025`.
 *
 * @example
 * monthsLabel(2025, [3, 4, 5, 8]) // 'tháng 3/2025 – tháng 5/2025, tháng 8/2025'
 */
export function monthsLabel(year: number, months: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const m of [...months].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last[1] === m - 1) last[1] = m;
    else runs.push([m, m]);
  }
  return runs.map(([a, b]) => (a === b ? `tháng ${a}/${year}` : `tháng ${a}/${year} – tháng ${b}/${year}`)).join(', ');
}
