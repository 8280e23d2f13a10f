import { mkdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { composeReport, isComposeError, type Diagnostic, type ReportDocument, type ReportOptions } from '@baocao-khcn/core';
import { renderDocx } from '@baocao-khcn/render-docx';
import { renderMarkdown } from '@baocao-khcn/render-md';
import { parseCommand } from '../args';
import { CliError, messageOf } from '../errors';
import { stemOf } from '../input/read';
import { paintFor, type CliIO } from '../io';
import { AtomicWriter } from '../output/atomic';
import { OutputManifest } from '../output/manifest';
import { optionsFor, REPORT_FLAGS, reportContext } from '../report/context';
import { loadReport, type LoadedReport } from '../report/load';
import { countLine, diagnosticLine, hasErrors, place } from '../report/print';
import { inputsOf } from './validate';

/** `baocao render <report…>`: writes each report's .docx and .md; 0 when all were written, 1 when one had errors. */
export async function renderCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand('render', argv, {
    out: { type: 'string', short: 'o' },
    docx: { type: 'boolean' },
    md: { type: 'boolean' },
    ...REPORT_FLAGS,
    force: { type: 'boolean' },
  });
  const files = inputsOf(positionals, 'render');
  const both = values.docx !== true && values.md !== true;
  const extensions = [...(both || values.docx ? ['docx'] : []), ...(both || values.md ? ['md'] : [])];
  const outDir = resolve(io.cwd, (values.out as string | undefined) ?? '.');
  const context = await reportContext(values, io);

  // Every input is read and every target checked before anything is written.
  const reports: LoadedReport[] = [];
  for (const file of files) reports.push(await loadReport(file, io, context.profiles));
  const stems = reports.map((r) => stemOf(r.source));
  const clash = stems.find((s, i) => stems.indexOf(s) !== i);
  if (clash !== undefined) throw new CliError(`Hai báo cáo cùng cho ra văn bản "${clash}": đổi tên một tệp, hoặc xuất vào hai thư mục.`);
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    throw new CliError(`Không tạo được thư mục "${relative(io.cwd, outDir) || '.'}": ${messageOf(error)}`, { cause: error });
  }
  const manifest = await OutputManifest.read(outDir);
  if (values.force !== true) {
    const refused: string[] = [];
    for (const stem of stems) for (const ext of extensions) if (!(await manifest.mayWrite(`${stem}.${ext}`))) refused.push(shown(io, join(outDir, `${stem}.${ext}`)));
    if (refused.length > 0) {
      throw new CliError('Không ghi đè tệp không do baocao tạo ra (hoặc đã bị sửa sau khi tạo); thêm --force để ghi đè:', { details: refused });
    }
  }

  const paint = paintFor(io.stderr, io.env);
  const writer = new AtomicWriter();
  const stopOnSignal = onSignals(() => writer.cleanup());
  let failed = false;
  try {
    for (const [i, report] of reports.entries()) {
      if (io.stderr.isTTY && reports.length > 1) io.stderr.write(`\r\u001b[K[${i + 1}/${reports.length}] ${report.source.name}`);
      const { document, diagnostics } = compose(report.input, optionsFor(context, report));
      if (io.stderr.isTTY && reports.length > 1) io.stderr.write('\r\u001b[K');
      const shownDiagnostics = place(report, diagnostics.filter((x) => x.severity !== 'info'));
      for (const d of shownDiagnostics) io.stderr.write(`${diagnosticLine(report.source.name, d, paint)}\n`);
      if (document === undefined || hasErrors(diagnostics)) {
        failed = true;
        io.stderr.write(`${paint.red(`${report.source.name}: không xuất vì có lỗi`)} (${countLine(diagnostics)}).\n`);
        continue;
      }
      const stem = stemOf(report.source);
      for (const ext of extensions) {
        const data = ext === 'docx' ? await renderDocx(document) : renderMarkdown(document);
        const path = join(outDir, `${stem}.${ext}`);
        try {
          await writer.write(path, data);
        } catch (error) {
          throw new CliError(`Không ghi được "${shown(io, path)}": ${messageOf(error)}`, { cause: error });
        }
        manifest.record(`${stem}.${ext}`, data);
        io.stdout.write(`${shown(io, path)}\n`);
      }
    }
  } finally {
    await manifest.save(writer).catch(() => undefined);
    stopOnSignal();
  }
  return failed ? 1 : 0;
}

function compose(input: unknown, options: ReportOptions): { document?: ReportDocument; diagnostics: Diagnostic[] } {
  try {
    return composeReport(input, options);
  } catch (error) {
    if (isComposeError(error)) return { diagnostics: error.diagnostics };
    throw error;
  }
}

function shown(io: CliIO, path: string): string {
  const rel = relative(io.cwd, path);
  return rel === '' || rel.startsWith('..') ? path : rel;
}

/** While rendering, SIGINT and SIGTERM remove the temporary files before the process ends. Returns the undo. */
function onSignals(cleanup: () => void): () => void {
  const handler = (signal: NodeJS.Signals) => {
    cleanup();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}
