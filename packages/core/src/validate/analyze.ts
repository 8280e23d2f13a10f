import { documentNumberLine, formatDateLine, formatShortDate, isIsoDate } from '../format';
import { cleanText } from '../text/clean';
import { nextPeriod as defaultNextPeriod, periodLabel, reportingWindow } from '../period';
import type { DateRange, Period } from '../period';
import { z } from 'zod';
import { blockSchema, type Block } from '../model/blocks';
import { type DocumentRef, type Report, reportSchema } from '../model/report';
import type { RichText } from '../model/rich-text';
import { sectionFormatters, type SectionContext } from '../plugin/context';
import { type DocumentKind, type PartMode, type Profile, templateEngineOf } from '../plugin/profile';
import type { NumberStyle } from '../tree/types';
import { type AnySectionPlugin, sectionTitleFor } from '../plugin/section';
import type { TemplateEngine } from '../template/engine';
import { checkFigure } from './checks/figures';
import { checkPeriodText } from './checks/periods';
import { checkRecipients, checkSigner } from './checks/signer';
import { checkText } from './checks/text';
import type { Diagnostic, JsonPath } from './diagnostic';
import { checkLimits, DEFAULT_LIMITS, type Limits } from './limits';
import { parseWithDiagnostics } from './schema';
import { droppedKeys } from './dropped';
import { walkBlockRichText, walkRichText } from './walk';

/** Options of {@link validateReport} and {@link composeReport}: the province's profile and the section plugins it uses. */
export type ReportOptions = {
  profile: Profile;
  sections?: readonly AnySectionPlugin[];
  /** Input size limits (defaults: {@link DEFAULT_LIMITS}). */
  limits?: Partial<Limits>;
};

/** A leaf block after section plugins have been expanded. */
export type LeafBlock = Exclude<Block, { type: 'heading' } | { type: 'section' }>;
/** Body content after section plugins have been expanded, with the JSON path each piece comes from. */
export type ExpandedBlock =
  | { kind: 'heading'; title: RichText; path: JsonPath; children: ExpandedBlock[] }
  | { kind: 'block'; block: LeafBlock; path: JsonPath };

export type ExpandedPart = {
  id: string;
  mode: PartMode;
  title: RichText;
  path: JsonPath;
  children: ExpandedBlock[];
  /** Number styles of the levels inside the part (from the profile's part spec). */
  headingScheme?: readonly NumberStyle[];
};

export type ReportContext = Omit<SectionContext, 'mode' | 'path'>;

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
  };
};

/** Reports duplicate section ids (a configuration error). */
export function duplicateSectionIds(sections: readonly AnySectionPlugin[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const s of sections) (seen.has(s.id) ? dup : seen).add(s.id);
  return [...dup];
}

