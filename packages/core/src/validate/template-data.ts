import { formatShortDate, isIsoDate } from '../format';
import type { Agency, DocumentRef, Report } from '../model/report';
import type { DocumentKind } from '../plugin/profile';
import type { ReportContext } from './report-context';

/** What profile templates see: period labels, kind name, agency, Kính gửi and căn cứ. */
export type TemplateData = {
  period: string;
  nextPeriod: string;
  periodNoYear: string;
  nextPeriodNoYear: string;
  year: number | undefined;
  nextYear: number | undefined;
  kindName: string;
  agency: { name: string; shortName: string; place: string; parent: string };
  to: readonly string[];
  basis: string[];
  basisText: string;
};

/** The data of the profile's templates for one report. */
export function templateDataOf(report: Report, context: ReportContext, kind: DocumentKind | undefined, agency: Agency): TemplateData {
  const { period, nextPeriod: next, profile } = context;
  const basis = report.basis.map(describeDocument);
  return {
    period: context.labels.period,
    nextPeriod: context.labels.nextPeriod,
    periodNoYear: withoutYear(context.labels.period),
    nextPeriodNoYear: withoutYear(context.labels.nextPeriod),
    year: 'year' in period ? period.year : undefined,
    nextYear: 'year' in next ? next.year : undefined,
    kindName: capitalize((kind?.title ?? '').toLocaleLowerCase('vi')),
    agency: { name: agency.name, shortName: agency.shortName ?? capitalize(agency.name.toLocaleLowerCase('vi')), place: agency.place, parent: agency.parent ?? '' },
    to: report.to.length > 0 ? report.to : (profile.to ?? []),
    basis,
    basisText: basis.join('; '),
  };
}

/** `9 tháng đầu năm 2022` → `9 tháng đầu năm`; `tháng 9/2023` → `tháng 9`. */
function withoutYear(label: string): string {
  return label.replace(/(?:\/|\s+)\d{4}$/u, '');
}

function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

/**
 * A document reference (căn cứ) as running text: kind and number, date, issuer, subject — the form the profile
 * templates get as `basis` / `basisText`. A date that does not exist is left out (the validator reports it).
 *
 * @example
 * describeDocument({ kind: 'Công văn', number: '1506/SKHĐT-THKTXH', date: '2022-08-03', issuer: 'Sở Kế hoạch và Đầu tư',
 *   subject: 'về việc báo cáo tình hình kinh tế - xã hội 9 tháng' })
 * // 'Công văn số 1506/SKHĐT-THKTXH ngày 03/8/2022 của Sở Kế hoạch và Đầu tư về việc báo cáo tình hình kinh tế - xã hội 9 tháng'
 * describeDocument({ number: '45/KH-UBND' }) // 'số 45/KH-UBND'
 */
export function describeDocument(doc: DocumentRef): string {
  const parts = [`${doc.kind ? `${doc.kind} số ` : 'số '}${doc.number}`];
  if (doc.date && isIsoDate(doc.date)) parts.push(`ngày ${formatShortDate(doc.date)}`);
  if (doc.issuer) parts.push(`của ${doc.issuer}`);
  if (doc.subject) parts.push(doc.subject);
  return parts.join(' ');
}
