import { periodMentions, type Period, type PeriodMention } from '../../period';
import type { RichText } from '../../model/rich-text';
import type { Diagnostic, JsonPath } from '../diagnostic';
import { walkRichText } from '../walk';
import { citesEarlierPeriod, framesBareYear, plansLaterPeriod } from './period-cues';
import { append } from '../../_lib/append';

type Periods = { period: Period; nextPeriod: Period; labels: { period: string; nextPeriod: string } };

/** First and last month of a period as month numbers (`year * 12 + month - 1`). */
type Months = readonly [number, number];

function yearOf(p: Period): number | undefined {
  return p.kind === 'custom' ? undefined : p.year;
}

function span(year: number, first: number, last: number): Months {
  return [year * 12 + first - 1, year * 12 + last - 1];
}

function monthsOf(p: Period | PeriodMention): Months | undefined {
  if (p.kind === 'custom') {
    const from = /^(\d{4})-(\d{2})/.exec(p.from);
    const to = /^(\d{4})-(\d{2})/.exec(p.to);
    return from && to ? [Number(from[1]) * 12 + Number(from[2]) - 1, Number(to[1]) * 12 + Number(to[2]) - 1] : undefined;
  }
  const year = p.year;
  if (year === undefined) return undefined;
  switch (p.kind) {
    case 'month':
      return p.month === undefined ? undefined : span(year, p.month, p.month);
    case 'quarter':
      return p.quarter === undefined ? undefined : span(year, p.quarter * 3 - 2, p.quarter * 3);
    case 'half':
      return p.half === 2 ? span(year, 7, 12) : span(year, 1, 6);
    case 'nine-months':
      return span(year, 1, 9);
    case 'remaining':
      return span(year, 13 - (p.months ?? 3), 12);
    case 'year':
      return span(year, 1, 12);
  }
}

function same(m: PeriodMention, p: Period): boolean {
  if (m.kind !== p.kind || m.year === undefined || m.year !== yearOf(p)) return false;
  switch (p.kind) {
    case 'month':
      return m.month === p.month;
    case 'quarter':
      return m.quarter === p.quarter;
    case 'half':
      return m.half === p.half;
    case 'remaining':
      return m.months === p.months;
    default:
      return true;
  }
}

/** Ends inside `outer`: a part of it or a span that leads up to it (quý III năm 2023 in the report of tháng 9/2023). */
function leadsInto(m: Months, outer: Months): boolean {
  return m[1] >= outer[0] && m[1] <= outer[1];
}

/**
 * Whether a mention in prose names a period the text may legitimately name: the report's period or its directions
 * period, a year holding either, a span that ends inside one of them, an earlier period introduced as a comparison
 * or a reference, or a later one introduced as a plan or a deadline; another bare year only when it is not the time
 * frame of the clause ("Trong năm 2024, …").
 */
function legitimateInProse(m: PeriodMention, text: string, ctx: Periods, plans: boolean): boolean {
  const { period, nextPeriod } = ctx;
  if (same(m, period) || same(m, nextPeriod)) return true;
  if (m.kind === 'year' && (m.year === yearOf(period) || m.year === yearOf(nextPeriod))) return true;
  const months = monthsOf(m);
  const own = monthsOf(period);
  if (months === undefined || own === undefined) return true;
  if (leadsInto(months, own)) return true;
  // A plans part may name any part of the directions period, and any later period.
  if (plans && months[1] > own[1]) return true;
  if (m.kind === 'year') return !framesBareYear(text, m.index);
  if (months[1] < own[0]) return citesEarlierPeriod(text, m.index);
  // Elsewhere, results told for a later period ("Trong 9 tháng đầu năm 2025" in the report of 6 tháng đầu năm 2025)
  // are wrong, a plan or a deadline is not — inside the directions period too.
  return plansLaterPeriod(text, m.index);
}

/** Titles: a mention of the same kind must be one of the two periods; a bare year must be the year of one. */
function legitimateInTitle(m: PeriodMention, ctx: Periods): boolean {
  const periods = [ctx.period, ctx.nextPeriod];
  const sameKind = periods.filter((x) => x.kind === m.kind);
  if (sameKind.length > 0) return sameKind.some((x) => same(m, x));
  return m.kind !== 'year' || periods.some((x) => yearOf(x) === m.year);
}

/**
 * Warns when text names a period it should not. In prose: any period phrase with a year other than the report's
 * period, its directions period, a year holding one of them or a span ending inside the report's period — unless the
 * words before it make it a comparison or a reference ("so với cùng kỳ năm 2024", "Báo cáo kết quả tháng 8 năm 2023")
 * for an earlier period, or a plan or deadline ("Dự kiến tháng 11/2023") for a later one; a bare year only where it
 * frames the clause ("Trong năm 2024, …"). So "Trong 6 tháng đầu năm 2020" in the report of 6 tháng đầu năm 2021 and
 * "Trong 9 tháng đầu năm 2025" in the report of 6 tháng đầu năm 2025 are flagged. In a plans part (`plans`) any later
 * period is fine. In titles (`strict`), a mention of the same kind must be one of the two periods and a bare year the
 * year of one. Mentions without a year are not judged, nor is a text that is only a period phrase (a date in a
 * table's time column).
 */
export function checkPeriodMentions(rich: RichText, path: JsonPath, ctx: Periods, strict: boolean, plans = false): Diagnostic[] {
  const out: Diagnostic[] = [];
  walkRichText(rich, path, {
    text: (text, p) => append(out, checkPeriodText(text, p, ctx, strict, plans)),
  });
  return out;
}

/** {@link checkPeriodMentions} for one text leaf. */
export function checkPeriodText(text: string, path: JsonPath, ctx: Periods, strict: boolean, plans = false): Diagnostic[] {
  if (!/\d{4}/.test(text)) return [];
  const out: Diagnostic[] = [];
  const nfc = text.normalize('NFC');
  for (const m of periodMentions(nfc)) {
    if (m.year === undefined) continue;
    // A text that is only a period ("Tháng 12 năm 2023" in a task table's time column) is a date, not prose.
    if (!strict && m.text.length === nfc.trim().length) continue;
    if (strict ? legitimateInTitle(m, ctx) : legitimateInProse(m, nfc, ctx, plans)) continue;
    out.push({
      code: 'period/mismatch',
      severity: 'warning',
      path,
      message: `Văn bản ghi "${m.text}" nhưng kỳ báo cáo là ${ctx.labels.period} (kỳ tới: ${ctx.labels.nextPeriod}).`,
    });
  }
  return out;
}
