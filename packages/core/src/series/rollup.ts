import type { Period } from '../period/types';
import { periodLabel } from '../period/period-label';
import type { Diagnostic } from '../validate/diagnostic';
import { aggregate } from './aggregate';
import { catalogOf } from './catalog';
import { readEntries } from './entries';
import type { IndicatorOptions } from './indicators';
import { monthsOf } from './months';
import type { IndicatorKind } from './types';
import { gapMessage } from './wording';
import { periodSchema } from '../model/report';
import { DEFAULT_LIMITS, readInput } from '../validate/limits';

/** One indicator rolled up over a period: its value and the indexes of the reports it comes from. */
export type RolledIndicator = { id: string; label: string; unit?: string; kind: IndicatorKind; value: number; sources: number[] };

/** The result of {@link rollupIndicators}. */
export type Rollup = { period: Period; indicators: RolledIndicator[]; diagnostics: Diagnostic[] };

/**
 * The indicator values of a quarter, half, nine months or year from the shorter reports inside it: flows summed,
 * stocks taken at the period's end, ratios recomputed from their summed parts. Where reports overlap, the
 * finest-grained ones are used (months before quarters before halves) and nothing is counted twice; a later
 * report of the same period replaces an earlier one. Plans (`ke-hoach` and other `planning` kinds) are not results
 * and are left out. A gap is a diagnostic naming the missing months, and the indicator is left out — never guessed.
 * Diagnostic paths point into `reports` (`[index, …path of the value]`). The list is read once into plain data: a value
 * that cannot be read (a getter or Proxy trap that throws, a revoked Proxy), a cycle or a value beyond `DEFAULT_LIMITS`
 * is an `input/…` error at its path and nothing is rolled up. Never throws.
 *
 * @example
 * const q2 = rollupIndicators([april, may, june], { kind: 'quarter', year: 2025, quarter: 2 }, { profile, sections: allSections });
 * q2.indicators
 * // [{ id: 'tieu-chuan-do-luong-chat-luong/samples.tested', label: 'Mẫu hàng hóa thử nghiệm', unit: 'mẫu', kind: 'flow', value: 131, sources: [0, 1, 2] }]
 * q2.diagnostics // []
 */
export function rollupIndicators(reports: readonly unknown[], period: Period, options: IndicatorOptions = {}): Rollup {
  const diagnostics: Diagnostic[] = [];
  const result: Rollup = { period, indicators: [], diagnostics };
  try {
    // The list and the period are read once into plain data, as validateReport reads its input: what cannot be read
    // (a getter or Proxy trap that throws, a revoked Proxy), a cycle or a value beyond DEFAULT_LIMITS is reported at
    // its path and nothing is rolled up — never a figure from half-read reports.
    const list = readInput(reports, DEFAULT_LIMITS);
    if (list.fatal) {
      for (const d of list.diagnostics) diagnostics.push(d);
      return result;
    }
    const read = readInput(period, DEFAULT_LIMITS);
    const parsed = read.fatal ? undefined : periodSchema.safeParse(read.value);
    const asked = parsed?.success ? (parsed.data as Period) : undefined;
    const span = asked ? monthsOf(asked) : undefined;
    if (!asked || !span || asked.kind === 'remaining') {
      diagnostics.push({ code: 'series/unsupported-period', severity: 'error', path: [], message: 'Chỉ cộng dồn được cho tháng, quý, 6 tháng, 9 tháng hoặc năm.' });
      return result;
    }
    const catalog = catalogOf(options.sections ?? []);
    const { entries, problems } = readEntries(list.value, options.profile, catalog);
    for (const p of problems) {
      diagnostics.push({ code: 'series/invalid-history', severity: 'warning', path: p.index < 0 ? [] : [p.index], message: p.index < 0 ? `Không dùng được danh sách báo cáo: ${p.reason}.` : `Báo cáo thứ ${p.index + 1} bị bỏ qua: ${p.reason}.` });
    }
    const inside = entries.filter((e) => !e.planning && e.span.year === span.year && e.span.from >= span.from && e.span.to <= span.to);
    const seen = new Map<string, { entry: (typeof inside)[number]; path: (string | number)[] }>();
    for (const entry of inside) for (const [id, value] of entry.values) if (!seen.has(id)) seen.set(id, { entry, path: [entry.index, ...value.path] });
    for (const [id, first] of seen) {
      const indicator = first.entry.values.get(id);
      if (!indicator) continue;
      if (indicator.kind === undefined) {
        diagnostics.push({ code: 'series/missing-kind', severity: 'warning', path: first.path, message: `Chỉ tiêu "${id}" chưa khai báo loại (flow, stock hay ratio): không cộng dồn được cho ${periodLabel(asked)}.` });
        continue;
      }
      const value = aggregate(inside, id, indicator.kind, span);
      if ('value' in value) {
        const rolled: RolledIndicator = { id, label: indicator.label, kind: indicator.kind, value: value.value, sources: value.sources.map((e) => e.index) };
        if (indicator.unit !== undefined) rolled.unit = indicator.unit;
        result.indicators.push(rolled);
      } else {
        const gap = 'overlap' in value ? { fact: 'cumulative' as const, year: span.year, overlap: value.overlap } : { fact: 'cumulative' as const, year: span.year, missing: value.missing };
        diagnostics.push({ code: 'series/gap', severity: 'warning', path: first.path, message: gapMessage(gap, indicator.label).replace('lũy kế', `số liệu ${periodLabel(asked)}`) });
      }
    }
  } catch (error) {
    diagnostics.push({ code: 'internal/error', severity: 'error', path: [], message: `Lỗi nội bộ khi cộng dồn: ${error instanceof Error ? error.message : String(error)}` });
  }
  return result;
}
