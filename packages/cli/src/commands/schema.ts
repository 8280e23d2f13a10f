import { reportJsonSchema, sectionJsonSchema } from '@baocao-khcn/core';
import { oneOf, parseCommand } from '../args';
import { CliError } from '../errors';
import type { CliIO } from '../io';
import { loadSections } from '../plugins';

/** `baocao schema [--section ID]`: the JSON Schema of the report, or of one section's data. */
export async function schemaCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand('schema', argv, { section: { type: 'string' }, plugin: { type: 'string', multiple: true } });
  if (positionals.length > 0) throw new CliError(`Lệnh schema không nhận tham số "${positionals[0]}". Xem: baocao schema --help`);
  const id = values.section as string | undefined;
  if (id === undefined) {
    io.stdout.write(`${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
    return 0;
  }
  const sections = await loadSections((values.plugin as string[] | undefined) ?? [], io);
  const section = sections.find((s) => s.id === id);
  if (section === undefined) throw new CliError(`Không có section "${id}". Xem danh sách: baocao sections`);
  io.stdout.write(`${JSON.stringify({ title: titleOf(section.title), ...(section.description ? { description: section.description } : {}), ...sectionJsonSchema(section.schema) }, null, 2)}\n`);
  return 0;
}

/** `baocao sections`: id, title and period of validity of every section. */
export async function sectionsCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand('sections', argv, { plugin: { type: 'string', multiple: true }, format: { type: 'string' } });
  if (positionals.length > 0) throw new CliError(`Lệnh sections không nhận tham số "${positionals[0]}". Xem: baocao sections --help`);
  const format = oneOf('format', values.format as string | undefined, ['text', 'json'], 'text');
  const sections = await loadSections((values.plugin as string[] | undefined) ?? [], io);
  const rows = sections.map((s) => ({ id: s.id, title: titleOf(s.title), appliesFrom: s.appliesFrom ?? null, appliesUntil: s.appliesUntil ?? null }));
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...rows.map((r) => r.id.length));
  for (const r of rows) io.stdout.write(`${r.id.padEnd(width)}  ${r.title}${validity(r.appliesFrom, r.appliesUntil)}\n`);
  return 0;
}

function titleOf(title: string | { results: string; plans?: string }): string {
  return typeof title === 'string' ? title : title.results;
}

function validity(from: string | null, until: string | null): string {
  const d = (iso: string) => iso.split('-').reverse().join('/');
  if (from && until) return ` (áp dụng từ ${d(from)} đến ${d(until)})`;
  if (from) return ` (áp dụng từ ${d(from)})`;
  if (until) return ` (áp dụng đến ${d(until)})`;
  return '';
}
