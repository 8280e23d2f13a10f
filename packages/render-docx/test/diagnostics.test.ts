import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '@baocao-khcn/core';
import type { BlockNode } from '@baocao-khcn/core/tree';
import { renderDocx } from '@baocao-khcn/render-docx';
import { cell, p, row, t } from '@baocao-khcn/test-utils';
import { sampleReport } from './fixture';
import { paragraphWith, render, tables, textOf } from './helpers';

/** Characters XML 1.0 forbids, as they may appear in any part. */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('text at the boundary', () => {
  it('removes characters XML forbids from every part and reports docx/invalid-char with the path', async () => {
    const dirty = sampleReport({
      title: 'BÁO\u0000 CÁO',
      body: [p('Số liệu\u0007 quý III\uffff', t('lỗi \ud800 cặp')), ...sampleReport().body],
      meta: { ...sampleReport().meta, title: 'Kết quả\u001b 9 tháng' },
    });
    const { parts, diagnostics } = await render(dirty);
    for (const [path, xml] of Object.entries(parts)) expect(FORBIDDEN.test(xml), path).toBe(false);
    const invalid = diagnostics.filter((d) => d.code === 'docx/invalid-char');
    expect(invalid.map((d) => d.path)).toEqual([
      ['title'],
      ['body', 0, 'children', 0, 'text'],
      ['body', 0, 'children', 1, 'text'],
      ['meta', 'title'],
    ]);
    expect(invalid[1]?.message).toBe('Đã bỏ 2 ký tự không hợp lệ trong XML (U+0007, U+FFFF).');
    expect(invalid.every((d) => d.severity === 'warning')).toBe(true);
    expect(textOf(paragraphWith(parts['word/document.xml'] ?? '', 'Số liệu'))).toBe('Số liệu quý IIIlỗi  cặp');
    expect(parts['docProps/core.xml']).toContain('<dc:title>Kết quả 9 tháng</dc:title>');
  });

  it('normalises text to NFC', async () => {
    const decomposed = 'Khoa học và công nghệ'.normalize('NFD');
    const { parts } = await render(sampleReport({ body: [p(decomposed)] }));
    const doc = parts['word/document.xml'] ?? '';
    expect(doc).toContain('Khoa học và công nghệ'.normalize('NFC'));
    expect(doc).not.toContain(decomposed);
  });

  it('escapes markup characters', async () => {
    const { parts } = await render(sampleReport({ body: [p('KH&CN <đặc biệt> "trích"')] }));
    expect(parts['word/document.xml']).toContain('KH&amp;CN &lt;đặc biệt&gt;');
  });
});

describe('unknown nodes', () => {
  it('throws an error naming an unknown block type and where it is', async () => {
    const doc = sampleReport({ body: [p('a'), { type: 'chart' } as unknown as BlockNode] });
    await expect(renderDocx(doc)).rejects.toThrow(new TypeError('render-docx: không có loại nút khối "chart" tại body[1] (các loại có: heading, paragraph, list, table)'));
  });

  it('throws an error naming an unknown inline type', async () => {
    const doc = sampleReport({ body: [{ type: 'paragraph', align: 'justify', indent: true, children: [{ type: 'link' } as never] }] });
    await expect(renderDocx(doc)).rejects.toThrow('render-docx: không có loại nút trong dòng "link" tại body[0].children[0] (các loại có: text, footnote)');
  });

  it('rejects a document of another type, and does not dispatch on prototype keys', async () => {
    await expect(renderDocx({ type: 'letter' } as unknown as ReportDocument)).rejects.toThrow(new TypeError('render-docx: không có loại nút văn bản "letter" (các loại có: report)'));
    const doc = sampleReport({ body: [{ type: 'constructor' } as unknown as BlockNode] });
    await expect(renderDocx(doc)).rejects.toThrow('render-docx: không có loại nút khối "constructor" tại body[0]');
  });
});