/** Analyses a report: limits, schema, sections, templates and every check. Never throws on user data. */
export function analyzeReport(input: unknown, options: ReportOptions): Analysis {
  const diagnostics: Diagnostic[] = [];
  const limits = { ...DEFAULT_LIMITS, ...(options.limits ?? {}) };
  const guard = checkLimits(input, limits);
  diagnostics.push(...guard.diagnostics);
  if (guard.fatal) return { diagnostics };

  const parsed = parseWithDiagnostics(reportSchema, input, []);
  diagnostics.push(...parsed.diagnostics);
  if (!parsed.success) return { diagnostics };
  const report = parsed.data;
  diagnostics.push(...droppedKeys(input, report, []));
  const { profile } = options;
  const sections = options.sections ?? [];
  for (const id of duplicateSectionIds(sections)) {
    diagnostics.push({ code: 'plugin/duplicate-id', severity: 'error', path: ['sections'], message: `Hai section plugin cùng id "${id}".` });
  }
  const byId = new Map(sections.map((s) => [s.id, s] as const));

  const period = report.period as Period;
  let context: ReportContext;
  try {
    const next = (report.nextPeriod as Period | undefined) ?? defaultNextPeriod(period);
    const window = reportingWindow(period, profile.window);
    context = {
      period,
      nextPeriod: next,
      window,
      cutoff: window.to,
      labels: { period: periodLabel(period), nextPeriod: periodLabel(next) },
      profile,
      format: sectionFormatters,
    };
  } catch (error) {
    const path: JsonPath = report.nextPeriod !== undefined && report.period.kind !== 'custom' ? ['nextPeriod'] : ['period'];
    diagnostics.push({ code: 'period/invalid', severity: 'error', path, message: `Kỳ báo cáo không hợp lệ: ${(error as Error).message}` });
    return { diagnostics };
  }
  const next = context.nextPeriod;
  diagnostics.push(...checkDates(report, context, profile));
  if (diagnostics.some((d) => d.code === 'date/invalid' && d.path[0] === 'issueDate')) return { diagnostics };

  const engine = templateEngineOf(profile);
  const kind = kindOf(profile, report.kind);
  if (!kind) {
    diagnostics.push({ code: 'report/unknown-kind', severity: 'error', path: ['kind'], message: `Loại văn bản "${report.kind}" không có trong hồ sơ "${profile.id}".` });
  }
  const agency = { ...profile.agency, ...(report.agency ?? {}) };
  // The header lines are made here, where a problem can still become a diagnostic (at the field that causes it).
  const headerLine = (make: () => string, path: JsonPath): string | undefined => {
    try {
      return cleanText(make());
    } catch (error) {
      diagnostics.push({ code: 'report/invalid-header', severity: 'error', path, message: `Không tạo được số và ngày văn bản: ${(error as Error).message}` });
      return undefined;
    }
  };
  const numberLine = headerLine(
    () => documentNumberLine({ number: report.number, kindCode: kind?.code ?? '', agencyCode: agency.code }),
    agency.code.trim() === '' ? ['agency', 'code'] : ['number'],
  );
  // The issue date is valid here (checked above): only the place can be wrong.
  const dateLine = headerLine(() => formatDateLine(cleanText(agency.place), report.issueDate), ['agency', 'place']);
  if (numberLine === undefined || dateLine === undefined) return { diagnostics };
  const header = { numberLine, dateLine };
  const templateData = {
    period: context.labels.period,
    nextPeriod: context.labels.nextPeriod,
    periodNoYear: withoutYear(context.labels.period),
    nextPeriodNoYear: withoutYear(context.labels.nextPeriod),
    year: 'year' in period ? period.year : undefined,
    nextYear: 'year' in next ? next.year : undefined,
    kindName: capitalize((kind?.title ?? '').toLocaleLowerCase('vi')),
    agency: { name: agency.name, shortName: agency.shortName ?? capitalize(agency.name.toLocaleLowerCase('vi')), place: agency.place, parent: agency.parent ?? '' },
    to: report.to.length > 0 ? report.to : (profile.to ?? []),
    basis: report.basis.map(describeDocument),
    basisText: report.basis.map(describeDocument).join('; '),
  };
  const fromTemplate = (name: 'subject' | 'opening' | 'closing'): string | undefined => {
    const template = profile.templates[name];
    if (template === undefined) return undefined;
    const out = engine.render(name, template, templateData);
    if ('diagnostic' in out) {
      diagnostics.push(out.diagnostic);
      return undefined;
    }
    return out.text;
  };

  const subject: RichText = report.subject ?? fromTemplate('subject') ?? '';
  if (subject === '' || (Array.isArray(subject) && subject.length === 0)) {
    diagnostics.push({ code: 'report/missing-subject', severity: 'error', path: ['subject'], message: 'Thiếu trích yếu (và hồ sơ không có mẫu trích yếu).' });
  }
  // Where each object of section data sits in the input: generated blocks that reuse the data's own blocks and
  // figures are reported at their real paths.
  const origin = new WeakMap<object, JsonPath>();
  const expander = createExpander(byId, context, diagnostics, profile, report.sections ?? {}, origin);
  const openingBlocks: Block[] = report.opening ?? optionalParagraph(fromTemplate('opening'));
  const closingBlocks: Block[] = report.closing ?? optionalParagraph(fromTemplate('closing'));
  const opening = expander.blocks(openingBlocks, ['opening'], 'results');
  const closing = expander.blocks(closingBlocks, ['closing'], 'results');

  const parts: ExpandedPart[] = report.body.map((part, i) => {
    const spec = profile.parts.find((p) => p.id === part.part);
    const path: JsonPath = ['body', i];
    if (!spec) {
      diagnostics.push({ code: 'body/unknown-part', severity: 'error', path: [...path, 'part'], message: `Phần "${part.part}" không có trong bố cục của hồ sơ "${profile.id}" (${profile.parts.map((p) => p.id).join(', ')}).` });
    }
    const mode: PartMode = spec?.mode ?? 'free';
    let title: RichText = part.title ?? '';
    if (part.title === undefined && spec) {
      const out = engine.render(`parts.${spec.id}.title`, spec.title, templateData);
      if ('diagnostic' in out) diagnostics.push(out.diagnostic);
      else title = out.text;
    }
    let content: Block[] = part.content;
    if (content.length === 0 && spec?.sections && report.sections) {
      content = spec.sections.filter((id) => report.sections?.[id] !== undefined).map((id) => ({ type: 'section' as const, section: id }));
    }
    const expanded: ExpandedPart = { id: part.part, mode, title, path, children: expander.blocks(content, [...path, 'content'], mode === 'plans' ? 'plans' : 'results') };
    if (spec?.headingScheme) expanded.headingScheme = spec.headingScheme;
    return expanded;
  });

  const appendices = report.appendices.map((appendix, i) => {
    let subtitle: RichText = appendix.subtitle ?? '';
    if (appendix.subtitle === undefined) {
      const template = profile.templates.appendixSubtitle ?? '(Kèm theo {{kindName}} số {{numberText}} ngày {{dateText}} của {{agency.shortName}})';
      const out = engine.render('appendixSubtitle', template, { ...templateData, numberText: numberText(report, kind?.code ?? '', agency.code), dateText: dateText(report) });
      if ('diagnostic' in out) diagnostics.push(out.diagnostic);
      else subtitle = out.text;
    }
    return { subtitle, children: expander.blocks(appendix.content, ['appendices', i, 'content'], 'appendix') };
  });

  // Content checks over everything that will be printed, section output included. One walk per rich text: its
  // text and figure diagnostics, then those of its period mentions (strictly in titles, none for some).
  const visitRich = (rich: RichText, path: JsonPath, periods: 'title' | 'text' | 'none') => {
    if (typeof rich === 'string') {
      // Most rich text is a plain string (every cell of a long table): no walk needed.
      diagnostics.push(...checkText(rich, path));
      if (periods !== 'none') diagnostics.push(...checkPeriodText(rich, path, context, periods === 'title'));
      return;
    }
    const mentions: Diagnostic[] = [];
    walkRichText(rich, path, {
      text: (text, p) => {
        diagnostics.push(...checkText(text, p));
        if (periods !== 'none') mentions.push(...checkPeriodText(text, p, context, periods === 'title'));
      },
      figure: (figure, p) => diagnostics.push(...checkFigure(figure, origin.get(figure) ?? p)),
    });
    diagnostics.push(...mentions);
  };
  visitRich(subject, ['subject'], 'title');
  const visitExpanded = (list: ExpandedBlock[]) => {
    for (const item of list) {
      if (item.kind === 'heading') {
        visitRich(item.title, [...item.path, 'title'], 'title');
        visitExpanded(item.children);
      } else {
        walkBlockRichText(item.block, item.path, (rich, p) => visitRich(rich, p, 'text'));
        if (typeof item.block !== 'string' && !Array.isArray(item.block) && item.block.type === 'list' && item.block.stated !== undefined && item.block.stated !== item.block.items.length) {
          diagnostics.push({ code: 'list/stated-count', severity: 'warning', path: [...item.path, 'stated'], message: `Ghi ${item.block.stated} mục nhưng danh sách có ${item.block.items.length} mục.` });
        }
      }
    }
  };
  visitExpanded(opening);
  for (const part of parts) {
    visitRich(part.title, [...part.path, 'title'], 'none');
    visitExpanded(part.children);
  }
  visitExpanded(closing);
  for (const a of appendices) visitExpanded(a.children);
  report.appendices.forEach((a, i) => visitRich(a.title, ['appendices', i, 'title'], 'none'));
  report.recipients.items.forEach((item, i) => diagnostics.push(...checkText(item, ['recipients', 'items', i])));
  for (const [value, path] of plainFields(report)) diagnostics.push(...checkText(value, path));
  report.appendices.forEach((a, i) => a.subtitle !== undefined && visitRich(a.subtitle, ['appendices', i, 'subtitle'], 'none'));
  for (const [key, value] of [['name', report.signer.name], ['title', report.signer.title]] as const) diagnostics.push(...checkText(value, ['signer', key]));

  diagnostics.push(...checkSigner(report.signer, ['signer']));
  diagnostics.push(...checkRecipients(report.recipients, ['recipients']));

  return { diagnostics, ready: { report, context, engine, header, subject, opening, closing, parts, appendices } };
}

