/**
 * Bugs found by the fuzz tests and NOT fixed yet. Every test here fails until its bug is fixed; none is skipped.
 * Each names the property that found it, the date, the package file at fault, the input, what is expected and
 * what happens. The generators keep out the inputs that trigger these bugs (see `INCLUDE_OPEN_BUGS` in
 * arbitraries.ts, and open-bug-triggers.ts for crashes) so that the properties keep looking for new ones;
 * `FUZZ_OPEN_BUGS=1 pnpm fuzz` lets them in again.
 *
 * When a bug is fixed: move its test to regressions.test.ts (B1–B14 are there, fixed on 2026-11-25), and delete
 * its guard (search the folder for its id, e.g. "B15").
 */
import { composeReport } from '@baocao-khcn/core';
import { renderMarkdown } from '@baocao-khcn/render-md';
import { describe, expect, it } from 'vitest';
import { fuzzOptions } from './arbitraries';
import { parseMarkdown, textValues } from './markdown-check';
import { checkMarkdownLossless } from './properties';

/** A small valid report for the fuzz profile whose only paragraph is `content`. */
function report(content: unknown): Record<string, unknown> {
  return {
    issueDate: { year: 2023, month: 9 },
    period: { kind: 'month', year: 2023, month: 9 },
    body: [{ part: 'general', content: [content] }],
    signer: { title: 'GIÁM ĐỐC', name: 'Nguyễn Văn A' },
    recipients: { items: ['Như trên;', 'Lưu: VT, VP.'] },
  };
}

describe('B15 — an empty inline footnote joins the text around it out of NFC (property 3, 2026-11-25)', () => {
  // packages/render-md/src/handle/inline.ts footnote(): in `footnotes: 'inline'` mode an empty footnote adds
  // nothing, and phrasing.ts build() then joins the runs on both sides (`last.value += piece.value`) without
  // normalising. core keeps them apart (the footnote sits between them), so each is NFC in the tree, but a run
  // starting with a combining mark composes with the one before: ['e', { footnote: '' }, '\u0301'] is written
  // "e\u0301" (NFC: "é"). Found by property 3 (shrunk: a money figure "0 đồng", an empty footnote, "\u0302\u0303").
  it.each([
    [['e', { type: 'footnote', content: '' }, '\u0301']],
    [[{ type: 'figure', format: 'money', value: 0 }, { type: 'footnote', content: [] }, '\u0302\u0303']],
    [['đồng', { type: 'footnote', content: '  ' }, '\u0302']],
  ])('paragraph %j with inline footnotes: NFC text', (content) => {
    const { document } = composeReport(report(content), fuzzOptions);
    const values = textValues(parseMarkdown(renderMarkdown(document, { footnotes: 'inline' })));
    expect(values.filter((v) => v !== v.normalize('NFC'))).toEqual([]); // actual: ['e\u0301'] / ['0 đồng\u0302\u0303']
    checkMarkdownLossless(report(content), { footnotes: 'inline' });
  });
});
