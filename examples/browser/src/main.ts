/**
 * The example page: one example report (Sở KH&CN Bắc Giang, tháng 9/2023) as editable JSON, its diagnostics
 * shown as it is typed, a Markdown preview, and the .docx made in the browser ("Tải về .docx"). Runs under a strict
 * Content-Security-Policy: the templates of the profile are interpreted, never compiled to code.
 */
import './zod-jitless';
import { composeReport, validateReport, type Diagnostic } from '@baocao-khcn/core';
import { renderDocx } from '@baocao-khcn/render-docx';
import { renderMarkdown } from '@baocao-khcn/render-md';
import { allSections } from '@baocao-khcn/sections';
import { profile } from '../../004-bac-giang-thang-9-2023/profile';
import { report } from '../../004-bac-giang-thang-9-2023/report';

const options = { profile, sections: allSections };
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const textarea = byId<HTMLTextAreaElement>('report');
const list = byId<HTMLUListElement>('diagnostics');
const summary = byId<HTMLSpanElement>('summary');
const preview = byId<HTMLPreElement>('markdown');
const button = byId<HTMLButtonElement>('download');
byId<HTMLSpanElement>('profile-name').textContent = profile.name;

/** The input as the textarea holds it, or the JSON error as a diagnostic. */
function readInput(): { input?: unknown; diagnostics: Diagnostic[] } {
  try {
    return { input: JSON.parse(textarea.value) as unknown, diagnostics: [] };
  } catch (error) {
    return { diagnostics: [{ code: 'json/syntax', severity: 'error', path: [], message: `JSON không hợp lệ: ${(error as Error).message}` }] };
  }
}

function show(diagnostics: Diagnostic[]): void {
  list.replaceChildren(
    ...diagnostics.map((d) => {
      const item = document.createElement('li');
      item.className = d.severity;
      item.dataset.code = d.code;
      const where = document.createElement('code');
      where.textContent = ` ${d.code} @ ${d.path.join('.') || '(gốc)'}`;
      item.append(`${d.message}`, where);
      return item;
    }),
  );
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  summary.textContent = diagnostics.length === 0 ? '— không có lỗi' : `— ${errors} lỗi, ${diagnostics.length - errors} lưu ý`;
  summary.dataset.count = String(diagnostics.length);
}

/** Validates and previews; returns the composed document when there is one. */
function update(): ReturnType<typeof composeReport>['document'] | undefined {
  const { input, diagnostics } = readInput();
  if (input === undefined) {
    show(diagnostics);
    preview.textContent = '';
    return undefined;
  }
  show(validateReport(input, options));
  try {
    const { document: doc } = composeReport(input, options);
    preview.textContent = renderMarkdown(doc);
    return doc;
  } catch {
    preview.textContent = '(Chưa dựng được văn bản: xem các lỗi ở trên.)';
    return undefined;
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
textarea.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(update, 150);
});

button.addEventListener('click', async () => {
  const doc = update();
  if (!doc) return;
  button.disabled = true;
  try {
    const bytes = await renderDocx(doc);
    const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'bao-cao.docx';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  } finally {
    button.disabled = false;
  }
});

textarea.value = JSON.stringify(report, null, 2);
update();
document.body.dataset.ready = 'true';
