import { composeReport, validateReport, type ReportInput } from '@baocao-khcn/core';
import { allSections } from '@baocao-khcn/sections';
import { describe, expect, it } from 'vitest';
import { profile } from '../custom-province/profile';
import { report } from '../custom-province/report';
import { customSections } from '../custom-province/sections';
import { documentText, headingSequence } from './fidelity';

const options = { profile, sections: [...allSections, ...customSections] };

describe('custom province (Thái Nguyên, quý III/2025)', () => {
  it('composes with standard sections after the merger and its own plugin', () => {
    const { document, diagnostics } = composeReport(report, options);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(document.header.numberLine).toBe('Số: 215/BC-SKHCN');
    expect(document.header.dateLine).toBe('Thái Nguyên, ngày 18 tháng 9 năm 2025');
    expect(document.to).toEqual(['Ủy ban nhân dân tỉnh Thái Nguyên', 'Sở Tài chính']);
    expect(headingSequence(document)).toEqual([
      'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ III NĂM 2025',
      expect.stringMatching(/^1\. /),
      '2. Chuyển đổi số, ứng dụng công nghệ thông tin',
      expect.stringMatching(/^3\. .*[Bb]ưu chính/),
      expect.stringMatching(/^4\. .*[Tt]iêu chuẩn/),
      '5. Chương trình phát triển sản phẩm chè Thái Nguyên',
      'II. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2025',
      expect.stringMatching(/^1\. /),
      '2. Chuyển đổi số',
      expect.stringMatching(/^3\. .*[Bb]ưu chính/),
      '4. Chương trình phát triển sản phẩm chè Thái Nguyên',
    ]);
    const text = documentText(document);
    expect(text).toContain('Triển khai 03 dự án, tổng kinh phí 2.750 triệu đồng, đã giải ngân 1.575 triệu đồng (57,27%).');
    expect(text).toContain('Hỗ trợ chế biến chè theo tiêu chuẩn VietGAP | 600 | 300');
    expect(document.meta.title).toBe('Kết quả hoạt động khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quý III năm 2025, nhiệm vụ trọng tâm quý IV năm 2025');
  });

  it("runs the province's own check with a path inside its data", () => {
    const input = structuredClone(report) as ReportInput & { body: { content: { data: { projects: { disbursed: number }[] } }[] }[] };
    input.body[0]!.content[4]!.data.projects[1]!.disbursed = 1000;
    expect(validateReport(input, options)).toContainEqual({
      code: 'chuong-trinh-che-thai-nguyen/over-budget',
      severity: 'error',
      path: ['body', 0, 'content', 4, 'data', 'projects', 1, 'disbursed'],
      message: 'Dự án "Truy xuất nguồn gốc chè trên nền tảng số" giải ngân 1000 triệu đồng, vượt kinh phí 950 triệu đồng.',
    });
  });

  it('warns when the post-merger profile is used for a period before it applies', () => {
    const input = { ...report, period: { kind: 'quarter', year: 2024, quarter: 3 }, issueDate: '2024-09-18' } as ReportInput;
    expect(validateReport(input, options).map((d) => d.code)).toContain('profile/not-applicable');
  });
});
