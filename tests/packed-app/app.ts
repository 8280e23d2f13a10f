// A new app's report, written from the READMEs: the four packed packages, a custom section and the standard ones.
import { composeReport, defineProfile, defineSection, section, validateReport, type Diagnostic, type ReportInput } from '@baocao-khcn/core';
import { formatCount } from '@baocao-khcn/core/format';
import { countFigure } from '@baocao-khcn/core/plugin';
import type { ReportDocument } from '@baocao-khcn/core/tree';
import { allSections, nghienCuuKhcn } from '@baocao-khcn/sections';
import { renderDocx } from '@baocao-khcn/render-docx';
import { renderMarkdown } from '@baocao-khcn/render-md';
import { z } from 'zod';

const profile = defineProfile({
  id: 'thai-nguyen-skhcn', name: 'Sở KH&CN Thái Nguyên',
  agency: { parent: 'UBND TỈNH THÁI NGUYÊN', name: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', code: 'SKHCN', place: 'Thái Nguyên' },
  headingScheme: ['roman', 'arabic', 'decimal', 'alpha'],
  parts: [{ id: 'results', title: 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ {{upper period}}', mode: 'results' }],
  templates: { subject: 'Kết quả hoạt động khoa học và công nghệ {{period}}' },
});

const ocop = defineSection({
  id: 'chuong-trinh-ocop', title: 'Chương trình OCOP',
  schema: z.object({ products: z.number().int().nonnegative() }),
  results: (data) => [['Hỗ trợ ', countFigure(data.products, 'sản phẩm'), ' OCOP.']],
});
const sections = [...allSections, ocop] as const;

export const report: ReportInput<typeof sections> = {
  issueDate: '2025-09-18', number: 7, period: { kind: 'quarter', year: 2025, quarter: 3 },
  body: [{ part: 'results', content: [
    { type: 'section', section: 'nghien-cuu-khcn', data: { accepted: 3 } },
    section(nghienCuuKhcn, { inspected: 2 }, { heading: false }),
    section(ocop, { products: formatCount(4) === '04' ? 4 : 0 }),
  ] }],
  signer: { title: 'GIÁM ĐỐC', name: 'Nguyễn Văn A' },
  recipients: { items: ['Như trên;', 'Lưu: VT, VP.'] },
};

const diagnostics: Diagnostic[] = validateReport(report, { profile, sections });
const { document }: { document: ReportDocument } = composeReport(report, { profile, sections });
const docx: Uint8Array = await renderDocx(document);
const markdown: string = renderMarkdown(document);
console.log(JSON.stringify({ diagnostics: diagnostics.length, numberLine: document.header.numberLine, docx: docx.length > 1000, ocop: markdown.includes('Hỗ trợ 04 sản phẩm OCOP.') }));
