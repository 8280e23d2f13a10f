/// <reference types="node" />
/**
 * `@baocao-khcn/render-docx/node` — Node helpers around {@link renderDocx}.
 *
 * @packageDocumentation
 */
import { writeFile } from 'node:fs/promises';
import type { ReportDocument } from '@baocao-khcn/core';
import type { DocxOptions } from './options';
import { renderDocx } from './render';

/**
 * Renders `document` and writes the .docx to `path`. Resolves to the bytes written.
 *
 * @example
 * ```ts
 * import { writeDocx } from '@baocao-khcn/render-docx/node';
 * await writeDocx('bao-cao-9-thang-2022.docx', document, { onDiagnostic: (d) => console.warn(d.message) });
 * ```
 */
export async function writeDocx(path: string, document: ReportDocument, options?: DocxOptions): Promise<Uint8Array> {
  const bytes = await renderDocx(document, options);
  await writeFile(path, bytes);
  return bytes;
}
