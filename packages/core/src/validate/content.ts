import type { Report } from '../model/report';
import type { Figure, RichText } from '../model/rich-text';
import type { PartMode } from '../plugin/profile';
import { checkFigure } from './checks/figures';
import { checkPeriodText } from './checks/periods';
import { checkRecipients, checkSigner } from './checks/signer';
import { checkText } from './checks/text';
import type { Diagnostic, JsonPath } from './diagnostic';
import type { ExpandedBlock, SectionSource } from './expand';
import type { ReportContext } from './report-context';
import { walkBlockRichText, walkRichText } from './walk';
import { append } from '../_lib/append';

/** Everything the document prints, section output included, as content checks need it. */
export type PrintedContent = {
  report: Report;
  subject: RichText;
  /** Where the subject is: `['subject']`, or the profile's template that made it. */
  subjectPath: JsonPath;
  opening: readonly ExpandedBlock[];
  closing: readonly ExpandedBlock[];
  /** `mode: 'plans'` lets prose name later periods freely (phương hướng, deadlines). */
  parts: readonly { title: RichText; path: JsonPath; titlePath: JsonPath; mode?: PartMode; children: readonly ExpandedBlock[] }[];
  appendices: readonly { children: readonly ExpandedBlock[] }[];
};

/**
 * Content checks over everything that will be printed: text (forbidden characters, NFC), figures, period mentions,
 * stated list counts, signer and recipients. `origin` gives the input path of figures built from section data.
 */
export function checkContent(
  content: PrintedContent,
  context: ReportContext,
  origin: WeakMap<object, JsonPath>,
  onFigure?: (figure: Figure, path: JsonPath) => void,
): Diagnostic[] {
  const { report, subject, subjectPath, opening, closing, parts, appendices } = content;
  const diagnostics: Diagnostic[] = [];
  // One walk per rich text: its text and figure diagnostics, then those of its period mentions (strictly in
  // titles, none for some). Text of section output was checked where the section's data holds it (expand.ts); its
  // other diagnostics point at the data it came from.
  const visitRich = (rich: RichText, path: JsonPath, periods: 'title' | 'text' | 'plans' | 'none', source?: SectionSource) => {
    if (source) return visitSectionRich(rich, path, periods, source);
    // Text a profile's template made (path ['profile', id, 'templates', slot]) is not checked for characters: the
    // input strings it holds were checked at their own paths.
    const checkChars = path[0] !== 'profile';
    if (typeof rich === 'string') {
      // Most rich text is a plain string (every cell of a long table): no walk needed.
      if (checkChars) append(diagnostics, checkText(rich, path));
      if (periods !== 'none') append(diagnostics, checkPeriodText(rich, path, context, periods === 'title', periods === 'plans'));
      return;
    }
    const mentions: Diagnostic[] = [];
    walkRichText(rich, path, {
      text: (text, p) => {
        if (checkChars) append(diagnostics, checkText(text, p));
        if (periods !== 'none') append(mentions, checkPeriodText(text, p, context, periods === 'title', periods === 'plans'));
      },
      figure: (figure, p) => {
        append(diagnostics, checkFigure(figure, origin.get(figure) ?? p));
        onFigure?.(figure, origin.get(figure) ?? p);
      },
    });
    append(diagnostics, mentions);
  };
  const visitSectionRich = (rich: RichText, path: JsonPath, periods: 'title' | 'text' | 'plans' | 'none', source: SectionSource) => {
    const own = typeof rich === 'object' ? origin.get(rich) : undefined;
    const known = own !== undefined || source.known;
    const mentions: Diagnostic[] = [];
    walkRichText(rich, own ?? path, {
      text: (text, p) => {
        if (periods !== 'none') append(mentions, checkPeriodText(text, known ? p : (source.strings.get(text) ?? source.dataPath), context, periods === 'title', periods === 'plans'));
      },
      figure: (figure, p) => {
        append(diagnostics, checkSectionFigure(figure, source, origin));
        onFigure?.(figure, origin.get(figure) ?? p);
      },
    });
    append(diagnostics, mentions);
  };
  visitRich(subject, subjectPath, 'title');
  const visitExpanded = (list: readonly ExpandedBlock[], prose: 'text' | 'plans' = 'text') => {
    for (const item of list) {
      if (item.kind === 'heading') {
        visitRich(item.title, item.titlePath ?? [...item.path, 'title'], 'title', item.source && { ...item.source, known: item.titlePath !== item.source.dataPath });
        visitExpanded(item.children, prose);
      } else {
        walkBlockRichText(item.block, item.path, (rich, p) => visitRich(rich, p, prose, item.source));
        if (typeof item.block !== 'string' && !Array.isArray(item.block) && item.block.type === 'list' && item.block.stated !== undefined && item.block.stated !== item.block.items.length) {
          const path = item.source && !item.source.known ? item.source.dataPath : [...item.path, 'stated'];
          diagnostics.push({ code: 'list/stated-count', severity: 'warning', path, message: `Ghi ${item.block.stated} mục nhưng danh sách có ${item.block.items.length} mục.` });
        }
      }
    }
  };
  visitExpanded(opening);
  for (const part of parts) {
    visitRich(part.title, part.titlePath, 'none');
    visitExpanded(part.children, part.mode === 'plans' ? 'plans' : 'text');
  }
  visitExpanded(closing);
  for (const a of appendices) visitExpanded(a.children);
  report.appendices.forEach((a, i) => visitRich(a.title, ['appendices', i, 'title'], 'none'));
  report.recipients.items.forEach((item, i) => append(diagnostics, checkText(item, ['recipients', 'items', i])));
  for (const [value, path] of plainFields(report)) append(diagnostics, checkText(value, path));
  report.appendices.forEach((a, i) => a.subtitle !== undefined && visitRich(a.subtitle, ['appendices', i, 'subtitle'], 'none'));
  for (const [key, value] of [['name', report.signer.name], ['title', report.signer.title]] as const) append(diagnostics, checkText(value, ['signer', key]));

  append(diagnostics, checkSigner(report.signer, ['signer']));
  append(diagnostics, checkRecipients(report.recipients, ['recipients']));
  return diagnostics;
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

/**
 * Checks a figure of section output at the data it came from: the data's own figure object where the plugin passed
 * it through; else its words (a string of the data) for the words, the object holding them or the section's data
 * for the rest — never a path inside blocks the plugin made (issue 15.4).
 */
function checkSectionFigure(figure: Figure, source: SectionSource, origin: WeakMap<object, JsonPath>): Diagnostic[] {
  const own = origin.get(figure);
  if (own) return checkFigure(figure, own);
  const words = figure.words === undefined ? undefined : source.strings.get(figure.words);
  const holder = words ? words.slice(0, -1) : source.dataPath;
  const part = (key: 'breakdown' | 'ratio') => {
    const value = figure[key];
    return value === undefined ? undefined : origin.get(value);
  };
  return checkFigure(figure, []).map((d) => {
    const [key, ...rest] = d.path;
    const known = key === 'words' ? words : key === 'breakdown' || key === 'ratio' ? part(key) : undefined;
    return { ...d, path: known ? [...known, ...(key === 'words' ? [] : rest)] : holder };
  });
}
