import type { ReportDocument } from '../tree/types';
import { analyzeReport, type ReportOptions } from '../validate/analyze';
import { kindOf } from '../validate/report-context';
import { cleanText } from '../text/clean';
import type { Diagnostic } from '../validate/diagnostic';
import { composeBlocks, type BlockState } from './blocks';
import { composeHeader, composeRecipients, composeSignature } from './header';
import { composeInline, plainText } from './inline';
import { createNumbering } from './numbering';
import { append } from '../_lib/append';

const COMPOSE_ERROR = Symbol.for('@baocao-khcn/core/ComposeError');

/**
 * Thrown by {@link composeReport} only when no document can be made; carries every diagnostic.
 * It is the only error `composeReport` throws. Test for it with {@link isComposeError}, which also recognises an
 * error thrown by the other module format's copy of core (ESM and CommonJS loaded side by side).
 *
 * @example
 * try {
 *   composeReport({}, { profile });
 * } catch (error) {
 *   if (isComposeError(error)) error.diagnostics; // [{ code: 'schema/invalid_type', path: ['issueDate'], … }, …]
 * }
 */
export class ComposeError extends Error {
  readonly diagnostics: Diagnostic[];
  /** @internal A brand shared by every copy of core, so that {@link isComposeError} works across copies. */
  readonly [COMPOSE_ERROR] = true;
  constructor(diagnostics: Diagnostic[]) {
    const first = diagnostics.find((d) => d.severity === 'error');
    super(`Không tạo được văn bản: ${first ? first.message : 'dữ liệu không hợp lệ'} (${diagnostics.length} chẩn đoán).`);
    this.name = 'ComposeError';
    this.diagnostics = diagnostics;
  }
}

/**
 * Whether `error` is a {@link ComposeError} — from this copy of core or from another one (an app that loads both
 * the ESM and the CommonJS build gets two classes, and `instanceof` alone answers `false` across them).
 *
 * @example
 * try {
 *   composeReport(input, { profile, sections });
 * } catch (error) {
 *   if (isComposeError(error)) console.log(error.diagnostics.map((d) => d.message));
 *   else throw error;
 * }
 */
export function isComposeError(error: unknown): error is ComposeError {
  return typeof error === 'object' && error !== null && (error as { [COMPOSE_ERROR]?: unknown })[COMPOSE_ERROR] === true;
}

/** The result of {@link composeReport}. */
export type ComposeResult = { document: ReportDocument; diagnostics: Diagnostic[] };

/**
 * Validates a report and composes its renderer-neutral document tree: templates filled, sections rendered,
 * headings numbered by the profile's scheme, figures formatted, footnotes numbered.
 * A document is produced despite warnings and most errors; only input that cannot make a document
 * (schema errors at the report level, cycles, limits, duplicate plugins) throws a {@link ComposeError}.
 *
 * @example
 * const { document, diagnostics } = composeReport(input, { profile: langSon, sections: allSections });
 * document.body[0] // { type: 'heading', level: 1, number: 'I.', style: 'roman', children: [...] }
 */
export function composeReport(input: unknown, options: ReportOptions): ComposeResult {
  try {
    return composeChecked(input, options);
  } catch (error) {
    if (isComposeError(error)) throw error;
    // Defence in depth, as in validateReport: whatever goes wrong inside surfaces as a ComposeError.
    const message = error instanceof Error ? error.message : String(error);
    throw new ComposeError([{ code: 'internal/error', severity: 'error', path: [], message: `Lỗi nội bộ khi tạo văn bản: ${message}` }]);
  }
}

function composeChecked(input: unknown, options: ReportOptions): ComposeResult {
  const { diagnostics, ready } = analyzeReport(input, options);
  if (!ready || diagnostics.some((d) => d.code === 'plugin/duplicate-id')) throw new ComposeError(diagnostics);
  const { report, context, subject, opening, closing, parts, appendices } = ready;
  const { profile } = context;
  const agency = { ...profile.agency, ...(report.agency ?? {}) };
  const kind = kindOf(profile, report.kind);
  const state: BlockState = {
    numbering: createNumbering(profile.headingScheme),
    listMarkers: profile.listMarkers,
    inline: { footnotes: 0, annotate: ready.series.annotation },
  };
  const subjectNodes = composeInline(subject, state.inline);
  const body = composeBlocks(opening, 1, state);
  for (const part of parts) {
    const { number, style } = state.numbering.next(1);
    body.push({ type: 'heading', level: 1, number, style, children: composeInline(part.title, state.inline) });
    append(body, composeBlocks(part.children, 2, part.headingScheme ? { ...state, partScheme: part.headingScheme } : state));
  }
  append(body, composeBlocks(closing, 1, state));
  const document: ReportDocument = {
    type: 'report',
    meta: { title: plainText(subjectNodes), creator: agency.name, language: 'vi-VN', kind: report.kind },
    header: composeHeader(agency, ready.header),
    title: kind?.title ?? '',
    subject: subjectNodes,
    to: (report.to.length > 0 ? report.to : (profile.to ?? [])).map(cleanText),
    body,
    signature: composeSignature(report.signer),
    recipients: composeRecipients(report.recipients),
    appendices: report.appendices.map((appendix, i) => {
      const expanded = appendices[i];
      const node: ReportDocument['appendices'][number] = {
        title: composeInline(appendix.title, state.inline),
        orientation: appendix.orientation,
        // Appendix headings are numbered on their own.
        blocks: composeBlocks(expanded?.children ?? [], 1, { ...state, numbering: createNumbering(profile.headingScheme) }),
      };
      if (appendix.label) node.label = cleanText(appendix.label);
      const subtitle = composeInline(expanded?.subtitle ?? '', state.inline);
      if (subtitle.length > 0) node.subtitle = subtitle;
      return node;
    }),
  };
  if (typeof report.issueDate === 'string') document.meta.date = report.issueDate;
  return { document, diagnostics };
}
