import { composeReport, defineSection, type ReportOptions, type SeriesRow } from '@baocao-khcn/core';
import { z } from 'zod';

const PROBE = 'baocao-cli-series-probe';

/**
 * Lũy kế, cùng kỳ and kế hoạch năm of every indicator of a report, from its `history`, as core computes them for
 * the "biểu số liệu": through the public section API, by composing the report with one more appendix whose section
 * reads `ctx.series.rows()`. The report must have no errors (the caller validated it); anything else gives no rows.
 */
export function seriesRowsOf(input: unknown, options: ReportOptions): SeriesRow[] {
  let rows: SeriesRow[] = [];
  const probe = defineSection({
    id: PROBE,
    title: 'Chỉ tiêu',
    schema: z.object({}),
    results: (_data, ctx) => {
      rows = ctx.series?.rows() ?? [];
      return [];
    },
  });
  const report = input as { appendices?: unknown[] };
  const appendix = { label: 'Phụ lục', title: 'CHỈ TIÊU', content: [{ type: 'section', section: PROBE, heading: false, data: {} }] };
  try {
    composeReport({ ...report, appendices: [...(report.appendices ?? []), appendix] }, { ...options, sections: [...(options.sections ?? []), probe] });
  } catch {
    return [];
  }
  return rows;
}
