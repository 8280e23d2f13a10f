import { it } from 'vitest';
import type { ReportDocument } from '@baocao-khcn/core';
import { renderMarkdown } from '@baocao-khcn/render-md';

const document: ReportDocument = {
  type: 'report',
  meta: { title: 'Kết quả công tác tháng 9/2023', creator: 'Sở KH&CN Bắc Giang', language: 'vi-VN', kind: 'bao-cao' },
  header: {
    parentAgency: 'UBND TỈNH BẮC GIANG',
    agency: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
    numberLine: 'Số: 05/BC-KHCN',
    nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    dateLine: 'Bắc Giang, ngày 05 tháng 10 năm 2023',
  },
  title: 'BÁO CÁO',
  subject: [{ type: 'text', text: 'Kết quả công tác tháng 9/2023' }],
  to: ['Ủy ban nhân dân tỉnh'],
  body: [
    { type: 'heading', level: 1, style: 'roman', number: 'I.', children: [{ type: 'text', text: 'Thực hiện nhiệm vụ được giao' }] },
    {
      type: 'paragraph', align: 'justify', indent: true,
      children: [
        { type: 'text', text: 'Tổng số: ' },
        { type: 'text', text: '14 nhiệm vụ', bold: true },
        { type: 'footnote', number: 1, children: [{ type: 'text', text: '04 đã hoàn thành, 10 đang thực hiện.' }] },
        { type: 'text', text: '.' },
      ],
    },
    {
      type: 'list',
      items: [
        {
          marker: '-', children: [{ type: 'text', text: 'Xây dựng các báo cáo:' }],
          items: [{ marker: '+', children: [{ type: 'text', text: 'Công tác cải cách hành chính quý III;' }], items: [] }],
        },
      ],
    },
    {
      type: 'table',
      columns: [{ width: 0.15 }, { width: 0.85 }],
      headerRows: [{ group: false, cells: [
        { paragraphs: [[{ type: 'text', text: 'TT' }]], colSpan: 1, rowSpan: 1, align: 'center', bold: true, italic: false },
        { paragraphs: [[{ type: 'text', text: 'Nội dung' }]], colSpan: 1, rowSpan: 1, align: 'center', bold: true, italic: false },
      ] }],
      rows: [{ group: false, cells: [
        { paragraphs: [[{ type: 'text', text: '1' }]], colSpan: 1, rowSpan: 1, align: 'center', bold: false, italic: false },
        { paragraphs: [[{ type: 'text', text: 'Góp ý dự thảo | Thông tư' }]], colSpan: 1, rowSpan: 1, align: 'left', bold: false, italic: false },
      ] }],
    },
  ],
  signature: { lines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], name: 'Nguyễn Văn A' },
  recipients: { label: 'Nơi nhận:', items: ['Như trên;', 'Lưu: VT, VP.'] },
  appendices: [],
};

it('readme', () => {
  console.log('<<<' + renderMarkdown(document) + '>>>');
  console.log('<<<' + renderMarkdown(document, { header: false, headingOffset: 1, footnotes: 'inline' }) + '>>>');
});
