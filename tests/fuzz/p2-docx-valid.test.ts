/**
 * Property 2: every .docx is a valid zip (fflate `unzipSync`) whose XML parts are well-formed XML 1.0
 * (fast-xml-parser's `XMLValidator` plus an explicit check of the XML 1.0 `Char` production, literal
 * characters and character references alike); renderDocx's own diagnostics are well-formed.
 * A sample of generated files (fixed seeds) must open in LibreOffice: `soffice --headless --convert-to pdf`
 * succeeds and `pdftotext` finds the marker paragraph. Without soffice the LibreOffice test fails when `CI`
 * is set and is skipped (with a message) otherwise.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderDocx } from '@baocao-khcn/render-docx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composableReport, MARKER } from './arbitraries';
import { fcParams, timeoutFor } from './config';
import { docxProblems } from './docx-check';
import { checkDocxValid, composeOrFail } from './properties';

const MS = 40;

describe('property 2: every .docx is a valid zip of well-formed XML 1.0 parts', () => {
  it('for composable reports with hostile text and numbers', async () => {
    await fc.assert(fc.asyncProperty(composableReport(), async (input) => void (await checkDocxValid(input))), fcParams(MS));
  }, timeoutFor(MS));
});

/** Fixed seeds of the LibreOffice sample (3 files per run). */
const LIBREOFFICE_SEEDS = [20_240_601, 20_240_602, 20_240_603];

function has(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 60_000 });
  return result.error === undefined && result.status === 0;
}

describe('property 2: a sample opens in LibreOffice', () => {
  it('soffice converts each sample to PDF and pdftotext finds the marker', async (ctx) => {
    const missing = ['soffice', 'pdftotext'].filter((cmd) => !has(cmd, cmd === 'soffice' ? ['--version'] : ['-v']));
    if (missing.length > 0) {
      const message = `LibreOffice check needs ${missing.join(' and ')} on PATH (apt-get install libreoffice-writer poppler-utils)`;
      if (process.env.CI) throw new Error(`${message}; CI must not skip this test.`);
      console.warn(`skipped: ${message}`);
      ctx.skip(message);
    }
    const dir = mkdtempSync(join(tmpdir(), 'baocao-fuzz-lo-'));
    try {
      const files: string[] = [];
      for (const seed of LIBREOFFICE_SEEDS) {
        const [input] = fc.sample(composableReport({ marker: true }), { seed, numRuns: 1 });
        const bytes = await renderDocx(composeOrFail(input).document);
        expect(docxProblems(bytes), `seed ${seed}`).toEqual([]);
        const file = join(dir, `sample-${seed}.docx`);
        writeFileSync(file, bytes);
        files.push(file);
      }
      // A private profile directory: no clash with another soffice running on the machine.
      const profile = pathToFileURL(join(dir, 'profile')).href;
      const run = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, ...files], {
        encoding: 'utf8',
        timeout: 240_000,
      });
      expect(run.error, `soffice failed to run: ${String(run.error)}`).toBeUndefined();
      expect(run.status, `soffice exited with ${run.status}: ${run.stderr}`).toBe(0);
      for (const file of files) {
        const pdf = file.replace(/\.docx$/, '.pdf');
        expect(existsSync(pdf), `no PDF for ${file}: ${run.stdout} ${run.stderr}`).toBe(true);
        const text = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', timeout: 60_000 });
        expect(text.status, `pdftotext failed on ${pdf}: ${text.stderr}`).toBe(0);
        expect(text.stdout, `marker missing from ${pdf}`).toContain(MARKER);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
