import type { Report } from '../model/report';
import type { Figure } from '../model/rich-text';
import type { Period } from '../period/types';
import type { Profile } from '../plugin/profile';
import type { AnySectionPlugin } from '../plugin/section';
import type { Diagnostic, JsonPath } from '../validate/diagnostic';
import { catalogOf, type Catalog } from './catalog';
import { checkStated } from './check-stated';
import { readEntries } from './entries';
import { seriesFacts, type SeriesFacts } from './facts';
import { indicatorsOfReport } from './indicators';
import { monthsOf, type MonthSpan } from './months';
import { resolvePath } from './resolve';
import type { Indicator, IndicatorKind, SeriesEntry, SeriesShow } from './types';
import type { SeriesRow, SeriesView } from './view';
import { annotationText, gapMessage } from './wording';

/** The series of one report during analysis: figures are recorded while walking, then checked and annotated. */
export type ReportSeries = {
  view: SeriesView;
  figure(figure: Figure, path: JsonPath): void;
  finish(): Diagnostic[];
  annotation(figure: Figure): string | undefined;
};

type Options = { profile: Profile; sections?: readonly AnySectionPlugin[]; history?: unknown };

const ALL: readonly ('cumulative' | 'previousYear' | 'plan')[] = ['cumulative', 'previousYear', 'plan'];

/**
 * The series of a report: its indicators, the history read once (lazily: a report that asks for nothing costs
 * nothing), and the diagnostics of its figures that show or state series values.
 */
export function createReportSeries(input: unknown, report: Report, options: Options): ReportSeries {
  const span = monthsOf(report.period as Period);
  const usableSpan = report.period.kind === 'remaining' ? undefined : span;
  const recorded: { figure: Figure; path: JsonPath }[] = [];
  const annotations = new WeakMap<Figure, string>();
  const diagnostics: Diagnostic[] = [];
  let state: { catalog: Catalog; entries: SeriesEntry[]; current: Map<string, Indicator> } | undefined;
  const load = () => {
    if (state) return state;
    const catalog = catalogOf(options.sections ?? []);
    const { entries, problems } = readEntries(options.history, options.profile, catalog);
    for (const p of problems) {
      diagnostics.push({ code: 'series/invalid-history', severity: 'warning', path: p.index < 0 ? ['history'] : ['history', p.index], message: p.index < 0 ? `Không dùng được lịch sử báo cáo: ${p.reason}.` : `Báo cáo thứ ${p.index + 1} trong lịch sử bị bỏ qua: ${p.reason}.` });
    }
    state = { catalog, entries, current: new Map(indicatorsOfReport(report, report.period as Period, catalog).map((i) => [i.id, i] as const)) };
    return state;
  };
  const kindOf = (id: string, path: JsonPath): { id: string; label: string; unit?: string; kind: IndicatorKind } | undefined => {
    const entry = load().catalog.get(id);
    if (entry?.spec) return { id: entry.id, label: entry.spec.label, unit: entry.spec.unit, kind: entry.spec.kind };
    const message = entry
      ? `Chỉ tiêu "${id}" của lĩnh vực "${entry.section.id}" chưa khai báo loại (flow, stock hay ratio) trong indicators của section: không tính được lũy kế, cùng kỳ hay kế hoạch.`
      : `Không có section nào khai báo chỉ tiêu "${id}" (dạng <mã lĩnh vực>/<đường dẫn số liệu>): không tính được lũy kế, cùng kỳ hay kế hoạch.`;
    diagnostics.push({ code: 'series/missing-kind', severity: 'warning', path, message });
    return undefined;
  };
  const view: SeriesView = {
    span: usableSpan,
    rows(ids) {
      if (!usableSpan) return [];
      const { current, catalog } = load();
      const list = ids ?? [...current.values()].filter((i) => i.kind !== undefined).map((i) => i.id);
      const rows: SeriesRow[] = [];
      for (const raw of list) {
        const id = catalog.get(raw)?.id ?? raw;
        const value = current.get(id);
        const spec = kindOf(id, value?.path ?? ['period']);
        if (!spec || !value) continue;
        const facts = seriesFacts(load().entries, id, spec.kind, usableSpan, value, ALL);
        for (const gap of facts.gaps) diagnostics.push({ code: 'series/gap', severity: 'info', path: value.path, message: gapMessage(gap, spec.label) });
        rows.push({ ...spec, facts });
      }
      return rows;
    },
  };
  return {
    view,
    figure(figure, path) {
      if (typeof figure.indicator === 'string' && ((figure.show?.length ?? 0) > 0 || (figure.measure ?? 'value') !== 'value')) recorded.push({ figure, path });
    },
    annotation: (figure) => annotations.get(figure),
    finish() {
      if (recorded.length === 0) return diagnostics;
      const { entries, current } = load();
      for (const { figure, path } of recorded) {
        const ownPath = isFigureAt(input, path, figure) ? [...path, 'value'] : undefined;
        const id = figure.indicator as string;
        const spec = kindOf(id, ownPath ?? current.get(id)?.path ?? ['period']);
        if (!spec) continue;
        const at = ownPath ?? current.get(spec.id)?.path ?? ['period'];
        if (!usableSpan) {
          diagnostics.push({ code: 'series/unsupported-period', severity: 'warning', path: at, message: `Kỳ báo cáo tùy chỉnh không có lũy kế, cùng kỳ hay kế hoạch năm: số liệu "${spec.label}" không được so sánh.` });
          continue;
        }
        const measure = figure.measure ?? 'value';
        if (measure === 'value') {
          const show = (figure.show ?? []) as SeriesShow[];
          const facts = seriesFacts(entries, spec.id, spec.kind, usableSpan, { value: figure.value, ...(figure.ratio ? { parts: figure.ratio } : {}) }, show);
          for (const gap of facts.gaps) diagnostics.push({ code: gap.fact === 'plan' ? 'series/no-plan' : 'series/gap', severity: 'warning', path: at, message: gapMessage(gap, spec.label) });
          const text = annotationText(figure, facts, show, spec.kind, usableSpan.year);
          if (text !== '') annotations.set(figure, text);
        } else {
          const value = current.get(spec.id);
          if (!value) continue; // nothing to check the stated number against
          diagnostics.push(...checkStated(figure, measure, at, spec, seriesFacts(entries, spec.id, spec.kind, usableSpan, value, ALL), usableSpan.year));
        }
      }
      return diagnostics;
    },
  };
}

/** Whether `path` leads to this figure in the input (a figure a section generated has no place there). */
function isFigureAt(input: unknown, path: JsonPath, figure: Figure): boolean {
  const found = resolvePath(input, path);
  if (!found.found || found.value === null || typeof found.value !== 'object') return false;
  const raw = found.value as { type?: unknown; indicator?: unknown; value?: unknown };
  return raw.type === 'figure' && raw.indicator === figure.indicator && raw.value === figure.value;
}
