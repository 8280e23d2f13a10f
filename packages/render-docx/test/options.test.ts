import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '@baocao-khcn/core';
import { checkDocxOptions, ND30, renderDocx } from '@baocao-khcn/render-docx';
import { sampleReport } from './fixture';
import { attr, render, styleXml } from './helpers';

describe('checkDocxOptions', () => {
  it('accepts the defaults and in-range values', () => {
    expect(checkDocxOptions()).toEqual([]);
    expect(checkDocxOptions({ margins: { top: 25, bottom: 20, left: 35, right: 20 }, fontSize: 13, firstLineIndentCm: 1, lineSpacing: 1.5 })).toEqual([]);
  });

  it('reports each out-of-range margin in Vietnamese with its path', () => {
    expect(checkDocxOptions({ margins: { left: 25, top: 30 } })).toEqual<Diagnostic[]>([
      {
        code: 'docx/margin-range',
        severity: 'warning',
        path: ['options', 'margins', 'top'],
        message: 'Lề trên 30 mm nằm ngoài khoảng 20–25 mm theo Nghị định 30/2020/NĐ-CP; dùng 25 mm.',
      },
      {
        code: 'docx/margin-range',
        severity: 'warning',
        path: ['options', 'margins', 'left'],
        message: 'Lề trái 25 mm nằm ngoài khoảng 30–35 mm theo Nghị định 30/2020/NĐ-CP; dùng 30 mm.',
      },
    ]);
  });

  it('reports font size, indent, line spacing, wrong types and invalid dates', () => {
    const codes = checkDocxOptions({
      fontSize: 12,
      firstLineIndentCm: 2,
      lineSpacing: 2,
      margins: { right: Number.NaN },
      date: 'hôm qua',
    }).map((d) => `${d.code}:${d.severity}`);
    expect(codes).toEqual([
      'docx/option-type:error',
      'docx/font-size-range:warning',
      'docx/indent-range:warning',
      'docx/line-spacing-range:warning',
      'docx/date-invalid:warning',
    ]);
    expect(checkDocxOptions({ firstLineIndentCm: 2 })[0]?.message).toBe(
      'Thụt đầu dòng 2 cm nằm ngoài khoảng 1–1,27 cm theo Nghị định 30/2020/NĐ-CP; dùng 1,27 cm.',
    );
  });
});

describe('options in the rendered file', () => {
  it('applies in-range margins, font size, indent and line spacing', async () => {
    const { parts, diagnostics } = await render(sampleReport(), {
      margins: { top: 25, bottom: 22, left: 35, right: 20 },
      fontSize: 13,
      firstLineIndentCm: 1,
      lineSpacing: 1.5,
    });
    expect(diagnostics).toEqual([]);
    const doc = parts['word/document.xml'] ?? '';
    expect(attr(doc, 'w:pgMar', 'w:top')).toBe('1417');
    expect(attr(doc, 'w:pgMar', 'w:bottom')).toBe('1247');
    expect(attr(doc, 'w:pgMar', 'w:left')).toBe('1984');
    expect(attr(doc, 'w:pgMar', 'w:right')).toBe('1134');
    const normal = styleXml(parts['word/styles.xml'] ?? '', 'Normal');
    expect(normal).toContain('<w:sz w:val="26"/>');
    expect(normal).toContain('<w:ind w:firstLine="567"/>');
    expect(attr(normal, 'w:spacing', 'w:line')).toBe('360');
    // The narrower text area still fits the header: Quốc hiệu keeps one line, no overflow reported.
    const cols = [...doc.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].slice(0, 2).map((m) => Number(m[1]));
    expect(cols.reduce((a, b) => a + b, 0)).toBe(11906 - 1984 - 1134);
  });

  it('clamps out-of-range values and reports them through onDiagnostic', async () => {
    const { parts, diagnostics } = await render(sampleReport(), { margins: { left: 10, right: 40 }, fontSize: 20 });
    expect(diagnostics.map((d) => d.code)).toEqual(['docx/margin-range', 'docx/margin-range', 'docx/font-size-range']);
    const doc = parts['word/document.xml'] ?? '';
    expect(attr(doc, 'w:pgMar', 'w:left')).toBe('1701');
    expect(attr(doc, 'w:pgMar', 'w:right')).toBe('1134');
    expect(styleXml(parts['word/styles.xml'] ?? '', 'Normal')).toContain('<w:sz w:val="28"/>');
  });

  it('exposes the ND 30 constants', () => {
    expect(ND30.page).toMatchObject({ widthTwips: 11906, heightTwips: 16838 });
    expect(ND30.margins.left).toEqual({ min: 30, max: 35, default: 30 });
    expect(ND30.font.family).toBe('Times New Roman');
  });
});

describe('a bad option, as renderMarkdown treats one', () => {
  it('never throws: reports docx/option-type through onDiagnostic and renders with the default', async () => {
    const diagnostics: Diagnostic[] = [];
    const doc = sampleReport();
    const bytes = await renderDocx(doc, { fontSize: '14' as unknown as number, date: '2022-09-20', onDiagnostic: (d) => diagnostics.push(d) });
    expect(diagnostics).toEqual([
      { code: 'docx/option-type', severity: 'error', path: ['options', 'fontSize'], message: 'Cỡ chữ phải là một số; dùng giá trị mặc định 14 pt.' },
    ]);
    expect(bytes).toEqual(await renderDocx(doc, { date: '2022-09-20' }));
  });
});
