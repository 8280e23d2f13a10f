/**
 * `pnpm demo`: composes and renders every example into `out/` (a .docx and a .md per report), writes
 * `out/diagnostics.json` and prints a summary per report. Exits 0 when the reports were produced, even with warnings.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeReport, type Diagnostic, type ReportDocument } from '@baocao-khcn/core';
import { renderDocx } from '@baocao-khcn/render-docx';
import { renderMarkdown } from '@baocao-khcn/render-md';
import { examples } from './registry';
import { profile as seriesProfile, seriesExamples } from './series/reports';
import { allSections } from '@baocao-khcn/sections';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'out');

function summary(document: ReportDocument) {
  const headings = document.body.filter((b) => b.type === 'heading').length;
  const tables = [...document.body, ...document.appendices.flatMap((a) => a.blocks)].filter((b) => b.type === 'table');
  const rows = tables.reduce((n, t) => n + (t.type === 'table' ? t.rows.length : 0), 0);
  return { headings, tables: tables.length, rows, appendices: document.appendices.length };
}

async function main(): Promise<number> {
  await mkdir(outDir, { recursive: true });
  const all: Record<string, Diagnostic[]> = {};
  let failures = 0;
  for (const example of examples) {
    try {
      const { document, diagnostics } = composeReport(example.input, { profile: example.profile, sections: example.sections });
      all[example.id] = diagnostics;
      await writeFile(join(outDir, `${example.id}.docx`), await renderDocx(document));
      await writeFile(join(outDir, `${example.id}.md`), renderMarkdown(document));
      const s = summary(document);
      const count = (sev: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === sev).length;
      console.log(`\n${example.id}${example.seed ? ` (seed ${example.seed})` : ''}`);
      console.log(`  ${s.headings} đề mục, ${s.tables} bảng (${s.rows} dòng), ${s.appendices} phụ lục → out/${example.id}.docx, out/${example.id}.md`);
      console.log(`  ${count('error')} lỗi, ${count('warning')} cảnh báo, ${count('info')} gợi ý`);
      for (const d of diagnostics.filter((x) => x.severity !== 'info').slice(0, 4)) {
        console.log(`  - [${d.severity}] ${d.code} tại ${d.path.join('.') || '(gốc)'}: ${d.message}`);
      }
    } catch (error) {
      failures++;
      console.error(`\n${example.id}: KHÔNG tạo được báo cáo — ${error instanceof Error ? error.message : String(error)}`);
      if (error && typeof error === 'object' && 'diagnostics' in error) all[example.id] = (error as { diagnostics: Diagnostic[] }).diagnostics;
    }
  }
  await writeFile(join(outDir, 'diagnostics.json'), `${JSON.stringify(all, null, 2)}\n`);
  console.log(`\nĐã ghi ${examples.length - failures}/${examples.length} báo cáo và out/diagnostics.json.`);
  return failures + (await series());
}

/** The report series of a fictional province (examples/series): plan, months, quarters, halves, year → out/series/. */
async function series(): Promise<number> {
  const dir = join(outDir, 'series');
  await mkdir(dir, { recursive: true });
  const all: Record<string, Diagnostic[]> = {};
  let failures = 0;
  const list = seriesExamples();
  console.log(`\nseries (tỉnh Minh Sơn, hư cấu): ${list.length} báo cáo → out/series/`);
  for (const example of list) {
    try {
      const { document, diagnostics } = composeReport(example.input, { profile: seriesProfile, sections: allSections, history: example.history });
      all[example.id] = diagnostics;
      await writeFile(join(dir, `${example.id}.docx`), await renderDocx(document));
      await writeFile(join(dir, `${example.id}.md`), renderMarkdown(document));
      for (const d of diagnostics.filter((x) => x.code.startsWith('series/') && x.severity !== 'info')) {
        console.log(`  ${example.id}: [${d.severity}] ${d.code} tại ${d.path.join('.')}: ${d.message}`);
      }
    } catch (error) {
      failures++;
      console.error(`  ${example.id}: KHÔNG tạo được báo cáo — ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  await writeFile(join(dir, 'diagnostics.json'), `${JSON.stringify(all, null, 2)}\n`);
  console.log(`  Đã ghi ${list.length - failures}/${list.length} báo cáo và out/series/diagnostics.json.`);
  return failures;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
