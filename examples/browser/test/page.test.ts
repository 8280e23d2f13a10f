/**
 * The example page in headless Chromium (Debian's `chromium`, driven by puppeteer-core): built with esbuild from the
 * packages' dist, served from 127.0.0.1 under its strict CSP. No console error, no CSP violation, the diagnostics
 * shown, and the downloaded .docx byte-identical to what Node renders for the same input. Fails if chromium is
 * missing (`.ci/run` installs it).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { composeReport, validateReport } from '@baocao-khcn/core';
import { renderDocx } from '@baocao-khcn/render-docx';
import { allSections } from '@baocao-khcn/sections';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profile } from '../../004-bac-giang-thang-9-2023/profile';
import { report } from '../../004-bac-giang-thang-9-2023/report';
// @ts-expect-error -- a plain ES module without types
import { buildPage } from '../build.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml' };

/** A static server for `root` on 127.0.0.1 and a random port. */
function serve(root: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^\/+/, '') || 'index.html';
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Waits until `dir` holds a finished `name` (Chromium writes `.crdownload` first). */
async function downloaded(dir: string, name: string, timeoutMs = 90_000): Promise<Uint8Array> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const files = readdirSync(dir);
    if (files.includes(name) && !files.some((f) => f.endsWith('.crdownload'))) return new Uint8Array(readFileSync(join(dir, name)));
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no ${name} in ${dir}: ${readdirSync(dir).join(', ')}`);
}

describe('example page in headless Chromium under a strict CSP', () => {
  let work: string;
  let server: Server;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    // A test that needs a tool fails (not skips) when it is missing.
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`).toBe(true);
    work = mkdtempSync(join(tmpdir(), 'baocao-browser-'));
    const site = await buildPage(join(work, 'site'));
    server = await serve(site);
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${join(work, 'profile')}`],
    });
    page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn') problems.push(`console.${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${String(error)}`));
    page.on('requestfailed', (request) => problems.push(`requestfailed: ${request.url()}`));
    // CSP violations, as the page sees them (registered before any script of the page runs).
    await page.exposeFunction('reportViolation', (text: string) => problems.push(`csp: ${text}`));
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { reportViolation(t: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('serves the strict CSP and runs with no console error and no CSP violation', async () => {
    const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.getAttribute('content'));
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
    expect(problems).toEqual([]);
  });

  it('the CSP is enforced: an injected inline script does not run (in a second page)', async () => {
    const probe = await browser.newPage();
    const violations: string[] = [];
    await probe.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await probe.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation(t: string): void }).reportViolation(e.violatedDirective));
    });
    await probe.goto(page.url(), { waitUntil: 'load' });
    const ran = await probe.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true;';
      document.body.append(script);
      await new Promise((r) => setTimeout(r, 200));
      return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
    });
    expect(ran).toBe(false);
    await probe.waitForFunction(() => true);
    expect(violations).toContain('script-src-elem');
    await probe.close();
  });

  it('shows the diagnostics of the example, then those of an edit, live', { timeout: 120_000 }, async () => {
    const expected = validateReport(JSON.parse(JSON.stringify(report)), { profile, sections: allSections });
    const shown = () => page.$$eval('#diagnostics li', (items) => items.map((li) => (li as HTMLElement).dataset.code));
    expect(await shown()).toEqual(expected.map((d) => d.code));
    expect(await page.$eval('#markdown', (pre) => pre.textContent)).toContain('**Kết quả công tác tháng 9/2023, nhiệm vụ công tác tháng 10/2023**');
    // Break the signer's name: the page reports it, at its path, in Vietnamese.
    await page.$eval('#report', (area) => {
      const textarea = area as HTMLTextAreaElement;
      const input = JSON.parse(textarea.value) as { signer: { name: string } };
      input.signer.name = '';
      textarea.value = JSON.stringify(input, null, 2);
      textarea.dispatchEvent(new Event('input'));
    });
    await page.waitForFunction(() => document.querySelectorAll('#diagnostics li.error').length > 0, { timeout: 60_000 });
    const errors = await page.$$eval('#diagnostics li.error', (items) => items.map((li) => li.textContent));
    expect(errors.some((t) => t?.includes('signer.name'))).toBe(true);
    expect(problems).toEqual([]);
  });

  it('downloads a .docx byte-identical to the one Node renders for the same input', async () => {
    const input = JSON.parse(JSON.stringify(report)) as unknown;
    await page.$eval('#report', (area, json) => {
      (area as HTMLTextAreaElement).value = json;
      area.dispatchEvent(new Event('input'));
    }, JSON.stringify(input, null, 2));
    const downloads = join(work, 'downloads');
    const cdp = await browser.target().createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads, eventsEnabled: true });
    await page.click('#download');
    const bytes = await downloaded(downloads, 'bao-cao.docx');
    const expected = await renderDocx(composeReport(input, { profile, sections: allSections }).document);
    expect(bytes.length).toBe(expected.length);
    expect(Buffer.from(bytes).equals(Buffer.from(expected))).toBe(true);
    expect(problems).toEqual([]);
  }, 150_000);
});
