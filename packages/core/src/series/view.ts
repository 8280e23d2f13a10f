import type { SeriesFacts } from './facts';
import type { MonthSpan } from './months';
import type { IndicatorKind } from './types';

/** A row of the comparison table: an indicator of the current report and what the history says about it. */
export type SeriesRow = { id: string; label: string; unit?: string; kind: IndicatorKind; facts: SeriesFacts };

/** What section plugins see of the series (`ctx.series`): rows of the indicators of the current report. */
export type SeriesView = {
  /** The year and months of the current period (undefined for a custom period). */
  span: MonthSpan | undefined;
  /** Rows for the given indicator ids (default: every indicator of the report with a kind), in that order. */
  rows(ids?: readonly string[]): SeriesRow[];
};
