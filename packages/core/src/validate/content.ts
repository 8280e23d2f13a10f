import type { Report } from '../model/report';
import type { Figure, RichText } from '../model/rich-text';
import type { PartMode } from '../plugin/profile';
import { checkFigure } from './checks/figures';
import { checkPeriodText } from './checks/periods';
import { checkRecipients, checkSigner } from './checks/signer';
import { checkText } from './checks/text';
import type { Diagnostic, JsonPath } from './diagnostic';
import type { ExpandedBlock } from './expand';
import type { ReportContext } from './report-context';
import { walkBlockRichText, walkRichText } from './walk';

/** Everything the document prints, section output included, as content checks need it. */
export type PrintedContent = {
  report: Report;
  subject: RichText;
  opening: readonly ExpandedBlock[];
  closing: readonly ExpandedBlock[];
  /** `mode: 'plans'` lets prose name later periods freely (phương hướng, deadlines). */
  parts: readonly { title: RichText; path: JsonPath; mode?: PartMode; children: readonly ExpandedBlock[] }[];
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
  const { report, subject, opening, closing, parts, appendices } = content;
  const diagnostics: Diagnostic[] = [];
  // One walk per rich text: its text and figure diagnostics, then those of its period mentions (strictly in
  // titles, none for some).
  const visitRich = (rich: RichText, path: JsonPath, periods: 'title' | 'text' | 'plans' | 'none') => {
    if (typeof rich === 'string') {
      // Most rich text is a plain string (every cell of a long table): no walk needed.
      diagnostics.push(...checkText(rich, path));
      if (periods !== 'none') diagnostics.push(...checkPeriodText(rich, path, context, periods === 'title', periods === 'plans'));
      return;
    }
    const mentions: Diagnostic[] = [];
    walkRichText(rich, path, {
      text: (text, p) => {
        diagnostics.push(...checkText(text, p));
        if (periods !== 'none') mentions.push(...checkPeriodText(text, p, context, periods === 'title', periods === 'plans'));
      },
      figure: (figure, p) => {
        diagnostics.push(...checkFigure(figure, origin.get(figure) ?? p));
        onFigure?.(figure, origin.get(figure) ?? p);
      },
    });
    diagnostics.push(...mentions);
  };
  visitRich(subject, ['subject'], 'title');
  const visitExpanded = (list: readonly ExpandedBlock[], prose: 'text' | 'plans' = 'text') => {
    for (const item of list) {
      if (item.kind === 'heading') {
        visitRich(item.title, [...item.path, 'title'], 'title');
        visitExpanded(item.children, prose);
      } else {
        walkBlockRichText(item.block, item.path, (rich, p) => visitRich(rich, p, prose));
        if (typeof item.block !== 'string' && !Array.isArray(item.block) && item.block.type === 'list' && item.block.stated !== undefined && item.block.stated !== item.block.items.length) {
          diagnostics.push({ code: 'list/stated-count', severity: 'warning', path: [...item.path, 'stated'], message: `Ghi ${item.block.stated} mục nhưng danh sách có ${item.block.items.length} mục.` });
        }
      }
    }
  };
  visitExpanded(opening);
  for (const part of parts) {
    visitRich(part.title, [...part.path, 'title'], 'none');
    visitExpanded(part.children, part.mode === 'plans' ? 'plans' : 'text');
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
