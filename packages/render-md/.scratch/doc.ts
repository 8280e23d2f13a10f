import type { ReportDocument } from '@baocao-khcn/core';
import { renderMarkdown } from '../src/index';
const t = (text: string, o: object = {}) => ({ type: 'text' as const, text, ...o });
const cell = (text: string, o: object = {}) => ({ paragraphs: [[t(text)]], colSpan: 1, rowSpan: 1, align: 'left' as const, bold: false, italic: false, ...o });
const doc: ReportDocument = {
  type: 'report',
  meta: { title: 'x', creator: 'y', language: 'vi-VN', kind: 'bao-cao' },
  header: { parentAgency: 'UBND TỈNH LẠNG SƠN', agency: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', numberLine: 'Số: 05/BC-SKHCN', nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', motto: 'Độc lập - Tự do - Hạnh phúc', dateLine: 'Lạng Sơn, ngày 05 tháng 02 năm 2024' },
  title: 'BÁO CÁO',
  subject: [t('Kết quả '), t('9 tháng', { italic: true }), t(' năm 2022')],
  to: ['Ủy ban nhân dân tỉnh'],
  body: [
    { type: 'heading', level: 1, style: 'roman', number: 'I.', children: [t('KẾT QUẢ')] },
    { type: 'heading', level: 2, style: 'arabic', number: '1.', children: [t('Công tác tham mưu')] },
    { type: 'paragraph', align: 'justify', indent: true, children: [t('Tổng số '), t('14 nhiệm vụ ', { bold: true }), t('trong đó'), { type: 'footnote', number: 1, children: [t('Gồm 04 + 10.\nDòng 2')] }, t(' và '), t('đậm nghiêng', { bold: true, italic: true }), t(';')] },
    { type: 'list', items: [{ marker: '-', children: [t('Xây dựng các báo cáo:')], items: [{ marker: '+', children: [t('Báo cáo A;')], items: [] }, { marker: 'a)', children: [t('Báo cáo B.')], items: [] }] }] },
    { type: 'table', columns: [{ width: 0.1 }, { width: 0.5 }, { width: 0.2 }, { width: 0.2 }], caption: [t('Đơn vị: triệu đồng')],
      headerRows: [
        { group: false, cells: [cell('STT', { rowSpan: 2, bold: true }), cell('Nội dung', { rowSpan: 2, bold: true }), cell('Kinh phí', { colSpan: 2, bold: true })] },
        { group: false, cells: [cell('Tổng'), cell('NS | tỉnh')] },
      ],
      rows: [
        { group: true, cells: [cell('I'), cell('Nhiệm vụ cấp tỉnh', { colSpan: 3 })] },
        { group: false, cells: [cell('1', { align: 'center' }), { ...cell('x'), paragraphs: [[t('Đề tài A')], [t('(mã 01)')]] }, cell('1.234,5', { align: 'right', rowSpan: 2 }), cell('2', { align: 'right' })] },
        { group: false, cells: [cell('2', { align: 'center' }), cell('- Đề tài B'), cell('3', { align: 'right' })] },
      ] },
  ],
  signature: { lines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], name: 'Nguyễn Văn A' },
  recipients: { label: 'Nơi nhận:', note: 'Bản điện tử:', items: ['Như trên;', 'Lưu: VT, VP.'] },
  appendices: [{ label: 'Phụ lục', title: [t('DANH MỤC NHIỆM VỤ')], subtitle: [t('(Kèm theo Báo cáo số 05/BC-SKHCN)')], orientation: 'landscape', blocks: [{ type: 'paragraph', align: 'left', indent: false, children: [t('Nội dung'), { type: 'footnote', number: 2, children: [t('Ghi chú')] }] }] }],
};
console.log(renderMarkdown(doc));
console.log('=====');
console.log(renderMarkdown(doc, { footnotes: 'inline', header: false, headingOffset: 1, mergedCells: 'first' }));
