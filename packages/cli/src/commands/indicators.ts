import { formatPath, indicatorsOf, validateReport, type Indicator, type SeriesFacts } from '@baocao-khcn/core';
import { formatNumber, periodLabel } from '@baocao-khcn/core/format';
import { oneOf, parseCommand } from '../args';
import { paintFor, type CliIO } from '../io';
import { csvRecord, textTable, type Column } from '../output/table';
import { optionsFor, REPORT_FLAGS, reportContext } from '../report/context';
import { loadReport } from '../report/load';
import { countLine, diagnosticLine, hasErrors, place } from '../report/print';
import { seriesRowsOf } from '../report/series-rows';
import { inputsOf } from './validate';

const KIND: Record<string, string> = { flow: 'cộng dồn', stock: 'thời điểm', ratio: 'tỷ lệ' };
/** What `--history` adds: the series facts shown, their CSV name and their table title. */
const SERIES: readonly { fact: 'cumulative' | 'previousYear' | 'change' | 'target' | 'planShare'; csv: string; title: string }[] = [
  { fact: 'cumulative', csv: 'cumulative', title: 'Lũy kế' },
  { fact: 'previousYear', csv: 'previousYear', title: 'Cùng kỳ' },
  { fact: 'change', csv: 'change', title: 'Tăng/giảm (%)' },
  { fact: 'target', csv: 'target', title: 'Kế hoạch năm' },
  { fact: 'planShare', csv: 'planShare', title: '% kế hoạch' },
];

/** One report's indicators, and what its history says about each (with `--history`). */
type Listed = { file: string; indicators: (Indicator & { series?: Omit<SeriesFacts, 'gaps' | 'current'> })[] };

/**
 * `baocao indicators <report…>`: the indicators of each report — every figure its sections declare, with its id,
 * label, value, unit, kind and period — as a table (default), CSV (`--csv` or `--format csv`: RFC 4180, UTF-8, a
 * header row, values with a dot decimal, kinds as `flow`/`stock`/`ratio`) or JSON. With `--history`, also lũy kế,
 * cùng kỳ, tăng/giảm, kế hoạch năm and % kế hoạch (empty where the history gives nothing). A report with errors has
 * no indicators: its errors go to standard error and the exit code is 1.
 */
export async function indicatorsCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand('indicators', argv, { ...REPORT_FLAGS, csv: { type: 'boolean' }, format: { type: 'string' } });
  const format = values.csv === true ? 'csv' : oneOf('format', values.format as string | undefined, ['text', 'csv', 'json'], 'text');
  const files = inputsOf(positionals, 'indicators');
  const context = await reportContext(values, io);
  const paint = paintFor(io.stderr, io.env);
  const results: Listed[] = [];
  let failed = false;
  for (const file of files) {
    const report = await loadReport(file, io, context.profiles);
    const options = optionsFor(context, report);
    const diagnostics = validateReport(report.input, options);
    if (hasErrors(diagnostics)) {
      failed = true;
      for (const d of place(report, diagnostics.filter((x) => x.severity === 'error'))) io.stderr.write(`${diagnosticLine(report.source.name, d, paint)}\n`);
      io.stderr.write(`${paint.red(`${report.source.name}: không đọc được chỉ tiêu vì có lỗi`)} (${countLine(diagnostics)}).\n`);
      continue;
    }
    const indicators: Listed['indicators'] = indicatorsOf(report.input, options);
    if (options.history !== undefined) {
      const facts = new Map(seriesRowsOf(report.input, options).map((r) => [r.id, r.facts] as const));
      for (const indicator of indicators) {
        const { gaps: _gaps, current: _current, ...series } = facts.get(indicator.id) ?? { gaps: [], current: indicator.value };
        indicator.series = series;
      }
    }
    results.push({ file: report.source.name, indicators });
  }
  io.stdout.write(print(results, format, context.history !== undefined));
  return failed ? 1 : 0;
}

function print(results: readonly Listed[], format: 'text' | 'csv' | 'json', withSeries: boolean): string {
  if (format === 'json') return `${JSON.stringify(results, null, 2)}\n`;
  const rows = results.flatMap(({ file, indicators }) => indicators.map((i) => ({ file, i })));
  const series = withSeries ? SERIES : [];
  if (format === 'csv') {
    const header = ['file', 'id', 'label', 'value', 'unit', 'kind', 'period', ...series.map((s) => s.csv), 'path'];
    const cells = rows.map(({ file, i }) => [
      file, i.id, i.label, String(i.value), i.unit ?? '', i.kind ?? '', periodLabel(i.period),
      ...series.map((s) => { const v = i.series?.[s.fact]; return v === undefined ? '' : String(rounded(s.fact, v)); }),
      formatPath(i.path),
    ]);
    return [header, ...cells].map(csvRecord).join('');
  }
  if (rows.length === 0) return results.length === 0 ? '' : 'Không có chỉ tiêu nào: các section của báo cáo không khai báo chỉ tiêu, hoặc chưa có số liệu.\n';
  const many = results.length > 1;
  const columns: Column[] = [
    ...(many ? [{ title: 'Tệp' }] : []),
    { title: 'Mã chỉ tiêu' },
    { title: 'Chỉ tiêu' },
    { title: 'Giá trị', right: true },
    { title: 'Đơn vị' },
    { title: 'Loại' },
    { title: 'Kỳ' },
    ...series.map((s) => ({ title: s.title, right: true })),
  ];
  const cells = rows.map(({ file, i }) => [
    ...(many ? [file] : []), i.id, i.label, formatNumber(i.value), i.unit ?? '', i.kind ? (KIND[i.kind] ?? i.kind) : '', periodLabel(i.period),
    ...series.map((s) => { const v = i.series?.[s.fact]; return v === undefined ? '-' : formatNumber(rounded(s.fact, v)); }),
  ]);
  return textTable(columns, cells);
}

/** Percentages (tăng/giảm, % kế hoạch) to one decimal, as the report's words write them. */
function rounded(fact: string, value: number): number {
  return fact === 'change' || fact === 'planShare' ? Math.round(value * 10) / 10 : value;
}
