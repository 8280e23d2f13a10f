import { periodMentions, type Period, type PeriodMention } from '../../period';
import type { RichText } from '../../model/rich-text';
import type { Diagnostic, JsonPath } from '../diagnostic';
import { walkRichText } from '../walk';

type Periods = { period: Period; nextPeriod: Period; labels: { period: string; nextPeriod: string } };

function yearOf(p: Period): number | undefined {
  return p.kind === 'custom' ? undefined : p.year;
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

/**
 * Warns when text names a period of the same kind as the report's period (or its directions period) but a
 * different one — "6 tháng đầu năm 2022" in a report of 6 tháng đầu năm 2023. In titles (`strict`), a year
 * other than the years of both periods is flagged too. Mentions without a year are not judged.
 */
export function checkPeriodMentions(rich: RichText, path: JsonPath, ctx: Periods, strict: boolean): Diagnostic[] {
  const out: Diagnostic[] = [];
  walkRichText(rich, path, {
    text: (text, p) => out.push(...checkPeriodText(text, p, ctx, strict)),
  });
  return out;
}

/** {@link checkPeriodMentions} for one text leaf. */
export function checkPeriodText(text: string, path: JsonPath, ctx: Periods, strict: boolean): Diagnostic[] {
  if (!/\d{4}/.test(text)) return [];
  const out: Diagnostic[] = [];
  const periods = [ctx.period, ctx.nextPeriod];
  for (const m of periodMentions(text.normalize('NFC'))) {
    if (m.year === undefined) continue;
    // A bare year ("Luật KH&CN năm 2013", "đến năm 2030") is a period only in titles.
    if (m.kind === 'year' && !strict) continue;
    const sameKind = periods.filter((x) => x.kind === m.kind);
    const contradicts =
      sameKind.length > 0
        ? !sameKind.some((x) => same(m, x))
        : strict && m.kind === 'year' && !periods.some((x) => yearOf(x) === m.year);
    if (contradicts) {
      out.push({
        code: 'period/mismatch',
        severity: 'warning',
        path,
        message: `Văn bản ghi "${m.text}" nhưng kỳ báo cáo là ${ctx.labels.period} (kỳ tới: ${ctx.labels.nextPeriod}).`,
      });
    }
  }
  return out;
}
