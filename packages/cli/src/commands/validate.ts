import { validateReport } from '@baocao-khcn/core';
import { oneOf, parseCommand } from '../args';
import { CliError } from '../errors';
import { paintFor, type CliIO } from '../io';
import { optionsFor, REPORT_FLAGS, reportContext } from '../report/context';
import { loadReport } from '../report/load';
import { countLine, diagnosticLine, hasErrors, place, type PlacedDiagnostic } from '../report/print';

/** `baocao validate <report…>`: prints the diagnostics (with `--history`, those of lũy kế, cùng kỳ and kế hoạch năm too); 0 without errors, 1 with errors. */
export async function validateCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand('validate', argv, { ...REPORT_FLAGS, format: { type: 'string' } });
  const format = oneOf('format', values.format as string | undefined, ['text', 'json'], 'text');
  const files = inputsOf(positionals, 'validate');
  const context = await reportContext(values, io);
  const paint = paintFor(io.stdout, io.env);
  const results: { file: string; diagnostics: PlacedDiagnostic[] }[] = [];
  for (const file of files) {
    const report = await loadReport(file, io, context.profiles);
    const diagnostics = place(report, validateReport(report.input, optionsFor(context, report)));
    results.push({ file: report.source.name, diagnostics });
    if (format === 'text') {
      for (const d of diagnostics) io.stdout.write(`${diagnosticLine(report.source.name, d, paint)}\n`);
      const summary = `${report.source.name}: ${countLine(diagnostics)}`;
      io.stdout.write(`${hasErrors(diagnostics) ? paint.red(summary) : summary}\n`);
    }
  }
  if (format === 'json') io.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  return results.some((r) => hasErrors(r.diagnostics)) ? 1 : 0;
}

/** The input files of a command: at least one, and `-` (standard input) at most once. */
export function inputsOf(positionals: readonly string[], command: string): string[] {
  if (positionals.length === 0) throw new CliError(`Thiếu tệp báo cáo. Xem: baocao ${command} --help`);
  if (positionals.filter((p) => p === '-').length > 1) throw new CliError('Chỉ đọc được đầu vào chuẩn (-) một lần.');
  return [...positionals];
}
