import { percentOf } from '../format/percent-of';
import { reportSchema, type Report } from '../model/report';
import type { Period } from '../period/types';
import type { Profile } from '../plugin/profile';
import type { AnySectionPlugin } from '../plugin/section';
import { catalogOf, type Catalog } from './catalog';
import { indicatorFigures, sectionDataOf } from './collect';
import { figureSegments, finite, readPath } from './read';
import type { Indicator } from './types';
import { DEFAULT_LIMITS, readInput } from '../validate/limits';

/** Options of {@link indicatorsOf}: the profile and the section plugins of the report. */
export type IndicatorOptions = { profile?: Profile; sections?: readonly AnySectionPlugin[] };

/**
 * The indicators of one report: every figure its sections declare (read from the section data) and every figure in
 * its text that names an indicator with `measure` absent or `value` (section data is read as given: finite numbers
 * only, without the section's defaults). Each comes with its id, label, unit, kind,
 * the report's period, the value and the JSON path of the value in `input`. An indicator given twice counts once
 * (section data first, then the text in document order). Input that is not a valid report gives `[]`, and so does
 * input that cannot be read whole (a getter or Proxy trap that throws, a revoked Proxy, a cycle, a value beyond
 * {@link DEFAULT_LIMITS}): `validateReport` says why.
 *
 * @example
 * indicatorsOf({ ...report, period: { kind: 'month', year: 2025, month: 9 },
 *   sections: { 'tieu-chuan-do-luong-chat-luong': { samples: { tested: 38 } } } }, { profile, sections: allSections })
 * // → [{ id: 'tieu-chuan-do-luong-chat-luong/samples.tested', label: 'Mẫu hàng hóa thử nghiệm', unit: 'mẫu', kind: 'flow',
 * //      period: { kind: 'month', year: 2025, month: 9 }, value: 38, path: ['sections', 'tieu-chuan-do-luong-chat-luong', 'samples', 'tested'] }]
 */
export function indicatorsOf(input: unknown, options: IndicatorOptions = {}): Indicator[] {
  // Read once into plain data (a throwing getter or Proxy, a revoked Proxy, a cycle, input beyond the limits: not a
  // report), so that a value read twice cannot differ between the check and the figure.
  const read = readInput(input, DEFAULT_LIMITS);
  if (read.fatal) return [];
  let parsed: ReturnType<typeof reportSchema.safeParse>;
  try {
    parsed = reportSchema.safeParse(read.value);
  } catch {
    return [];
  }
  if (!parsed.success) return [];
  return indicatorsOfReport(parsed.data, parsed.data.period as Period, catalogOf(options.sections ?? []));
}

/**
 * {@link indicatorsOf} for a report (parsed, or raw as an app stored it: only its section data and its figures that
 * name an indicator are read, defensively), its period and a catalog of declared indicators.
 */
export function indicatorsOfReport(report: Report | Record<string, unknown>, period: Period, catalog: Catalog): Indicator[] {
  const raw = report as Record<string, unknown>;
  const out: Indicator[] = [];
  const seen = new Set<string>();
  const add = (indicator: Indicator) => {
    if (seen.has(indicator.id)) return;
    seen.add(indicator.id);
    out.push(indicator);
  };
  const sectionsById = new Map(catalog.all().map((e) => [e.section.id, e.section] as const));
  for (const { section, data, path } of sectionDataOf(raw)) {
    const plugin = sectionsById.get(section);
    if (!plugin?.indicators) continue;
    // The raw data is read, not re-parsed with the section's schema: a history of dozens of reports stays cheap, and
    // only finite numbers are taken (the report's own validation reports anything else).
    const parsedData = data;
    for (const [figure, spec] of Object.entries(plugin.indicators)) {
      const entry = catalog.get(`${section}/${figure}`);
      if (!entry) continue;
      let value = spec.value ? finite(safely(() => spec.value?.(parsedData))) : finite(readPath(parsedData, figure));
      let valuePath = [...path, ...existingSegments(parsedData, figure)];
      let parts: Indicator['parts'];
      if (spec.kind === 'ratio' && spec.parts) {
        const part = finite(readPath(parsedData, spec.parts.part));
        const whole = finite(readPath(parsedData, spec.parts.whole));
        if (part !== undefined && whole !== undefined) {
          parts = { part, whole };
          if (value === undefined) {
            value = percentOf(part, whole);
            valuePath = [...path, ...figureSegments(spec.parts.part)];
          }
        }
      }
      if (value === undefined) continue;
      const indicator: Indicator = { id: entry.id, label: spec.label, kind: spec.kind, period, value, path: valuePath };
      if (spec.unit !== undefined) indicator.unit = spec.unit;
      if (parts) indicator.parts = parts;
      add(indicator);
    }
  }
  for (const { figure, path } of indicatorFigures(raw)) {
    if ((figure.measure ?? 'value') !== 'value') continue;
    const entry = catalog.get(figure.indicator);
    const id = entry?.id ?? figure.indicator;
    const indicator: Indicator = { id, label: entry?.spec?.label ?? id, period, value: figure.value, path: [...path, 'value'] };
    if (entry?.spec) indicator.kind = entry.spec.kind;
    const unit = entry?.spec?.unit ?? figure.unit;
    if (unit !== undefined) indicator.unit = unit;
    if (figure.ratio) indicator.parts = figure.ratio;
    add(indicator);
  }
  return out;
}

/** The segments of a figure path that exist in the data (a value computed by `spec.value` may have no place of its own). */
function existingSegments(data: unknown, figure: string): string[] {
  const segments = figureSegments(figure) as string[];
  let here = data;
  const out: string[] = [];
  for (const key of segments) {
    if (here === null || typeof here !== 'object' || !Object.hasOwn(here, key)) break;
    here = (here as Record<string, unknown>)[key];
    out.push(key);
  }
  return out;
}

function safely<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}