/** `9 tháng đầu năm 2022` → `9 tháng đầu năm`; `tháng 9/2023` → `tháng 9`. */
function withoutYear(label: string): string {
  return label.replace(/(?:\/|\s+)\d{4}$/u, '');
}

function optionalParagraph(text: string | undefined): Block[] {
  return text === undefined || text === '' ? [] : [text];
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

function numberText(report: Report, kindCode: string, agencyCode: string): string {
  const n = report.number === undefined ? '' : typeof report.number === 'number' ? String(report.number).padStart(2, '0') : report.number;
  return `${n}/${kindCode ? `${kindCode}-` : ''}${agencyCode}`;
}

function dateText(report: Report): string {
  const d = report.issueDate;
  if (typeof d === 'string') return isIsoDate(d) ? formatShortDate(d) : d;
  return d.month === undefined ? `/${d.year}` : `/${d.month}/${d.year}`;
}

function checkDates(report: Report, context: ReportContext, profile: Profile): Diagnostic[] {
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

type Mode = 'results' | 'plans' | 'appendix';
type Expander = { blocks(blocks: readonly Block[], path: JsonPath, mode: Mode): ExpandedBlock[] };

function createExpander(
  byId: Map<string, AnySectionPlugin>,
  context: ReportContext,
  diagnostics: Diagnostic[],
  profile: Profile,
  shared: Record<string, unknown>,
  origin: WeakMap<object, JsonPath>,
): Expander {
  const seenData = new Set<string>();
  const expand = (blocks: readonly Block[], path: JsonPath, mode: Mode, depth: number): ExpandedBlock[] => {
    const out: ExpandedBlock[] = [];
    blocks.forEach((block, i) => {
      const p = [...path, i];
      if (typeof block === 'string' || Array.isArray(block) || block.type === 'paragraph' || block.type === 'list' || block.type === 'table') {
        out.push({ kind: 'block', block, path: p });
        return;
      }
      if (block.type === 'heading') {
        out.push({ kind: 'heading', title: block.title, path: p, children: expand(block.content ?? [], [...p, 'content'], mode, depth) });
        return;
      }
      const plugin = byId.get(block.section);
      if (!plugin) {
        diagnostics.push({ code: 'section/unknown', severity: 'error', path: [...p, 'section'], message: `Không có section plugin "${block.section}" trong cấu hình báo cáo.` });
        return;
      }
      if (depth > 8) {
        diagnostics.push({ code: 'section/too-deep', severity: 'error', path: p, message: 'Section lồng nhau quá sâu.' });
        return;
      }
      if ((plugin.appliesFrom && context.cutoff < plugin.appliesFrom) || (plugin.appliesUntil && context.cutoff > plugin.appliesUntil)) {
        diagnostics.push({ code: 'section/not-applicable', severity: 'warning', path: [...p, 'section'], message: `Lĩnh vực "${plugin.id}" áp dụng ${plugin.appliesFrom ? `từ ${plugin.appliesFrom}` : ''}${plugin.appliesUntil ? ` đến ${plugin.appliesUntil}` : ''}, không khớp kỳ báo cáo (chốt ${context.cutoff}).` });
      }
      // Data given in place, or shared by id in `report.sections` (so the body and an appendix use one list).
      const inPlace = block.data !== undefined;
      const dataPath: JsonPath = inPlace ? [...p, 'data'] : ['sections', plugin.id];
      const key = JSON.stringify(dataPath);
      const firstUse = !seenData.has(key);
      seenData.add(key);
      const parsed = parseWithDiagnostics(plugin.schema, inPlace ? block.data : (shared[plugin.id] ?? {}), dataPath);
      if (firstUse) diagnostics.push(...parsed.diagnostics);
      if (!parsed.success) return;
      if (firstUse) diagnostics.push(...droppedKeys(inPlace ? block.data : shared[plugin.id], parsed.data, dataPath));
      registerOrigins(parsed.data, dataPath, origin);
      const ctx: SectionContext = { ...context, mode, path: dataPath };
      let produced: Block[];
      try {
        if (plugin.checks && firstUse) diagnostics.push(...plugin.checks(parsed.data, ctx).map((d) => ({ ...d, path: [...dataPath, ...d.path] })));
        const render = mode === 'plans' ? plugin.plans : mode === 'appendix' ? (plugin.appendix ?? plugin.results) : plugin.results;
        produced = (render?.(parsed.data, ctx) ?? []) as Block[];
      } catch (error) {
        diagnostics.push({ code: 'section/failed', severity: 'error', path: p, message: `Section "${plugin.id}" gặp lỗi: ${error instanceof Error ? error.message : String(error)}` });
        return;
      }
      // Section output is checked like user input (a plugin may build invalid blocks).
      const checked = parseWithDiagnostics(blockListSchema, produced, dataPath);
      if (!checked.success) {
        diagnostics.push(...checked.diagnostics.map((d) => ({ ...d, code: 'section/invalid-output', message: `Section "${plugin.id}" tạo khối không hợp lệ: ${d.message}` })));
        return;
      }
      // The checked copy only validates; the plugin's own objects are kept so their origins stay known.
      const children = expand(produced, dataPath, mode, depth + 1).map((c) => rebase(c, dataPath, origin));
      if (block.heading === false) out.push(...children);
      else {
        const title = block.title ?? sectionTitleFor(profile.sectionTitles[plugin.id] ?? plugin.title, mode);
        out.push({ kind: 'heading', title, path: p, children });
      }
    });
    return out;
  };
  return { blocks: (blocks, path, mode) => expand(blocks, path, mode, 0) };
}

/** Generated blocks have no place in the input: their paths point at the section's data. */
function rebase(block: ExpandedBlock, dataPath: JsonPath, origin: WeakMap<object, JsonPath>): ExpandedBlock {
  if (block.kind === 'heading') {
    const title = typeof block.title === 'object' ? origin.get(block.title) : undefined;
    return { ...block, path: title ? title.slice(0, -1) : dataPath, children: block.children.map((c) => rebase(c, dataPath, origin)) };
  }
  const known = typeof block.block === 'object' && block.block !== null ? origin.get(block.block) : undefined;
  return { ...block, path: known ?? dataPath };
}

/** Records the path of every object and array inside parsed section data (iteratively: data can be large). */
function registerOrigins(data: unknown, base: JsonPath, origin: WeakMap<object, JsonPath>): void {
  const stack: [object, JsonPath][] = [];
  // Only objects have an origin: strings and numbers (most of the data) get no path.
  const push = (value: unknown, path: JsonPath, key: string | number) => {
    if (value !== null && typeof value === 'object') stack.push([value, [...path, key]]);
  };
  if (data !== null && typeof data === 'object') stack.push([data, base]);
  while (stack.length > 0) {
    const [value, path] = stack.pop() as [object, JsonPath];
    if (origin.has(value)) continue;
    origin.set(value, path);
    if (Array.isArray(value)) value.forEach((v, i) => push(v, path, i));
    else for (const [k, v] of Object.entries(value)) push(v, path, k);
  }
}



/** Section output is validated like user input. */
const blockListSchema = z.array(blockSchema) as unknown as z.ZodType<Block[]>;

/** A document kind of the profile (own properties only: `constructor` is no kind). */
export function kindOf(profile: Profile, id: string): DocumentKind | undefined {
  return Object.hasOwn(profile.kinds, id) ? profile.kinds[id] : undefined;
}

/** Plain-string fields printed in the document besides rich text, with their paths. */
function plainFields(report: Report): [string, JsonPath][] {
  const out: [string, JsonPath][] = [];
  const add = (value: unknown, path: JsonPath) => {
    if (typeof value === 'string') out.push([value, path]);
  };
  report.to.forEach((t, i) => add(t, ['to', i]));
  add(report.number, ['number']);
  for (const key of ['parent', 'name', 'shortName', 'code', 'place'] as const) add(report.agency?.[key], ['agency', key]);
  add(report.signer.for, ['signer', 'for']);
  add(report.signer.on, ['signer', 'on']);
  add(report.recipients.note, ['recipients', 'note']);
  report.basis.forEach((d, i) => {
    for (const key of ['kind', 'number', 'issuer', 'subject'] as const) add(d[key], ['basis', i, key]);
  });
  report.appendices.forEach((a, i) => add(a.label, ['appendices', i, 'label']));
  return out;
}
