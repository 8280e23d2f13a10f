/**
 * The .docx oracle: for every document of `documents.ts`, the SHA-256 of the whole file and of each part, and the
 * diagnostics reported, as captured from the renderer before it wrote its own XML (render-docx on docx 9). The
 * renderer must keep writing these bytes. Update deliberately with `pnpm vitest run tests/docx-oracle -u`; with
 * `ORACLE_DUMP=<dir>` the parts are also written out as files, to compare two renderers' parts with `diff -r`.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Diagnostic } from '@baocao-khcn/core';
import { renderDocx } from '@baocao-khcn/render-docx';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { oracleCases } from './documents';

const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

describe.each(oracleCases().map((c) => [c.name, c] as const))('%s', (name, { document, options }) => {
  it('writes the oracle bytes for every part', async () => {
    const diagnostics: Diagnostic[] = [];
    const bytes = await renderDocx(document, { ...options, onDiagnostic: (d) => diagnostics.push(d) });
    const parts = unzipSync(bytes);
    const dump = process.env.ORACLE_DUMP;
    if (dump !== undefined && dump !== '') {
      for (const [path, data] of Object.entries(parts)) {
        const file = join(dump, name, path);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, data);
      }
    }
    const record = {
      file: sha256(bytes),
      entries: Object.keys(parts),
      parts: Object.fromEntries(Object.entries(parts).map(([path, data]) => [path, sha256(data)])),
      diagnostics: diagnostics.map((d) => `${d.severity} ${d.code} ${JSON.stringify(d.path)} ${d.message}`),
    };
    await expect(`${JSON.stringify(record, null, 1)}\n`).toMatchFileSnapshot(`parts/${name}.json`);
  });
});
