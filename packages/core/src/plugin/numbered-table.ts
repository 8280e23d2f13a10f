import type { CellInput, RowInput, TableBlockInput } from '../model/blocks';

/** What {@link numberedTable} takes: the table without its "TT" column. */
export type NumberedTableSpec = {
  /** The columns after "TT". */
  columns: TableBlockInput['columns'];
  /** One list of cells per item, without its number: the table numbers the rows 1, 2, 3 … in the "TT" column. */
  items: readonly (readonly CellInput[])[];
  /** Rows after the numbered ones, as they are (e.g. a "Tổng cộng" group row). */
  after?: RowInput[];
  /** The width of the "TT" column as a share of the table (default 0.05). */
  numberWidth?: number;
  /** A caption line above the table (e.g. "Đơn vị tính: triệu đồng"). */
  caption?: string;
};

/**
 * A table whose first column "TT" numbers its items, the way the annexes of a report list them.
 *
 * @example
 * numberedTable({ columns: [{ title: 'Phương tiện đo', width: 0.7 }, { title: 'Số lượng', width: 0.25, align: 'right' }], items: [['Cột đo xăng dầu', '360']] }).rows
 * // [['1', 'Cột đo xăng dầu', '360']]
 */
export function numberedTable(spec: NumberedTableSpec): TableBlockInput {
  const rows: RowInput[] = spec.items.map((cells, i) => [String(i + 1), ...cells]);
  if (spec.after !== undefined) for (const row of spec.after) rows.push(row);
  const table: TableBlockInput = { type: 'table', columns: [{ title: 'TT', width: spec.numberWidth ?? 0.05, align: 'center' }, ...spec.columns], rows };
  if (spec.caption !== undefined) table.caption = spec.caption;
  return table;
}
