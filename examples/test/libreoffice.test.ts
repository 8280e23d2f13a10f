/**
 * Every example opens in a real word processor: LibreOffice converts each .docx to PDF, the PDF's text holds the
 * Quốc hiệu, the trích yếu, the signer's name and the last appendix row, and the first page is rendered to PNG
 * in `test-output/` for a reviewer to look at. In CI (CI=true) a missing LibreOffice fails the test.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeReport, type ReportDocument } from '@baocao-khcn/core';
import type { InlineNode } from '@baocao-khcn/core/tree';
import { renderDocx } from '@baocao-khcn/render-docx';
import { describe, expect, it } from 'vitest';
import { examples } from '../registry';

const outDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../test-output/examples');
const has = (cmd: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const available = has('soffice') && has('pdftotext') && has('pdftoppm');
if (!available && process.env.CI) throw new Error('LibreOffice (soffice) and poppler-utils are required in CI: apt-get install -y libreoffice-writer-nogui fonts-liberation2 poppler-utils');

const text = (nodes: readonly InlineNode[]) => nodes.map((n) => (n.type === 'text' ? n.text : '')).join('');
const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');

function lastAppendixRow(document: ReportDocument): string | undefined {
  const tables = document.appendices.flatMap((a) => a.blocks).filter((b) => b.type === 'table');
  const last = tables[tables.length - 1];
  if (!last || last.type !== 'table') return undefined;
  const row = last.rows[last.rows.length - 1];
  const cell = row?.cells.map((c) => c.paragraphs.map(text).join(' ')).sort((a, b) => b.length - a.length)[0];
  return cell?.slice(0, 30);
}

describe.skipIf(!available)('examples in LibreOffice', () => {
  it('converts every example to PDF with the expected text, and renders page 1 to PNG', async () => {
    mkdirSync(outDir, { recursive: true });
    const files: { id: string; document: ReportDocument; docx: string }[] = [];
    for (const ex of examples) {
      const { document } = composeReport(ex.input, { profile: ex.profile, sections: ex.sections });
      const docx = join(outDir, `${ex.id}.docx`);
      writeFileSync(docx, await renderDocx(document));
      files.push({ id: ex.id, document, docx });
    }
    const profileDir = mkdtempSync(join(tmpdir(), 'lo-profile-'));
    execFileSync('soffice', [`-env:UserInstallation=file://${profileDir}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files.map((f) => f.docx)], {
      stdio: 'ignore',
      timeout: 240_000,
    });
    for (const f of files) {
      const pdf = join(outDir, `${f.id}.pdf`);
      expect(existsSync(pdf), `${f.id}.pdf`).toBe(true);
      const pdfText = squash(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
      expect(pdfText).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(pdfText).toContain(squash(text(f.document.subject)).split(' ').slice(0, 6).join(' '));
      expect(pdfText).toContain(f.document.signature.name);
      const last = lastAppendixRow(f.document);
      if (last) expect(squash(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }))).toContain(squash(last).split(' ').slice(0, 3).join(' '));
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(40);
      execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, join(outDir, `${f.id}-page1`)]);
      expect(existsSync(join(outDir, `${f.id}-page1.png`))).toBe(true);
    }
  }, 300_000);
});

it('LibreOffice is available or this is not CI', () => {
  expect(available || !process.env.CI).toBe(true);
});
