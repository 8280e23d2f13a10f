import { nextPeriod as defaultNextPeriod, periodLabel, reportingWindow } from '../period';
import type { Period } from '../period';
import type { Report } from '../model/report';
import { sectionFormatters, type SectionContext } from '../plugin/context';
import type { DocumentKind, Profile } from '../plugin/profile';
import type { Diagnostic, JsonPath } from './diagnostic';

/** What every section of a report shares: periods, window, labels, profile, formatters. */
export type ReportContext = Omit<SectionContext, 'mode' | 'path' | 'section'>;

/**
 * The context of a report: its period and the next one, the reporting window of the profile and their labels.
 * A period that cannot be labelled or windowed becomes a `period/invalid` diagnostic.
 */
export function reportContext(report: Report, profile: Profile): { context: ReportContext } | { diagnostic: Diagnostic } {
  const period = report.period as Period;
  try {
    const next = (report.nextPeriod as Period | undefined) ?? defaultNextPeriod(period);
    const window = reportingWindow(period, profile.window);
    return {
      context: {
        period,
        nextPeriod: next,
        window,
        cutoff: window.to,
        labels: { period: periodLabel(period), nextPeriod: periodLabel(next) },
        profile,
        format: sectionFormatters,
      },
    };
  } catch (error) {
    const path: JsonPath = report.nextPeriod !== undefined && report.period.kind !== 'custom' ? ['nextPeriod'] : ['period'];
    return { diagnostic: { code: 'period/invalid', severity: 'error', path, message: `Kỳ báo cáo không hợp lệ: ${(error as Error).message}` } };
  }
}

/** A document kind of the profile (own properties only: `constructor` is no kind). */
export function kindOf(profile: Profile, id: string): DocumentKind | undefined {
  return Object.hasOwn(profile.kinds, id) ? profile.kinds[id] : undefined;
}
