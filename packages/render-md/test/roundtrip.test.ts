/**
 * Round trip: render trees full of hostile strings, parse the Markdown back and check that every
 * heading, paragraph, list item, table cell and footnote reads exactly the tree's text (after the
 * normalisation documented in the README), with the same bold/italic, and that no HTML appears.
 * Texts are compared up to canonical equivalence (NFC); a tree whose runs are NFC must give NFC text.
 *
 * The parser is `mdast-util-from-markdown` with the GFM syntax extension `micromark-extension-gfm`
 * (a dev dependency of the workspace) for tables and `[^n]` footnotes.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ReportDocument } from '@baocao-khcn/core';
import type { RenderMarkdownOptions } from '../src/index';
import { renderMarkdown } from '../src/index';
import { documentArbitrary, heading, hostile, inline, list, paragraph, table } from './roundtrip/arbitraries';
import { actualExtract, canonical, countHtml, expectedExtract, nfcDocument, notNfc, parse } from './roundtrip/extract';
import { linkProblems } from './roundtrip/links';
import { documentOf } from '@baocao-khcn/test-utils';

function check(document: ReportDocument, options: RenderMarkdownOptions): void {
  const markdown = renderMarkdown(document, options);
  const root = parse(markdown);
  const context = `\n--- markdown ---\n${markdown}`;
  expect(countHtml(root), `HTML node in the parsed output${context}`).toBe(0);
  expect(linkProblems(document, root, options.footnotes ?? 'gfm'), context).toEqual([]);
  expect(canonical(actualExtract(root)), context).toEqual(canonical(expectedExtract(document, options.footnotes ?? 'gfm')));
}

/** Runs of NFC text give NFC text in the Markdown, whatever joins them. */
function checkNfc(document: ReportDocument, options: RenderMarkdownOptions): void {
  const markdown = renderMarkdown(nfcDocument(document), options);
  expect(notNfc(parse(markdown)), `\n--- markdown ---\n${markdown}`).toEqual([]);
}

// ---------------------------------------------------------------------------------------------

/** `ROUNDTRIP_RUNS=5000 npx vitest run packages/render-md` for a longer search. */
const runs = { numRuns: Number(process.env.ROUNDTRIP_RUNS ?? 300) };

describe('round trip (CommonMark parser)', () => {
  it('paragraphs, headings and list items read back as the tree, inline footnotes included', () => {
    fc.assert(
      fc.property(documentArbitrary(fc.oneof(heading, paragraph, list)), (document) => {
        check(document, { header: false, footnotes: 'inline' });
      }),
      runs,
    );
  });
});

describe('NFC', () => {
  it('a tree whose runs are NFC gives NFC text, also where runs of one style are joined', () => {
    fc.assert(
      fc.property(documentArbitrary(fc.oneof(heading, paragraph, list, table)), fc.constantFrom('gfm' as const, 'inline' as const), (document, footnotes) => {
        checkNfc(document, { footnotes });
      }),
      runs,
    );
  });

  it('joins "e" and a bold "\u0301" in a bold trích yếu as "é"; a Hangul vowel jamo after "ᄀ" as "가"', () => {
    const document = documentOf({
      title: 'T',
      subject: [{ type: 'text', text: 'Báo cáo e' }, { type: 'text', text: '\u0301 và \u1100', bold: true }, { type: 'text', text: '\u1161' }],
      body: [],
      signature: { lines: ['GIÁM ĐỐC'], name: 'Nguyễn Văn A' },
    });
    expect(renderMarkdown(document, { header: false })).toContain('**Báo cáo é và 가**');
  });
});

describe('round trip (GFM parser: tables and footnotes)', () => {
  it('paragraphs, headings, lists, table cells and GFM footnotes read back as the tree', () => {
    fc.assert(
      fc.property(documentArbitrary(fc.oneof(heading, paragraph, list, table)), fc.boolean(), (document, header) => {
        const markdown = renderMarkdown(document, { header });
        const tables = expectedExtract(document, 'gfm').tables;
        if (header) {
          // The header block is the first table; its texts are the header node's strings.
          const h = document.header;
          tables.unshift([
            [h.parentAgency ?? '', h.nationalTitle],
            [h.agency, h.motto],
            [h.numberLine, h.dateLine],
          ]);
        }
        const root = parse(markdown);
        const context = `\n--- markdown ---\n${markdown}`;
        expect(countHtml(root), `HTML node in the parsed output${context}`).toBe(0);
        expect(linkProblems(document, root, 'gfm'), context).toEqual([]);
        expect(canonical(actualExtract(root)), context).toEqual(canonical({ ...expectedExtract(document, 'gfm'), tables }));
      }),
      runs,
    );
  });

  it('table cells and inline footnotes read back as the tree', () => {
    fc.assert(
      fc.property(documentArbitrary(fc.oneof(paragraph, table)), (document) => {
        check(document, { header: false, footnotes: 'inline' });
      }),
      runs,
    );
  });
});
