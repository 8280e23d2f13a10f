import { formatShortDate, isIsoDate } from '../format';
import type { Report } from '../model/report';
import type { Profile } from '../plugin/profile';
import type { Diagnostic } from './diagnostic';
import { kindOf, type ReportContext } from './report-context';

/**
 * Dates of a report: the issue date, the dates of the căn cứ and of a custom period exist; the issue date does not
 * precede the period (plans excepted); the profile applies at the period's cut-off.
 */
export function checkDates(report: Report, context: ReportContext, profile: Profile): Diagnostic[] {
  const out: Diagnostic[] = [];
  const d = report.issueDate;
  if (typeof d === 'string') {
    if (!isIsoDate(d)) out.push({ code: 'date/invalid', severity: 'error', path: ['issueDate'], message: `Ngày ban hành "${d}" không có thật.` });
    else if (d < context.window.from && !kindOf(profile, report.kind)?.planning) out.push({ code: 'date/before-period', severity: 'warning', path: ['issueDate'], message: `Ngày ban hành ${formatShortDate(d)} trước khi kỳ báo cáo bắt đầu (${formatShortDate(context.window.from)}).` });
  }
  report.basis.forEach((doc, i) => {
    if (doc.date !== undefined && !isIsoDate(doc.date)) out.push({ code: 'date/invalid', severity: 'error', path: ['basis', i, 'date'], message: `Ngày "${doc.date}" không có thật.` });
  });
  if (report.period.kind === 'custom') {
    for (const key of ['from', 'to'] as const) {
      if (!isIsoDate(report.period[key])) out.push({ code: 'date/invalid', severity: 'error', path: ['period', key], message: `Ngày "${report.period[key]}" không có thật.` });
    }
  }
  const ref = context.cutoff;
  if (profile.appliesFrom && ref < profile.appliesFrom) out.push({ code: 'profile/not-applicable', severity: 'warning', path: [], message: `Hồ sơ "${profile.id}" chỉ áp dụng từ ${profile.appliesFrom}.` });
  if (profile.appliesUntil && ref > profile.appliesUntil) out.push({ code: 'profile/not-applicable', severity: 'warning', path: [], message: `Hồ sơ "${profile.id}" chỉ áp dụng đến ${profile.appliesUntil}.` });
  return out;
}