describe('footnotes', () => {
  it('keeps FootnoteNode.number as the id and renumbers a duplicate with a diagnostic', async () => {
    const note = (n: number, text: string) => ({ type: 'footnote' as const, number: n, children: [t(text)] });
    const { parts, diagnostics } = await render(sampleReport({ body: [p('a', note(1, 'một'), 'b', note(1, 'hai'), 'c', note(2, 'ba'))] }));
    const doc = parts['word/document.xml'] ?? '';
    expect([...doc.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => m[1])).toEqual(['1', '2', '3']);
    expect(diagnostics.filter((d) => d.code === 'docx/footnote-number')).toHaveLength(2);
    const notes = parts['word/footnotes.xml'] ?? '';
    expect(textOf(notes.match(/<w:footnote w:id="2">[\s\S]*?<\/w:footnote>/)?.[0] ?? '')).toBe(' hai');
  });
});

describe('tables', () => {
  it('pads a short row, clamps spans and reports docx/table-shape', async () => {
    const table: BlockNode = {
      type: 'table',
      columns: [{ width: 0.5 }, { width: 0.5 }],
      headerRows: [],
      rows: [row([cell('a', { colSpan: 3 })]), row([cell('b')]), row([cell('c'), cell('d'), cell('e')]), row([cell('f', { rowSpan: 4 }), cell('g')])],
    };
    const { parts, diagnostics } = await render(sampleReport({ body: [table], appendices: [] }));
    const xml = tables(parts['word/document.xml'] ?? '').find((x) => x.includes('>a<')) ?? '';
    const rows = xml.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    expect(rows.map((r) => (r.match(/<w:tc>/g) ?? []).length)).toEqual([1, 2, 2, 2]);
    expect(xml).not.toContain('>e<');
    expect(diagnostics.filter((d) => d.code === 'docx/table-shape').map((d) => d.path)).toEqual([
      ['body', 0, 'rows', 0, 'cells', 0, 'colSpan'],
      ['body', 0, 'rows', 1],
      ['body', 0, 'rows', 2, 'cells', 2],
      ['body', 0, 'rows', 3, 'cells', 0, 'rowSpan'],
    ]);
  });

  it('renormalises widths that do not sum to 1 (docx/table-widths, info)', async () => {
    const table: BlockNode = { type: 'table', columns: [{ width: 1 }, { width: 3 }], headerRows: [], rows: [row([cell('x'), cell('y')])] };
    const { parts, diagnostics } = await render(sampleReport({ body: [table], appendices: [] }));
    const xml = tables(parts['word/document.xml'] ?? '').find((x) => x.includes('>x<')) ?? '';
    expect([...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))).toEqual([2339, 7016]);
    expect(diagnostics.find((d) => d.code === 'docx/table-widths')?.severity).toBe('info');
  });
});

describe('header fit', () => {
  it('breaks an agency name too long for one line into two balanced lines', async () => {
    const sample = sampleReport();
    const { parentAgency: _drop, ...rest } = sample.header;
    const { diagnostics, parts } = await render({ ...sample, header: { ...rest, agency: 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN' } });
    expect(diagnostics).toEqual([]);
    expect(parts['word/document.xml']).toMatch(/ỦY BAN NHÂN DÂN<\/w:t><\/w:r><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:br\/><w:t[^>]*>TỈNH LẠNG SƠN/);
  });

  it('reports docx/header-overflow when an agency name cannot fit two lines at 12 pt', async () => {
    const sample = sampleReport();
    const doc: ReportDocument = { ...sample, header: { ...sample.header, agency: 'BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP VÀ KHU KINH TẾ CỬA KHẨU ĐỒNG ĐĂNG - LẠNG SƠN THUỘC ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN' } };
    const { diagnostics } = await render(doc);
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'docx/header-overflow', severity: 'warning', path: ['header', 'agency'] }),
    ]);
  });

  it('fits the seeds’ agency names on one line at 12–13 pt, Quốc hiệu at 12 pt, with any in-range margins', async () => {
    const agencies: [string | undefined, string][] = [
      ['UBND TỈNH LẠNG SƠN', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ'],
      ['UBND TỈNH BẮC KẠN', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ'],
      ['UBND TỈNH BẮC GIANG', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ'],
      [undefined, 'ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN'],
    ];
    for (const [parentAgency, agency] of agencies) {
      for (const margins of [{}, { left: 35, right: 20 }]) {
        const sample = sampleReport();
        const { diagnostics } = await render({ ...sample, header: { ...sample.header, parentAgency, agency } }, { margins });
        expect(diagnostics, `${agency} ${JSON.stringify(margins)}`).toEqual([]);
      }
    }
  });
});
