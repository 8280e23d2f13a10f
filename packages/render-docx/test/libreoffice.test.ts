/**
 * Opens the rendered file in a real word processor: LibreOffice converts it to PDF, poppler reads
 * the text and the page count back. Needs `soffice`, `pdftotext` and `pdfinfo`
 * (apt-get install -y libreoffice-writer-nogui fonts-liberation2 poppler-utils). On CI a missing
 * tool fails the test; locally it is skipped with a message.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDocx } from '@baocao-khcn/render-docx/node';
import { LAST_APPENDIX_ROW, SIGNER, SUBJECT, sampleReport } from './fixture';

const TOOLS = ['soffice', 'pdftotext', 'pdfinfo'];
const missing = TOOLS.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
const onCi = Boolean(process.env.CI);
const skip = missing.length > 0 && !onCi;
if (skip) {
  console.warn(
    `[render-docx] LibreOffice test skipped: ${missing.join(', ')} not found. ` +
      'Install: apt-get install -y libreoffice-writer-nogui fonts-liberation2 poppler-utils',
  );
}

const work = mkdtempSync(join(tmpdir(), 'render-docx-lo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Collapses whitespace so words split over lines by pdftotext still match. */
const squash = (text: string): string => text.replace(/\s+/g, ' ');

describe.skipIf(skip)('LibreOffice', () => {
  it('opens the sample report and shows its text on the expected number of pages', async () => {
    if (missing.length > 0) throw new Error(`CI needs ${missing.join(', ')} for this test (apt-get install -y libreoffice-writer-nogui fonts-liberation2 poppler-utils)`);
    const docx = join(work, 'bao-cao.docx');
    await writeDocx(docx, sampleReport());
    // A private profile and HOME so parallel runs do not share LibreOffice's user installation.
    const profile = join(work, 'profile');
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx],
      { env: { ...process.env, HOME: work }, timeout: 110_000, stdio: 'pipe' },
    );
    const pdf = join(work, 'bao-cao.pdf');
    expect(readFileSync(pdf).subarray(0, 4).toString()).toBe('%PDF');
    const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(text).toContain(squash(SUBJECT));
    expect(text).toContain(SIGNER);
    expect(text).toContain(LAST_APPENDIX_ROW);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(info.match(/^Pages:\s+(\d+)/m)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(5);
  }, 120_000);
});
