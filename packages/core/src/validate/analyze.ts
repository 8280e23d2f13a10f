import type { Block } from '../model/blocks';
import { type Report, reportSchema } from '../model/report';
import type { RichText } from '../model/rich-text';
import { type PartMode, type Profile, templateEngineOf } from '../plugin/profile';
import type { AnySectionPlugin } from '../plugin/section';
import type { TemplateEngine } from '../template/engine';
import type { NumberStyle } from '../tree/types';
import { checkContent } from './content';
import { createReportSeries, type ReportSeries } from '../series/report-series';
import { checkDates } from './dates';
import type { Diagnostic, JsonPath } from './diagnostic';
import { droppedKeys } from './dropped';
import { createExpander, duplicateSectionIds, type ExpandedBlock, type Expander } from './expand';
import { headerLines } from './header-lines';
import { DEFAULT_LIMITS, type Limits, readInput } from './limits';
import { kindOf, reportContext, type ReportContext } from './report-context';
import { parseWithDiagnostics } from './schema';
import { templateDataOf, type TemplateData } from './template-data';
import { append } from '../_lib/append';

/** Options of {@link validateReport} and {@link composeReport}: the province's profile and the section plugins it uses. */
export type ReportOptions = {
  profile: Profile;
  sections?: readonly AnySectionPlugin[];
  /** Input size limits (defaults: {@link DEFAULT_LIMITS}). */
  limits?: Partial<Limits>;  /**
   * Earlier reports of the same province (their inputs, as the app stored them): the monthly, quarterly … reports
   * and the year's plan (`ke-hoach`) that lũy kế, cùng kỳ and kế hoạch năm are computed from. Anything else is
   * reported, never thrown.
   */
  history?: readonly unknown[];
};

/** A part of the body after section plugins have been expanded. */
export type ExpandedPart = {
  id: string;
  mode: PartMode;
  title: RichText;
  path: JsonPath;
  /** Where the title is: the part's `title`, or the profile's template that made it. */
  titlePath: JsonPath;
  children: ExpandedBlock[];
  /** Number styles of the levels inside the part (from the profile's part spec). */
  headingScheme?: readonly NumberStyle[];
};

/** The result of analysing a report: diagnostics and, when the input is usable, everything composition needs. */
export type Analysis = {
  diagnostics: Diagnostic[];
  ready?: {
    report: Report;
    context: ReportContext;
    engine: TemplateEngine;
    /** `Số: …` and the date line, made and checked during analysis. */
    header: { numberLine: string; dateLine: string };
    subject: RichText;
    opening: ExpandedBlock[];
    closing: ExpandedBlock[];
    parts: ExpandedPart[];
    appendices: { subtitle: RichText; children: ExpandedBlock[] }[];
    /** The report series: annotations of figures that show lũy kế, cùng kỳ or kế hoạch năm. */
    series: ReportSeries;
  };
};

