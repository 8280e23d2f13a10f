import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '@baocao-khcn/core';
import type { BlockNode, TableCellNode } from '@baocao-khcn/core/tree';
import { cell, row, t } from '@baocao-khcn/test-utils';
import { sampleReport } from '../test/fixture';
import { renderDocx } from './render';
import { element, empty, hasBrace } from './xml';

const documentPart = async (document: ReportDocument): Promise<string> =>
  strFromU8(unzipSync(await renderDocx(document))['word/document.xml'] as Uint8Array);

/** The same document with a `{` in a text that is not in the document part: docx then writes that part. */
const leftToDocx = (document: ReportDocument): ReportDocument => ({ ...document, meta: { ...document.meta, title: `${document.meta.title} {x}` } });

describe('the document part the renderer writes itself', () => {
  it('is byte for byte the one docx writes (merged cells, footnotes, fields, breaks, tabs, emphasis)', async () => {
    const odd = (text: string, extra: Partial<TableCellNode> = {}): TableCellNode => ({ ...cell(text), ...extra });
    const table: BlockNode = {
      type: 'table',
      columns: [{ width: 0.3 }, { width: 0.3 }, { width: 0.4 }],
      headerRows: [row([odd('CURRENT'), odd('a\tSECTION\nb', { bold: true }), odd('x & <y> "z"', { italic: true })])],
      rows: [
        row([odd('', { paragraphs: [[t('m', { superscript: true }), { type: 'footnote', number: 1, children: [t('chú thích')] }], []] }), odd('r', { rowSpan: 2 }), odd('c')], true),
        row([odd('\t\n', { align: 'right' }), odd('gộp', { colSpan: 2 })]),
        ...Array.from({ length: 30 }, (_, i) => row([odd(`Cân số ${i}`), odd('Đạt', { align: 'center' }), odd('1/9/2023')])),
      ],
    };
    const base = sampleReport();
    const document: ReportDocument = { ...base, body: [table, ...base.body], appendices: base.appendices.map((a) => ({ ...a, blocks: [...a.blocks, table] })) };
    expect(hasBrace(document)).toBe(false);
    expect(await documentPart(document)).toBe(await documentPart(leftToDocx(document)));
  });

  it('is left to docx when a text has a `{` (its packer replaces `{key}` placeholders)', () => {
    expect(hasBrace({ a: [{ b: 'no' }, 3, null] })).toBe(false);
    expect(hasBrace({ a: [{ b: 'x{y}' }] })).toBe(true);
  });
});

describe('element', () => {
  it('shapes children as docx components do', () => {
    expect(element('w:r', [])).toEqual({ 'w:r': {} });
    expect(empty('w:jc', { 'w:val': 'left' })).toEqual({ 'w:jc': { _attr: { 'w:val': 'left' } } });
    expect(element('w:p', [empty('w:pPr')])).toEqual({ 'w:p': [{ 'w:pPr': {} }] });
  });
});
