import { describe, expect, it } from 'vitest';
import { renderMarkdown, toMdast, type RenderMarkdownOptions } from './index';
import { cell, documentOf, p, t } from '@baocao-khcn/test-utils';
import type { Diagnostic, ReportDocument } from '@baocao-khcn/core';

const report: ReportDocument = documentOf({
  to: ['Ủy ban nhân dân tỉnh Lạng Sơn'],
  body: [
    { type: 'heading', level: 1, style: 'roman', number: 'I.', children: [t('KẾT QUẢ THỰC HIỆN')] },
    { type: 'heading', level: 2, style: 'arabic', number: '1.', children: [t('Công tác tham mưu')] },
    p(t('Tổng số: '), t('14', { bold: true }), t(' nhiệm vụ'), { type: 'footnote', number: 1, children: [t('Gồm 04 nhiệm vụ hoàn thành và 10 nhiệm vụ đang thực hiện.')] }, t('.')),
    { type: 'list', items: [{ marker: '-', children: [t('Đã thực hiện: 04 nhiệm vụ;')], items: [{ marker: '+', children: [t('Báo cáo tháng 8;')], items: [] }] }] },
    {
      type: 'table',
      columns: [{ width: 0.2 }, { width: 0.8 }],
      headerRows: [{ group: false, cells: [cell('STT', { bold: true }), cell('Nhiệm vụ', { bold: true })] }],
      rows: [{ group: false, cells: [cell('1', { align: 'center' }), cell('Báo cáo tháng 8')] }],
    },
  ],
  signature: { lines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], name: 'Nguyễn Văn A' },
  appendices: [{ label: 'Phụ lục', title: [t('DANH MỤC')], orientation: 'landscape', blocks: [p(t('Xem'), { type: 'footnote', number: 2, children: [t('Bảng kèm theo.')] })] }],
});

const golden = `| UBND TỈNH LẠNG SƠN | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
| :-: | :-: |
| **SỞ KHOA HỌC VÀ CÔNG NGHỆ** | **Độc lập - Tự do - Hạnh phúc** |
| Số: 05/BC-SKHCN | *Lạng Sơn, ngày 05 tháng 02 năm 2024* |

# BÁO CÁO

**Kết quả công tác tháng 9/2023**

Kính gửi: Ủy ban nhân dân tỉnh Lạng Sơn

## I. KẾT QUẢ THỰC HIỆN

### 1. Công tác tham mưu

Tổng số: **14** nhiệm vụ[^1].

- Đã thực hiện: 04 nhiệm vụ;
  - Báo cáo tháng 8;

| STT | Nhiệm vụ |
| :-: | - |
| 1 | Báo cáo tháng 8 |

**KT. GIÁM ĐỐC**\\
**PHÓ GIÁM ĐỐC**

**Nguyễn Văn A**

**_Nơi nhận:_**

- Như trên;
- Lưu: VT, VP.

---

# Phụ lục: DANH MỤC

Xem[^2]

[^1]: Gồm 04 nhiệm vụ hoàn thành và 10 nhiệm vụ đang thực hiện.

[^2]: Bảng kèm theo.
`;

describe('@baocao-khcn/render-md', () => {
  it('exports exactly renderMarkdown and toMdast', async () => {
    expect(Object.keys(await import('./index')).sort()).toEqual(['renderMarkdown', 'toMdast']);
  });

  it('renders a whole document', () => {
    expect(renderMarkdown(report)).toBe(golden);
  });

  it('omits the header block, shifts headings and inlines footnotes on request', () => {
    const md = renderMarkdown(report, { header: false, headingOffset: 1, footnotes: 'inline' });
    expect(md.startsWith('## BÁO CÁO\n\n**Kết quả công tác tháng 9/2023**\n\n')).toBe(true);
    expect(md).toContain('\n### I. KẾT QUẢ THỰC HIỆN\n\n#### 1. Công tác tham mưu\n');
    expect(md).toContain('Tổng số: **14** nhiệm vụ (Gồm 04 nhiệm vụ hoàn thành và 10 nhiệm vụ đang thực hiện.).\n');
    expect(md).toContain('\n## Phụ lục: DANH MỤC\n\nXem (Bảng kèm theo.)\n');
    expect(md).not.toContain('[^');
    expect(md).not.toContain('CỘNG HÒA');
  });

  it('is deterministic and does not mutate its input', () => {
    const before = JSON.stringify(report);
    const first = renderMarkdown(report);
    expect(renderMarkdown(report)).toBe(first);
    expect(renderMarkdown(structuredClone(report))).toBe(first);
    expect(JSON.stringify(report)).toBe(before);
  });

  it('returns the mdast tree with toMdast', () => {
    const root = toMdast(report, { header: false });
    expect(root.type).toBe('root');
    expect(root.children[0]).toEqual({ type: 'heading', depth: 1, children: [{ type: 'text', value: 'BÁO CÁO' }] });
    expect(root.children.at(-1)).toEqual({
      type: 'footnoteDefinition',
      identifier: '2',
      label: '2',
      children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Bảng kèm theo.' }] }],
    });
  });

  it('rejects a document of another type (TypeError, as renderDocx)', () => {
    expect(() => renderMarkdown({ type: 'letter' } as unknown as ReportDocument)).toThrow(new TypeError('render-md: không có loại nút văn bản "letter" (các loại có: report)'));
  });

  it('reports a bad option as md/option-type and uses its default (as renderDocx reports docx/option-type)', () => {
    const diagnostics: Diagnostic[] = [];
    const bad = { footnotes: 'end', headingOffset: 1.5, header: 'yes', bullet: '>', mergedCells: 3 } as unknown as RenderMarkdownOptions;
    const md = renderMarkdown(report, { ...bad, onDiagnostic: (d) => diagnostics.push(d) });
    expect(md).toBe(renderMarkdown(report));
    expect(diagnostics).toEqual([
      { code: 'md/option-type', severity: 'error', path: ['options', 'headingOffset'], message: 'Tùy chọn headingOffset phải là một số nguyên (nhận được 1,5); dùng giá trị mặc định 0.' },
      { code: 'md/option-type', severity: 'error', path: ['options', 'header'], message: 'Tùy chọn header phải là true hoặc false (nhận được "yes"); dùng giá trị mặc định true.' },
      { code: 'md/option-type', severity: 'error', path: ['options', 'footnotes'], message: 'Tùy chọn footnotes phải là "gfm" hoặc "inline" (nhận được "end"); dùng giá trị mặc định "gfm".' },
      { code: 'md/option-type', severity: 'error', path: ['options', 'bullet'], message: 'Tùy chọn bullet phải là "-", "*" hoặc "+" (nhận được ">"); dùng giá trị mặc định "-".' },
      { code: 'md/option-type', severity: 'error', path: ['options', 'mergedCells'], message: 'Tùy chọn mergedCells phải là "repeat" hoặc "first" (nhận được 3); dùng giá trị mặc định "repeat".' },
    ]);
    expect(() => toMdast(report, bad)).not.toThrow();
  });
});
