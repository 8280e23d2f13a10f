/** A column of a text table: its title, and whether its cells are aligned right (numbers). */
export type Column = { title: string; right?: boolean };

/**
 * A plain text table: a header row, a rule, then the rows, columns two spaces apart and padded to the widest cell
 * (in characters: Vietnamese text in NFC has one character per letter). No trailing spaces.
 */
export function textTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((c, i) => Math.max(c.title.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    columns
      .map((c, i) => (c.right ? (cells[i] ?? '').padStart(widths[i] as number) : (cells[i] ?? '').padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.title)), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].map((l) => `${l}\n`).join('');
}

/**
 * One CSV record (RFC 4180): cells separated by commas, a cell quoted when it holds a comma, a double quote or a line
 * break (its quotes doubled), the record ended by CRLF.
 */
export function csvRecord(cells: readonly string[]): string {
  return `${cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')}\r\n`;
}
