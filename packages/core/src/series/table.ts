import { formatNumber } from '../format/format-number';
import { formatPercent } from '../format/format-percent';
import type { TableBlockInput } from '../model/blocks';
import { numberedTable } from '../plugin/numbered-table';
import type { SeriesRow } from './view';

/** Options of {@link comparisonTable}. */
export type ComparisonTableOptions = {
  /** The year of the report (for the column titles "Cùng kỳ năm 2024", "Kế hoạch năm 2025"). */
  year: number;
  /** Caption above the table, e.g. "Đơn vị tính: như từng chỉ tiêu". */
  caption?: string;
};

const DASH = '-';

/**
 * The "biểu số liệu" of a report as an ordinary table block: Chỉ tiêu | Đơn vị | Kỳ này | Cùng kỳ | Tăng/giảm (%) |
 * Lũy kế | Kế hoạch năm | % kế hoạch, one row per indicator, numbers written by the core formatters and "-" where
 * the history gives nothing. Both renderers print it as they print any table.
 *
 * @example
 * comparisonTable(ctx.series.rows(), { year: 2025 }).rows[0]
 * // ['1', 'Mẫu hàng hóa thử nghiệm', 'mẫu', '38', '35', '8,6', '502', '700', '71,7']
 */
export function comparisonTable(rows: readonly SeriesRow[], options: ComparisonTableOptions): TableBlockInput {
  const n = (v: number | undefined) => (v === undefined ? DASH : formatNumber(v));
  const pct = (v: number | undefined) => (v === undefined ? DASH : formatPercent(v, { decimals: 1 }).slice(0, -1));
  return numberedTable({
    columns: [
      { title: 'Chỉ tiêu', width: 0.27 },
      { title: 'Đơn vị tính', width: 0.1, align: 'center' },
      { title: 'Kỳ này', width: 0.09, align: 'right' },
      { title: `Cùng kỳ năm ${options.year - 1}`, width: 0.1, align: 'right' },
      { title: 'Tăng/giảm (%)', width: 0.09, align: 'right' },
      { title: 'Lũy kế từ đầu năm', width: 0.1, align: 'right' },
      { title: `Kế hoạch năm ${options.year}`, width: 0.1, align: 'right' },
      { title: '% kế hoạch', width: 0.1, align: 'right' },
    ],
    items: rows.map(({ label, unit, kind, facts: f }) => [label, unit ?? '', n(f.current), n(f.previousYear), kind === 'ratio' ? n(f.change) : pct(f.change), n(f.cumulative), n(f.target), pct(f.planShare)]),
    ...(options.caption === undefined ? {} : { caption: options.caption }),
  });
}
