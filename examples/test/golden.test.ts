/**
 * Golden files of every example: the Markdown and the .docx's document.xml (one tag per line, so that layout
 * changes show up in review). Update them deliberately with `pnpm vitest run examples/test/golden.test.ts -u`.
 */
import { composeReport } from '@baocao-khcn/core';
import { renderDocx } from '@baocao-khcn/render-docx';
import { renderMarkdown } from '@baocao-khcn/render-md';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { examples } from '../registry';

describe.each(examples.map((ex) => [ex.id, ex] as const))('%s', (id, ex) => {
  const { document } = composeReport(ex.input, { profile: ex.profile, sections: ex.sections });

  it('matches its Markdown golden file', async () => {
    await expect(renderMarkdown(document)).toMatchFileSnapshot(`golden/${id}.md`);
  });

  it('matches its document.xml golden file', async () => {
    const files = unzipSync(await renderDocx(document));
    const xml = strFromU8(files['word/document.xml'] as Uint8Array).replace(/></g, '>\n<');
    await expect(xml).toMatchFileSnapshot(`golden/${id}.document.xml`);
  });
});