/** Analyses a report: limits, schema, sections, templates and every check. Never throws on user data. */
export function analyzeReport(untrusted: unknown, options: ReportOptions): Analysis {
  const limits = { ...DEFAULT_LIMITS, ...(options.limits ?? {}) };
  // The caller's objects are read once, here; everything below reads the plain copy.
  const read = readInput(untrusted, limits, [], { forbiddenChars: true });
  const diagnostics: Diagnostic[] = read.diagnostics;
  // The history too, with paths ['history', i, …]: a history that cannot be read is reported with the report's
  // own diagnostics, and no document is made from it.
  const past = options.history === undefined ? undefined : readInput(options.history, limits, ['history']);
  if (past) append(diagnostics, past.diagnostics);
  if (read.fatal) return { diagnostics };
  const input = read.value;

  const parsed = parseWithDiagnostics(reportSchema, input, []);
  append(diagnostics, parsed.diagnostics);
  if (!parsed.success) return { diagnostics };
  const report = parsed.data;
  append(diagnostics, droppedKeys(input, report, []));
  const { profile } = options;
  const sections = options.sections ?? [];
  for (const id of duplicateSectionIds(sections)) {
    diagnostics.push({ code: 'plugin/duplicate-id', severity: 'error', path: ['sections'], message: `Hai section plugin cùng id "${id}".` });
  }

  const made = reportContext(report, profile);
  if ('diagnostic' in made) return { diagnostics: [...diagnostics, made.diagnostic] };
  const { context } = made;
  const series = createReportSeries(input, report, { ...options, history: past?.fatal ? undefined : past?.value });
  context.series = series.view;
  append(diagnostics, checkDates(report, context, profile));
  if (diagnostics.some((d) => d.code === 'date/invalid' && d.path[0] === 'issueDate')) return { diagnostics };

  const engine = templateEngineOf(profile);
  const kind = kindOf(profile, report.kind);
  if (!kind) {
    diagnostics.push({ code: 'report/unknown-kind', severity: 'error', path: ['kind'], message: `Loại văn bản "${report.kind}" không có trong hồ sơ "${profile.id}".` });
  }
  const agency = { ...profile.agency, ...(report.agency ?? {}) };
  const lines = headerLines(report, kind?.code ?? '', agency, diagnostics);
  if (!lines) return { diagnostics };
  const templateData = templateDataOf(report, context, kind, agency);
  const render = (name: string, template: string, data: TemplateData & Record<string, unknown> = templateData): string | undefined => {
    const out = engine.render(name, template, data);
    if ('diagnostic' in out) {
      diagnostics.push(out.diagnostic);
      return undefined;
    }
    return out.text;
  };
  const fromTemplate = (name: 'subject' | 'opening' | 'closing') => {
    const template = profile.templates[name];
    return template === undefined ? undefined : render(name, template);
  };

  // Text a template made is at the template's path in the profile (see the README, "Diagnostic paths").
  const templatePath = (slot: string): JsonPath => ['profile', profile.id, 'templates', slot];
  const subject: RichText = report.subject ?? fromTemplate('subject') ?? '';
  const subjectPath = report.subject === undefined && profile.templates.subject !== undefined ? templatePath('subject') : ['subject'];
  if (subject === '' || (Array.isArray(subject) && subject.length === 0)) {
    diagnostics.push({ code: 'report/missing-subject', severity: 'error', path: ['subject'], message: 'Thiếu trích yếu (và hồ sơ không có mẫu trích yếu).' });
  }
  // Where each object of section data sits in the input: generated blocks that reuse the data's own blocks and
  // figures are reported at their real paths.
  const origin = new WeakMap<object, JsonPath>();
  const expander = createExpander(new Map(sections.map((s) => [s.id, s] as const)), context, diagnostics, profile, report.sections ?? {}, origin);
  const opening = expander.blocks(report.opening ?? optionalParagraph(fromTemplate('opening')), report.opening ? ['opening'] : templatePath('opening'), 'results');
  const closing = expander.blocks(report.closing ?? optionalParagraph(fromTemplate('closing')), report.closing ? ['closing'] : templatePath('closing'), 'results');
  const parts = report.body.map((part, i) => expandPart(part, ['body', i], report, profile, expander, diagnostics, (spec) => render(`parts.${spec.id}.title`, spec.title)));

  const appendices = report.appendices.map((appendix, i) => {
    let subtitle: RichText = appendix.subtitle ?? '';
    if (appendix.subtitle === undefined) {
      const template = profile.templates.appendixSubtitle ?? '(Kèm theo {{kindName}} số {{numberText}} ngày {{dateText}} của {{agency.shortName}})';
      subtitle = render('appendixSubtitle', template, { ...templateData, numberText: lines.numberText, dateText: lines.dateText }) ?? subtitle;
    }
    return { subtitle, children: expander.blocks(appendix.content, ['appendices', i, 'content'], 'appendix') };
  });

  append(diagnostics, checkContent({ report, subject, subjectPath, opening, closing, parts, appendices }, context, origin, series.figure));
  append(diagnostics, series.finish());
  const header = { numberLine: lines.numberLine, dateLine: lines.dateLine };
  if (past?.fatal) return { diagnostics };
  return { diagnostics, ready: { report, context, engine, header, subject, opening, closing, parts, appendices, series } };
}

/** One part of the body: its spec in the profile, its title (given or from the profile's template), its blocks. */
function expandPart(
  part: Report['body'][number],
  path: JsonPath,
  report: Report,
  profile: Profile,
  expander: Expander,
  diagnostics: Diagnostic[],
  titleOf: (spec: Profile['parts'][number]) => RichText | undefined,
): ExpandedPart {
  const spec = profile.parts.find((p) => p.id === part.part);
  if (!spec) {
    diagnostics.push({ code: 'body/unknown-part', severity: 'error', path: [...path, 'part'], message: `Phần "${part.part}" không có trong bố cục của hồ sơ "${profile.id}" (${profile.parts.map((p) => p.id).join(', ')}).` });
  }
  const mode: PartMode = spec?.mode ?? 'free';
  const title: RichText = part.title ?? (spec ? titleOf(spec) : undefined) ?? '';
  let content: Block[] = part.content;
  let at: ((i: number) => JsonPath) | undefined;
  // An empty part lists the sections the profile places in it, with their data shared in `report.sections` (where
  // they are reported: the part holds no block for them).
  if (content.length === 0 && spec?.sections && report.sections) {
    const ids = spec.sections.filter((id) => report.sections?.[id] !== undefined);
    content = ids.map((id) => ({ type: 'section' as const, section: id }));
    at = (i) => ['sections', ids[i] as string];
  }
  const titlePath = part.title === undefined && spec ? ['profile', profile.id, 'templates', `parts.${spec.id}.title`] : [...path, 'title'];
  const expanded: ExpandedPart = { id: part.part, mode, title, path, titlePath, children: expander.blocks(content, [...path, 'content'], mode === 'plans' ? 'plans' : 'results', at) };
  if (spec?.headingScheme) expanded.headingScheme = spec.headingScheme;
  return expanded;
}

function optionalParagraph(text: string | undefined): Block[] {
  return text === undefined || text === '' ? [] : [text];
}
