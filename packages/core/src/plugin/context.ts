import type { Period, DateRange } from '../period';
import { periodLabel } from '../period';
import { formatCount, formatNumber, formatPercent, formatShortDate, moneyToWords } from '../format';
import type { JsonPath } from '../validate/diagnostic';
import type { Profile } from './profile';
import type { SeriesView } from '../series/view';

/** Formatters handed to section plugins (so plugins never deep-import core internals). */
export type SectionFormatters = {
  /** `1.234.567,891` */
  number: (value: number, decimals?: number) => string;
  /** `60,38%` */
  percent: (value: number, decimals?: number) => string;
  /** `04` */
  count: (value: number) => string;
  /** `45.998.409 đồng` */
  money: (value: number, unit?: string) => string;
  /** `Bốn mươi lăm triệu, … đồng` */
  moneyWords: (value: number) => string;
  /** `13/9/2023` */
  shortDate: (iso: string) => string;
  /** `9 tháng đầu năm 2022` */
  period: (period: Period) => string;
};

/** What a section plugin gets besides its data. */
export type SectionContext = {
  /** Where the section is rendered: a results part, a directions part, or an appendix. */
  mode: 'results' | 'plans' | 'appendix';
  period: Period;
  nextPeriod: Period;
  /** The reporting window (cut-off rule of the profile, Nghị định 09/2019 by default). */
  window: DateRange;
  /** The cut-off date deadlines are compared with (the window's last day). */
  cutoff: string;
  /** Labels of the period and the next one, e.g. `9 tháng đầu năm 2022`, `3 tháng cuối năm 2022`. */
  labels: { period: string; nextPeriod: string };
  profile: Profile;
  format: SectionFormatters;
  /** JSON path of the section's data in the input. */
  path: JsonPath;
  /** The id of the section being rendered: its indicators are `<section>/<figure path>` (see `seriesFigure`). */
  section: string;
  /** The report series (lũy kế, cùng kỳ, kế hoạch năm of the report's indicators, from the `history` option). */
  series?: SeriesView;
};

/** The formatters every context shares. */
export const sectionFormatters: SectionFormatters = Object.freeze({
  number: (value: number, decimals?: number) => formatNumber(value, decimals === undefined ? undefined : { decimals }),
  percent: (value: number, decimals?: number) => formatPercent(value, decimals === undefined ? undefined : { decimals }),
  count: (value: number) => formatCount(value),
  money: (value: number, unit = 'đồng') => `${formatNumber(value)} ${unit}`,
  moneyWords: (value: number) => moneyToWords(value),
  shortDate: (iso: string) => formatShortDate(iso),
  period: (period: Period) => periodLabel(period),
});
