import { formatPath, type Diagnostic } from '@baocao-khcn/core';
import type { Paint } from '../io';
import type { LoadedReport } from './load';

const SEVERITY: Record<Diagnostic['severity'], string> = { error: 'lỗi', warning: 'cảnh báo', info: 'gợi ý' };

/** A diagnostic with the file it belongs to and, where the value is written in the file, its line and column. */
export type PlacedDiagnostic = Diagnostic & { line?: number; column?: number };

/** Adds the line and column of each diagnostic's value. */
export function place(report: LoadedReport, diagnostics: readonly Diagnostic[]): PlacedDiagnostic[] {
  return diagnostics.map((d) => {
    const pos = report.parsed.locate(d.path);
    return pos ? { ...d, line: pos.line, column: pos.column } : { ...d };
  });
}

/**
 * One line per diagnostic, as compilers print them: `bao-cao.yaml:12:7: lỗi figure/breakdown-sum tại
 * body[1].content[0].data.total: Tổng các thành phần (49) khác số liệu tổng (50).`
 */
export function diagnosticLine(file: string, d: PlacedDiagnostic, paint: Paint): string {
  const at = d.line === undefined ? file : `${file}:${d.line}:${d.column}`;
  const colour = d.severity === 'error' ? paint.red : d.severity === 'warning' ? paint.yellow : paint.cyan;
  const path = formatPath(d.path);
  return `${paint.bold(`${at}:`)} ${colour(SEVERITY[d.severity])} ${paint.dim(d.code)}${path ? ` tại ${path}` : ''}: ${d.message}`;
}

/** `3 lỗi, 1 cảnh báo, 0 gợi ý`. */
export function countLine(diagnostics: readonly Diagnostic[]): string {
  const n = (s: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === s).length;
  return `${n('error')} lỗi, ${n('warning')} cảnh báo, ${n('info')} gợi ý`;
}

/** Whether any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
