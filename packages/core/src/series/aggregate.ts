import { percentOf } from '../format/percent-of';
import { exactCover } from './cover';
import type { MonthSpan } from './months';
import type { SeriesEntry } from './types';
import type { IndicatorKind } from './types';

/** The value of an indicator over some months, with the entries it comes from; or why there is none. */
export type Aggregate =
  | { value: number; parts?: { part: number; whole: number }; sources: SeriesEntry[] }
  | { missing: number[]; sources?: undefined }
  | { overlap: number[]; sources?: undefined };

/**
 * The value of indicator `id` over the months of `span`, from the results (not plans) among `entries`:
 * - `flow`: the sum over an exact cover of the months ({@link exactCover}: finest-grained reports first, never
 *   counted twice);
 * - `stock`: the value of the report ending with the span's last month (the finest, then the latest given);
 * - `ratio`: recomputed from the summed parts over an exact cover (a single report covering the span exactly may
 *   give its ratio without parts).
 * An empty span (`from > to`) is 0 for a flow.
 *
 * @example
 * aggregate(entries, 'so-huu-tri-tue/applications', 'flow', { year: 2025, from: 1, to: 3 })
 * // { value: 31, sources: [tháng 1, tháng 2, tháng 3] } or { missing: [2] }
 */
export function aggregate(entries: readonly SeriesEntry[], id: string, kind: IndicatorKind, span: MonthSpan): Aggregate {
  const usable = entries.filter((e) => !e.planning && e.span.year === span.year && e.values.has(id));
  if (kind === 'stock') {
    const ending = usable.filter((e) => e.span.to === span.to && e.span.from >= span.from);
    if (ending.length === 0) return { missing: [span.to] };
    const finest = Math.min(...ending.map((e) => e.span.to - e.span.from));
    const chosen = ending.filter((e) => e.span.to - e.span.from === finest).pop() as SeriesEntry;
    return { value: chosen.values.get(id)?.value as number, sources: [chosen] };
  }
  const cover = exactCover(usable.map((e) => ({ from: e.span.from, to: e.span.to, item: e })), span.from, span.to);
  if (!('spans' in cover)) return cover;
  const sources = cover.spans.map((s) => s.item);
  if (kind === 'flow') return { value: addAll(sources.map((e) => e.values.get(id)?.value as number)), sources };
  const withParts = sources.map((e) => e.values.get(id)?.parts);
  if (withParts.every((p) => p !== undefined) && sources.length > 0) {
    const parts = { part: addAll(withParts.map((p) => p.part)), whole: addAll(withParts.map((p) => p.whole)) };
    const value = percentOf(parts.part, parts.whole);
    if (value !== undefined) return { value, parts, sources };
  }
  if (sources.length === 1) return { value: sources[0]?.values.get(id)?.value as number, sources };
  return { missing: [] };
}

/**
 * Sums values without binary-fraction noise: the sum is rounded to the most decimals among the addends
 * (0.1 + 0.2 → 0.3).
 *
 * @example
 * addAll([0.1, 0.2]) // 0.3
 * addAll([464, 38])  // 502
 */
export function addAll(values: readonly number[]): number {
  let sum = 0;
  let decimals = 0;
  for (const v of values) {
    sum += v;
    const text = String(v);
    const dot = text.indexOf('.');
    if (dot >= 0 && !text.includes('e')) decimals = Math.max(decimals, text.length - dot - 1);
  }
  return decimals === 0 ? sum : Number(sum.toFixed(Math.min(decimals, 10)));
}
