/**
 * Bugs found by the fuzz tests and NOT fixed yet. Every test here fails until its bug is fixed; none is skipped.
 * Each names the property that found it, the date, the package file at fault, the input, what is expected and
 * what happens. The generators keep out the inputs that trigger these bugs (see `INCLUDE_OPEN_BUGS` in
 * arbitraries.ts, and open-bug-triggers.ts for crashes) so that the properties keep looking for new ones;
 * `FUZZ_OPEN_BUGS=1 pnpm fuzz` lets them in again.
 *
 * When a bug is fixed: move its test to regressions.test.ts (B1–B13 are there, fixed on 2026-11-25), and delete
 * its guard (search the folder for its id, e.g. "B14").
 */
import { composeReport, validateReport } from '@baocao-khcn/core';
import { renderMarkdown } from '@baocao-khcn/render-md';
import { describe, expect, it } from 'vitest';
import { fuzzOptions } from './arbitraries';
import { documentText, parseMarkdown } from './markdown-check';
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

const WORDS = 'Bốn mươi lăm triệu, chín trăm chín mươi tám nghìn, bốn trăm linh chín đồng';

describe('B14 — the words of a figure the formatters refuse are dropped silently (property 3, 2026-11-25)', () => {
  // packages/core/src/compose/figure.ts formatFigure: since the fix of B2, a figure that formatFigureStrict
  // refuses (a count whose value is an integer beyond 2^53, or whose `of` is not a non-negative safe integer)
  // falls back to `${value}${/of}${ unit}` and leaves out `figure.words` (and the default unit "đồng"). The
  // words are user text: they vanish from the .docx and the Markdown, and no diagnostic says so (the figure
  // checks report the number, not the lost words). Found by property 3 with FUZZ_OPEN_BUGS=1; shrunk input:
  // a table cell [[{ type: 'figure', format: 'count', value: 9007199254740992, words: '…' }]].
  it.each([
    ['value 2^53', { type: 'figure', format: 'count', value: 2 ** 53, words: WORDS }],
    ['of: -1', { type: 'figure', format: 'count', value: 5, of: -1, unit: 'đề tài', words: 'năm trên âm một' }],
    ['of: 1.5', { type: 'figure', format: 'count', value: 1, of: 1.5, words: 'một trên một phẩy năm' }],
  ])('count figure with %s: its words are printed', (_name, figure) => {
    const input = report(['Tổng số ', figure, '.']);
    expect(validateReport(input, fuzzOptions).length).toBeGreaterThan(0); // the number itself is reported
    const { document } = composeReport(input, fuzzOptions);
    const text = documentText(parseMarkdown(renderMarkdown(document, { header: false })));
    expect(text).toContain(figure.words); // actual: 'Tổng số 9007199254740992.' without the words
    checkMarkdownLossless(input);
  });
});
