import { sectionJsonSchema, type AnySectionPlugin, type Period, type Profile } from '@baocao-khcn/core';
import { periodLabel } from '@baocao-khcn/core/format';
import { oneOf, parseCommand } from '../args';
import { CliError } from '../errors';
import { REPORT_COMMENTS as C } from '../init/comments';
import { skeletonOf } from '../init/from-schema';
import { monthsOf, parsePeriod } from '../init/period';
import { map, printYaml, scalar, seq, type YEntry, type YItem, type YNode } from '../init/yaml-lines';
import type { CliIO } from '../io';
import { loadSections } from '../plugins';
import { ProfileCache } from '../report/load';

/** `baocao init --profile P --period 2025-H1`: prints a commented YAML skeleton of a report for that period. */
export async function initCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand('init', argv, {
    profile: { type: 'string' },
    period: { type: 'string' },
    kind: { type: 'string' },
    plugin: { type: 'string', multiple: true },
  });
  if (positionals.length > 0) throw new CliError(`Lệnh init không nhận tham số "${positionals[0]}". Xem: baocao init --help`);
  if (values.period === undefined) throw new CliError('Thiếu --period (ví dụ 2025-06, 2025-Q2, 2025-H1, 2025-9T, 2025). Xem: baocao init --help');
  const period = parsePeriod(values.period as string);
  const kind = oneOf('kind', values.kind as string | undefined, ['report', 'plan'], 'report');
  const sections = await loadSections((values.plugin as string[] | undefined) ?? [], io);
  const profile = await new ProfileCache(io, values.profile as string | undefined, sections).required();
  io.stdout.write(skeleton(profile, sections, period, kind === 'plan' ? 'ke-hoach' : 'bao-cao', values.profile as string));
  return 0;
}

function skeleton(profile: Profile, all: readonly AnySectionPlugin[], period: Period, kind: string, profileArg: string): string {
  const used = usedSections(profile, all, period);
  const body = profile.parts.map((part): YItem => {
    const entries: YEntry[] = [{ key: 'part', node: scalar(part.id), comment: [...C.part(part.title, part.mode)] }];
    if (part.sections === undefined) {
      const content: YItem[] = part.mode === 'free' ? [] : used.map((s) => ({ node: { kind: 'raw', text: `{ type: section, section: ${s.id} }` } }));
      entries.push({ key: 'content', node: seq(content) });
    }
    return { node: map(entries) };
  });
  const { last } = monthsOf(period);
  const issueDate = kind === 'ke-hoach' && period.kind === 'year' ? map([{ key: 'year', node: scalar(period.year - 1) }]) : map([{ key: 'year', node: scalar(periodYear(period)) }, { key: 'month', node: scalar(last) }]);
  const signer = profile.signer;
  const root: YEntry[] = [
    { key: '$profile', node: scalar(profileArg), comment: [...C.header(profile.name, periodLabel(period)), '', ...C.$profile] },
    { key: 'kind', node: scalar(kind), comment: [...C.kind] },
    { key: 'issueDate', node: issueDate, comment: [...C.number, ...C.issueDate] },
    { key: 'period', node: map(Object.entries(period).map(([key, value]) => ({ key, node: scalar(value as string | number) }))), comment: [...C.period] },
    { key: 'to', node: seq((profile.to ?? ['']).map((t) => ({ node: scalar(t) }))), comment: [...C.to] },
    { key: 'basis', node: seq([]), comment: [...C.basis] },
    { key: 'body', node: seq(body), comment: [...C.body] },
    { key: 'sections', node: map(used.map((s) => sectionEntry(s))), comment: [...C.sections] },
    {
      key: 'signer',
      node: map([
        { key: 'mode', node: scalar(signer?.mode ?? 'direct') },
        ...(signer?.for ? [{ key: 'for', node: scalar(signer.for) }] : []),
        { key: 'title', node: scalar(signer?.title ?? 'GIÁM ĐỐC') },
        { key: 'name', node: scalar(signer?.name ?? '') },
      ]),
      comment: [...C.signer],
    },
    { key: 'recipients', node: map([{ key: 'items', node: seq((profile.recipients ?? ['Như trên;', 'Lưu: VT.']).map((r) => ({ node: scalar(r) }))) }]), comment: [...C.recipients] },
    { key: 'appendices', node: seq([]), comment: [...C.appendices] },
  ];
  return printYaml(root);
}

function sectionEntry(section: AnySectionPlugin): YEntry {
  const title = typeof section.title === 'string' ? section.title : section.title.results;
  const node: YNode = skeletonOf(sectionJsonSchema(section.schema));
  return { key: section.id, node, comment: [...C.section(section.description ? `${title}: ${section.description}` : title)] };
}

/** The sections the profile names (part lists, then renamed titles), else every section in force in the period. */
function usedSections(profile: Profile, all: readonly AnySectionPlugin[], period: Period): AnySectionPlugin[] {
  const named = new Set([...profile.parts.flatMap((p) => p.sections ?? []), ...Object.keys(profile.sectionTitles)]);
  const { first, last } = monthsOf(period);
  const year = periodYear(period);
  const start = `${year}-${String(first).padStart(2, '0')}-01`;
  const end = `${year}-${String(last).padStart(2, '0')}-31`;
  const inForce = all.filter((s) => (s.appliesFrom ?? '0000') <= end && (s.appliesUntil ?? '9999') >= start);
  const chosen = inForce.filter((s) => named.has(s.id));
  return chosen.length > 0 ? chosen : inForce;
}

function periodYear(period: Period): number {
  return 'year' in period ? period.year : Number(period.from.slice(0, 4));
}
