/**
 * The CommonJS build works on every Node that `engines` (>=20) admits (issue 15, point 8).
 * Node below 20.19 cannot `require()` an ES module; `--no-experimental-require-module` makes a newer
 * Node behave the same, so a child process with that flag stands in for Node 20.0–20.18. The
 * ESM-only `mdast-util-gfm` and `mdast-util-to-markdown` are bundled into `dist/index.cjs`.
 *
 * Needs the build (`pnpm test` builds first); fails, not skips, without it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../src/index';
import { documentOf, p, t } from '@baocao-khcn/test-utils';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const cjs = fileURLToPath(new URL('../dist/index.cjs', import.meta.url));
const FLAG = '--no-experimental-require-module';

/** Runs `script` in a child Node that cannot `require()` ES modules; returns its stdout. */
function runOldStyleNode(script: string): string {
  // A Node without the flag (before 20.17) has no require(esm) at all.
  const flags = process.allowedNodeEnvironmentFlags.has(FLAG) ? [FLAG] : [];
  return execFileSync(process.execPath, [...flags, '-e', script], { cwd: packageDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

const document = documentOf({
  body: [
    { type: 'heading', level: 1, style: 'roman', number: 'I.', children: [t('Kết quả')] },
    p(t('Tổng số: '), t('14 nhiệm vụ', { bold: true }), { type: 'footnote', number: 1, children: [t('04 đã hoàn thành.')] }, t('.')),
  ],
});

describe('render-md CommonJS build without require(esm)', () => {
  it('the child process really cannot require an ES module', () => {
    const out = runOldStyleNode(
      `try { require('mdast-util-gfm'); console.log('loaded'); } catch (e) { console.log(e.code); }`,
    );
    expect(out.trim()).toBe('ERR_REQUIRE_ESM');
  });

  it('requires dist/index.cjs and renders a small document exactly as the ESM source does', () => {
    expect(existsSync(cjs), `${cjs} is missing: run pnpm build`).toBe(true);
    const out = runOldStyleNode(
      `const { renderMarkdown } = require(${JSON.stringify(cjs)});\n` +
        `process.stdout.write(renderMarkdown(${JSON.stringify(document)}, { header: false }));`,
    );
    const expected = renderMarkdown(document, { header: false });
    expect(expected).toContain('## I. Kết quả\n\nTổng số: **14 nhiệm vụ**[^1].\n');
    expect(out).toBe(expected);
  });
});
