import { DRAFT_BLANK, documentNumberLine, formatDateLine, formatDocumentNumber, formatShortDate, isIsoDate } from '../format';
import type { Agency, Report } from '../model/report';
import { cleanText } from '../text/clean';
import type { Diagnostic, JsonPath } from './diagnostic';

/** The document's number and date as the header prints them, and as an appendix subtitle cites them. */
export type HeaderLines = {
  /** `Số: 05/BC-SKHCN` */
  numberLine: string;
  /** `Lạng Sơn, ngày 05 tháng 02 năm 2024` */
  dateLine: string;
  /**
   * The identifier alone, `05/BC-SKHCN` (the same formatter as the header: one number everywhere). A draft's keeps
   * the header's blank less the space the template writes before it: `số {{numberText}}` → `số      /BC-SKHCN`.
   */
  numberText: string;
  /** The issue date in short form, `05/02/2024`, or with the draft's blank for the day, `     /8/2022` (as above). */
  dateText: string;
};

/**
 * Makes the `Số: …` and date lines where a problem can still become a diagnostic, at the field that causes it
 * (`agency.code`, `number` or `agency.place`). The issue date must already be known to exist.
 */
export function headerLines(report: Report, kindCode: string, agency: Agency, diagnostics: Diagnostic[]): HeaderLines | undefined {
  const line = (make: () => string, path: JsonPath): string | undefined => {
    try {
      return cleanText(make());
    } catch (error) {
      diagnostics.push({ code: 'report/invalid-header', severity: 'error', path, message: `Không tạo được số và ngày văn bản: ${(error as Error).message}` });
      return undefined;
    }
  };
  const number = { number: report.number, kindCode, agencyCode: agency.code };
  const numberLine = line(() => documentNumberLine(number), agency.code.trim() === '' ? ['agency', 'code'] : ['number']);
  // The issue date is valid here (checked before): only the place can be wrong.
  const dateLine = line(() => formatDateLine(cleanText(agency.place), report.issueDate), ['agency', 'place']);
  if (numberLine === undefined || dateLine === undefined) return undefined;
  return { numberLine, dateLine, numberText: afterSpace(cleanText(formatDocumentNumber(number))), dateText: afterSpace(dateText(report)) };
}

/** A draft's blank, less the one space a template writes before it ("số {{numberText}}"). */
function afterSpace(text: string): string {
  return text.startsWith(DRAFT_BLANK) ? text.slice(1) : text;
}

function dateText(report: Report): string {
  const d = report.issueDate;
  if (typeof d === 'string') return isIsoDate(d) ? formatShortDate(d) : d;
  return d.month === undefined ? `${DRAFT_BLANK}/${d.year}` : `${DRAFT_BLANK}/${d.month}/${d.year}`;
}
