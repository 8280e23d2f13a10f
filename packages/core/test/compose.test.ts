import { describe, expect, it } from 'vitest';
import { composeReport, ComposeError, validateReport } from '@baocao-khcn/core';
import type { HeadingNode } from '@baocao-khcn/core/tree';
import { counting, profile, sampleInput } from './fixtures';

describe('composeReport', () => {
  const options = { profile, sections: [counting] };

  it('builds the header, subject, numbered headings and footnotes', () => {
    const { document, diagnostics } = composeReport(sampleInput(), options);
    expect(diagnostics).toEqual([]);
    expect(document.header).toEqual({
      parentAgency: 'UBND TỈNH LẠNG SƠN',
      agency: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      numberLine: 'Số:      /BC-SKHCN',
      nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      dateLine: 'Lạng Sơn, ngày      tháng 8 năm 2022',
    });
    expect(document.title).toBe('BÁO CÁO');
    expect(document.meta.title).toBe('Kết quả hoạt động khoa học và công nghệ 9 tháng đầu năm 2022, phương hướng nhiệm vụ 3 tháng cuối năm 2022');
    const headings = document.body.filter((b): b is HeadingNode => b.type === 'heading').map((h) => `${h.number} ${h.children.map((c) => (c.type === 'text' ? c.text : '')).join('')}`);
    expect(headings).toEqual([
      'I. ĐÁNH GIÁ CHUNG',
      'II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 9 THÁNG ĐẦU NĂM 2022',
      '1. Công tác nghiên cứu',
      '1.1. Tiêu chuẩn',
      '1.2. Đo lường',
      '2. Công tác thử',
      'III. PHƯƠNG HƯỚNG, NHIỆM VỤ 3 THÁNG CUỐI NĂM 2022',
      '1. Nhiệm vụ thử',
    ]);
    expect(document.body[0]).toEqual({
      type: 'paragraph',
      align: 'justify',
      indent: true,
      children: [{ type: 'text', text: 'Thực hiện Công văn số 1506/SKHĐT-THKTXH ngày 03/8/2022 của Sở Kế hoạch và Đầu tư, Sở Khoa học và Công nghệ báo cáo như sau:' }],
    });
    const withFootnote = document.body.find((b) => b.type === 'paragraph' && b.children.some((c) => c.type === 'footnote'));
    expect(withFootnote).toEqual({
      type: 'paragraph', align: 'justify', indent: true,
      children: [
        { type: 'text', text: 'Quản lý và theo dõi 50' },
        { type: 'footnote', number: 1, children: [{ type: 'text', text: 'Trong đó: 30 đề tài, 20 dự án.' }] },
        { type: 'text', text: ' đề tài, dự án.' },
      ],
    });
    expect(document.signature).toEqual({ lines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], name: 'Nguyễn Thị Hà' });
    expect(document.body.find((b) => b.type === 'list')).toEqual({
      type: 'list',
      items: [
        { marker: '-', children: [{ type: 'text', text: 'Kiểm định' }], items: [] },
        { marker: '-', children: [{ type: 'text', text: 'Cân' }], items: [{ marker: '+', children: [{ type: 'text', text: 'Cân bàn' }], items: [] }] },
      ],
    });
  });

  it('reports a breakdown that does not add up, with its path, and still composes', () => {
    const input = sampleInput() as any;
    input.body[1].content[0].content[0][1].breakdown[1].value = 19;
    const { diagnostics } = composeReport(input, options);
    expect(diagnostics).toEqual([
      { code: 'figure/breakdown-sum', severity: 'warning', path: ['body', 1, 'content', 0, 'content', 0, 1, 'breakdown'], message: 'Tổng các thành phần (49) khác số liệu tổng (50).' },
    ]);
  });

  it('throws a ComposeError carrying diagnostics when no document can be made', () => {
    expect(() => composeReport({ period: 1 }, options)).toThrow(ComposeError);
    try {
      composeReport({}, options);
    } catch (error) {
      expect((error as ComposeError).diagnostics.map((d) => d.path[0])).toEqual(expect.arrayContaining(['issueDate', 'period', 'body', 'signer', 'recipients']));
    }
  });

  it('refuses two plugins with the same id', () => {
    expect(() => composeReport(sampleInput(), { profile, sections: [counting, counting] })).toThrow(/cùng id "dem-thu"/);
    expect(validateReport(sampleInput(), { profile, sections: [counting, counting] })[0]?.code).toBe('plugin/duplicate-id');
  });

  it('turns bad section data into diagnostics with paths inside the section', () => {
    const input = sampleInput() as any;
    input.body[1].content[1].data.done = -1;
    const diagnostics = validateReport(input, options);
    expect(diagnostics.map((d) => [d.code, d.path.join('.')])).toEqual([['schema/too_small', 'body.1.content.1.data.done']]);
    expect(diagnostics[0]?.message).toBe('Phải lớn hơn hoặc bằng 0 (nhận được -1).');
  });

  // One document number for header and appendix subtitle: `number: '5'` used to print `05` in the header and `5`
  // in the generated subtitle (a second, drifted formatter).
  it('prints the document number of the header in a generated appendix subtitle', () => {
    const subtitleOf = (number: string | number | undefined) => {
      const input = { ...sampleInput(), number, issueDate: '2022-09-05', appendices: [{ title: 'PHỤ LỤC', content: ['Nội dung.'] }] };
      const { document } = composeReport(input, options);
      const subtitle = document.appendices[0]?.subtitle?.map((c) => (c.type === 'text' ? c.text : '')).join('');
      return [document.header.numberLine, subtitle];
    };
    expect(subtitleOf('5')).toEqual(['Số: 05/BC-SKHCN', '(Kèm theo Báo cáo số 05/BC-SKHCN ngày 05/9/2022 của Sở Khoa học và Công nghệ)']);
    expect(subtitleOf(7)).toEqual(['Số: 07/BC-SKHCN', '(Kèm theo Báo cáo số 07/BC-SKHCN ngày 05/9/2022 của Sở Khoa học và Công nghệ)']);
    expect(subtitleOf(' 123 ')).toEqual(['Số: 123/BC-SKHCN', '(Kèm theo Báo cáo số 123/BC-SKHCN ngày 05/9/2022 của Sở Khoa học và Công nghệ)']);
  });

  it('keeps a draft’s blanks in a generated appendix subtitle, as the header has them', () => {
    const input = { ...sampleInput(), issueDate: { year: 2025, month: 6 }, appendices: [{ title: 'PHỤ LỤC', content: ['Nội dung.'] }] };
    const { document } = composeReport(input, options);
    const subtitle = document.appendices[0]?.subtitle?.map((c) => (c.type === 'text' ? c.text : '')).join('');
    expect([document.header.numberLine, document.header.dateLine]).toEqual(['Số:      /BC-SKHCN', 'Lạng Sơn, ngày      tháng 6 năm 2025']);
    expect(subtitle).toBe('(Kèm theo Báo cáo số      /BC-SKHCN ngày      /6/2025 của Sở Khoa học và Công nghệ)');
  });
});
