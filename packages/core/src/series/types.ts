import type { Period } from '../period/types';
import type { JsonPath } from '../validate/diagnostic';
import type { MonthSpan } from './months';

/**
 * How an indicator aggregates over periods:
 * - `flow`: summed over periods (applications received, samples tested);
 * - `stock`: the value at the end of the period (enterprises holding a certificate, staff);
 * - `ratio`: a percentage recomputed from its parts (`part / whole × 100`), never summed.
 */
export type IndicatorKind = 'flow' | 'stock' | 'ratio';

/**
 * What a section declares about one of its figures, keyed by the figure's dotted path in the section's data
 * (`samples.tested`, `onlineDossiers.rate`). The indicator's id is `<section-id>/<figure-path>`.
 *
 * @example
 * const samples: IndicatorSpec = { kind: 'flow', label: 'Mẫu thử nghiệm', unit: 'mẫu' };
 * const rate: IndicatorSpec = { kind: 'ratio', label: 'Tỷ lệ hồ sơ trực tuyến', unit: '%', parts: { part: 'onlineDossiers.online', whole: 'onlineDossiers.total' } };
 */
export type IndicatorSpec = {
  kind: IndicatorKind;
  /** Vietnamese label, e.g. "Mẫu hàng hóa thử nghiệm". */
  label: string;
  /** Unit written after the value, e.g. "mẫu", "triệu đồng", "%". */
  unit?: string;
  /**
   * For a ratio: the figure paths (in the same section) of its part and its whole, both flows (they are summed over
   * periods and the ratio recomputed). Without parts a ratio has no lũy kế over several reports.
   */
  parts?: { part: string; whole: string };
  /** Reads the value when it is not the number at the figure path (e.g. a total computed from a list). */
  value?: (data: unknown) => number | undefined;
};

/** A section's indicator declarations: figure path → spec. */
export type IndicatorDeclarations = Readonly<Record<string, IndicatorSpec>>;

/**
 * One indicator of one report, as {@link indicatorsOf} returns it.
 *
 * @example
 * // { id: 'so-huu-tri-tue/applications', label: 'Hồ sơ đăng ký quyền sở hữu công nghiệp', unit: 'hồ sơ', kind: 'flow',
 * //   period: { kind: 'month', year: 2025, month: 3 }, value: 13, path: ['sections', 'so-huu-tri-tue', 'applications'] }
 */
export type Indicator = {
  id: string;
  label: string;
  unit?: string;
  /** Undefined when the section declares the figure without a kind (a custom section). */
  kind?: IndicatorKind;
  period: Period;
  value: number;
  /** JSON path of the value in the report input. */
  path: JsonPath;
  /** For a ratio: the values of its part and whole in the same report, when both are there. */
  parts?: { part: number; whole: number };
};

/** What a figure in rich text asks to be annotated with. */
export type SeriesShow = 'cumulative' | 'previousYear' | 'plan';

/**
 * What a figure that names an indicator states: its value in the period (default), the lũy kế, the value of the
 * same period a year earlier, the change against it in percent, or the share of the year's plan in percent.
 */
export type SeriesMeasure = 'value' | 'cumulative' | 'previousYear' | 'change' | 'planShare';

/** One report of a series, read once: its period, its months, whether it is a plan, and its indicators by id. */
export type SeriesEntry = {
  /** Index in the list it came from (`history`, or the reports of `rollupIndicators`). */
  index: number;
  period: Period;
  span: MonthSpan;
  /** A plan (a document kind marked `planning`, e.g. `ke-hoach`): its values are targets, not results. */
  planning: boolean;
  values: Map<string, Indicator>;
};
