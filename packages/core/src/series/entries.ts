import { periodSchema } from '../model/report';
import type { Period } from '../period/types';
import type { Profile } from '../plugin/profile';
import type { Catalog } from './catalog';
import { indicatorsOfReport } from './indicators';
import { monthsOf } from './months';
import type { Indicator, SeriesEntry } from './types';

/** A report of the list that cannot be used, and why (Vietnamese). */
export type EntryProblem = { index: number; reason: string };

/**
 * Reads a list of report inputs (as an app stores them) into series entries. Whatever the list holds — not an
 * array, `null`, objects that are no report, custom periods — nothing throws: unusable items become problems.
 */
export function readEntries(list: unknown, profile: Profile | undefined, catalog: Catalog): { entries: SeriesEntry[]; problems: EntryProblem[] } {
  const entries: SeriesEntry[] = [];
  const problems: EntryProblem[] = [];
  if (!Array.isArray(list)) return { entries, problems: list === undefined ? [] : [{ index: -1, reason: 'history phải là một mảng các báo cáo' }] };
  for (let index = 0; index < list.length; index++) {
    try {
      // Only what a series reads is checked (the period, the kind, the section data and the figures naming an
      // indicator): a stored report is not re-validated as a whole, which keeps a long history cheap.
      const report = list[index] as Record<string, unknown> | null;
      const parsed = report !== null && typeof report === 'object' && !Array.isArray(report) ? periodSchema.safeParse(report.period) : undefined;
      if (!report || !parsed?.success) {
        problems.push({ index, reason: 'không phải một báo cáo có kỳ báo cáo hợp lệ' });
        continue;
      }
      const period = parsed.data as Period;
      const kind = typeof report.kind === 'string' ? report.kind : 'bao-cao';
      const span = monthsOf(period);
      if (!span || period.kind === 'remaining') {
        problems.push({ index, reason: 'kỳ báo cáo không phải tháng, quý, 6 tháng, 9 tháng hay năm' });
        continue;
      }
      const kinds = profile?.kinds;
      const planning = kinds !== undefined && Object.hasOwn(kinds, kind) ? kinds[kind]?.planning === true : kind === 'ke-hoach';
      const values = new Map(indicatorsOfReport(report, period, catalog).map((i) => [i.id, i] as const));
      entries.push({ index, period, span, planning, values });
    } catch {
      problems.push({ index, reason: 'không đọc được' });
    }
  }
  return { entries, problems };
}
