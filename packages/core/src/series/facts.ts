import { percentOf } from '../format/percent-of';
import { addAll, aggregate, type Aggregate } from './aggregate';
import type { SeriesEntry } from './types';
import type { MonthSpan } from './months';
import type { IndicatorKind } from './types';

/** Why a fact could not be computed: the months missing from the history (empty: the parts of a ratio), or overlapping. */
export type Gap = { fact: 'cumulative' | 'previousYear' | 'plan'; year: number; missing?: number[]; overlap?: number[] };

/**
 * What the history says about one indicator of the current report. A fact that cannot be computed is absent and
 * its gap is listed; nothing is guessed.
 */
export type SeriesFacts = {
  current: number;
  /** Lũy kế from 1 January to the end of the current period (a stock: its current value). */
  cumulative?: number;
  /** The value of the same period a year earlier (cùng kỳ). */
  previousYear?: number;
  /** Change against cùng kỳ: percent for flows and stocks (not rounded), percentage points for ratios. */
  change?: number;
  /** The target of the year's plan (kế hoạch năm). */
  target?: number;
  /** Lũy kế / target × 100 (not rounded: the words round it). */
  planShare?: number;
  gaps: Gap[];
};

/** The current report's value of an indicator: its value and, for a ratio, its parts. */
export type Current = { value: number; parts?: { part: number; whole: number } };

/**
 * Lũy kế, cùng kỳ and kế hoạch năm of one indicator, from the history entries (the current report is not among
 * them: its own value counts once, in `current`).
 *
 * @example
 * // 38 samples in tháng 9/2025, 464 in tháng 1–8 of the history, a 2025 plan of 700:
 * seriesFacts(entries, 'tieu-chuan-do-luong-chat-luong/samples.tested', 'flow', { year: 2025, from: 9, to: 9 }, { value: 38 }, ['cumulative', 'plan'])
 * // { current: 38, cumulative: 502, target: 700, planShare: 71.714…, gaps: [] }
 */
export function seriesFacts(
  entries: readonly SeriesEntry[],
  id: string,
  kind: IndicatorKind,
  span: MonthSpan,
  current: Current,
  wanted: readonly ('cumulative' | 'previousYear' | 'plan')[],
): SeriesFacts {
  const facts: SeriesFacts = { current: current.value, gaps: [] };
  const gap = (fact: Gap['fact'], year: number, result: Aggregate) => {
    if ('missing' in result) facts.gaps.push({ fact, year, missing: result.missing });
    else if ('overlap' in result) facts.gaps.push({ fact, year, overlap: result.overlap });
  };
  const needCumulative = wanted.includes('cumulative') || wanted.includes('plan');
  if (needCumulative) {
    if (kind === 'stock' || span.from === 1) facts.cumulative = current.value;
    else {
      const before = aggregate(entries, id, kind, { year: span.year, from: 1, to: span.from - 1 });
      if ('value' in before) {
        if (kind === 'flow') facts.cumulative = addAll([before.value, current.value]);
        else if (before.parts && current.parts) facts.cumulative = percentOf(before.parts.part + current.parts.part, before.parts.whole + current.parts.whole);
        else facts.gaps.push({ fact: 'cumulative', year: span.year, missing: [] });
      } else gap('cumulative', span.year, before);
    }
  }
  if (wanted.includes('previousYear')) {
    const last = aggregate(entries, id, kind, { ...span, year: span.year - 1 });
    if ('value' in last) {
      facts.previousYear = last.value;
      facts.change = kind === 'ratio' ? addAll([current.value, -last.value]) : last.value === 0 ? undefined : ((current.value - last.value) / last.value) * 100;
    } else gap('previousYear', span.year - 1, last);
  }
  if (wanted.includes('plan')) {
    const plan = entries.filter((e) => e.planning && e.span.year === span.year && e.values.has(id)).pop();
    if (plan) {
      facts.target = plan.values.get(id)?.value as number;
      if (facts.cumulative !== undefined && facts.target !== 0) facts.planShare = (facts.cumulative / facts.target) * 100;
    } else facts.gaps.push({ fact: 'plan', year: span.year });
  }
  return facts;
}
