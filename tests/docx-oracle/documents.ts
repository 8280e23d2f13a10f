/**
 * The documents of the .docx oracle: every example report, and hand-made documents that reach every node kind,
 * option and diagnostic of render-docx (footnotes, nested lists, merged and misshapen tables, appendices in both
 * orientations, each heading number style, signature and recipient forms, hostile text, option ranges).
 */
import { composeReport, type ReportDocument } from '@baocao-khcn/core';
import type { BlockNode, InlineNode, ListItemNode, NumberStyle, TableCellNode, TableNode } from '@baocao-khcn/core/tree';
import type { DocxOptions } from '@baocao-khcn/render-docx';
import { examples } from '@baocao-khcn/examples/registry';
import { largeReport } from '../../bench/large-report';
import { allSections } from '@baocao-khcn/sections';
import { row, t } from '@baocao-khcn/test-utils';

/** One oracle case: a document and the options it is rendered with. */
export type OracleCase = { name: string; document: ReportDocument; options?: DocxOptions };

const p = (children: InlineNode[], align: 'justify' | 'left' | 'center' | 'right' = 'justify', indent = true): BlockNode => ({
  type: 'paragraph',
  children,
  align,
  indent,
});
const h = (level: number, style: NumberStyle, number: string, children: InlineNode[]): BlockNode => ({ type: 'heading', level, style, number, children });
const note = (number: number, text: string): InlineNode => ({ type: 'footnote', number, children: [t(text)] });
const li = (marker: string, children: InlineNode[], items: ListItemNode[] = []): ListItemNode => ({ marker, children, items });
const cell = (paragraphs: InlineNode[][], extra: Partial<TableCellNode> = {}): TableCellNode => ({
  paragraphs,
  colSpan: 1,
  rowSpan: 1,
  align: 'left',
  bold: false,
  italic: false,
  ...extra,
});
const c = (text: string, extra: Partial<TableCellNode> = {}): TableCellNode => cell([[t(text)]], extra);

function base(overrides: Partial<ReportDocument> = {}): ReportDocument {
  return {
    type: 'report',
    meta: { title: 'Báo cáo kết quả', creator: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', language: 'vi-VN', kind: 'BC', date: '2023-09-20' },
    header: {
      parentAgency: 'UBND TỈNH LẠNG SƠN',
      agency: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      numberLine: 'Số:      /BC-SKHCN',
      nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      dateLine: 'Lạng Sơn, ngày      tháng 9 năm 2023',
    },
    title: 'BÁO CÁO',
    subject: [t('Kết quả công tác tháng 9/2023, nhiệm vụ công tác tháng 10/2023')],
    to: ['Ủy ban nhân dân tỉnh Lạng Sơn'],
    body: [p([t('Một đoạn.')])],
    signature: { lines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], name: 'Triệu Ngọc Trung' },
    recipients: { label: 'Nơi nhận:', items: ['Như trên;', 'Lưu: VT, VP.'] },
    appendices: [],
    ...overrides,
  };
}

/** A table with header rows, merged cells both ways, group rows, alignments, several paragraphs in a cell. */
function mergedTable(): TableNode {
  const head = (text: string, extra: Partial<TableCellNode> = {}) => c(text, { align: 'center', bold: true, ...extra });
  return {
    type: 'table',
    columns: [{ width: 0.08 }, { width: 0.44 }, { width: 0.16 }, { width: 0.16 }, { width: 0.16 }],
    caption: [t('Bảng 1. Tình hình thực hiện'), note(7, 'Chú thích ở chú đề bảng.')],
    headerRows: [
      row([head('TT', { rowSpan: 2 }), head('Nội dung', { rowSpan: 2 }), head('Số lượng', { colSpan: 2 }), head('Ghi chú', { rowSpan: 2 })]),
      row([head('Kế hoạch'), head('Thực hiện')]),
    ],
    rows: [
      row([c('I', { align: 'center' }), c('NHIỆM VỤ CẤP TỈNH'), c('50', { align: 'right' }), c('50', { align: 'right' }), c('')], true),
      row([c('1', { align: 'center' }), c('Đề tài\nchuyển tiếp'), c('25', { align: 'right' }), c('2\t5', { align: 'right' }), c('Đang làm', { rowSpan: 2, italic: true })]),
      row([c('2', { align: 'center' }), cell([[t('Đề tài '), t('nghiệm thu', { bold: true }), note(8, 'Trong bảng.')], [t('Đoạn hai', { italic: true, superscript: true })], []]), c('05', { align: 'justify' }), c('05')]),
      row([c('Tổng cộng', { colSpan: 2, align: 'center', bold: true }), c('60', { align: 'right', bold: true }), c('58'), c('')]),
      row([]),
    ],
  };
}

/** Tables whose shape or widths are wrong (diagnostics, filler cells). */
function badTables(): BlockNode[] {
  return [
    { type: 'table', columns: [], headerRows: [], rows: [row([c('a'), c('b'), c('c')]), row([c('d')])] },
    {
      type: 'table',
      columns: [{ width: 0.5 }, { width: 0.2 }, { width: Number.NaN }],
      headerRows: [row([c('A', { colSpan: 5 })])],
      rows: [row([c('x', { rowSpan: 9 }), c('y'), c('z'), c('extra')]), row([c('only')]), row([c('p', { colSpan: 0, rowSpan: -1 }), c('q')])],
    },
  ];
}

function headings(): BlockNode[] {
  return [
    h(1, 'part', 'Phần I', [t('Kết quả thực hiện')]),
    h(1, 'roman', 'I.', [t('Khác kiểu cấp 1')]),
    h(2, 'roman', 'I.', [t('Công tác '), t('tham mưu', { italic: true }), note(3, 'Chú thích trong đề mục.')]),
    h(3, 'arabic', '1.', [t('Ba')]),
    h(3, 'alpha', 'a)', [t('Khác kiểu cấp 3')]),
    h(4, 'alpha', 'a)', [t('Bốn')]),
    h(5, 'upper-alpha', 'A.', [t('Năm')]),
    h(6, 'decimal', '1.1.', [t('Sáu')]),
    h(7, 'none', '', [t('Không số')]),
    h(8, 'part', 'Phần II', []),
    h(12, 'arabic', '9.', [t('Sâu quá')]),
    h(0, 'roman', 'X.', [t('Cấp 0')]),
  ];
}

function lists(): BlockNode {
  return {
    type: 'list',
    items: [
      li('-', [t('Một;')], [li('+', [t('Một một'), note(4, 'Trong danh sách.')], [li('*', [t('Sâu ba')])])]),
      li('-', [t('Hai, có '), t('đậm', { bold: true }), t(' và\nxuống dòng\tvà tab.')]),
      li('', [t('Không dấu')]),
    ],
  };
}

const HOSTILE = 'Ký tự cấm \u0000\u0007\u000b\u001f\ufffe\uffff, nửa cặp \ud800 và \udc00, emoji 😀, "ngoặc" \'đơn\' <thẻ> & {ngoặc nhọn} {0} {{x}} ]]> \r\n dòng \r mới';

function everything(): ReportDocument {
  return base({
    subject: [t('Trích yếu có chú thích'), note(1, 'Chú thích của trích yếu.'), t(' và tiếp.')],
    to: ['Ủy ban nhân dân tỉnh Lạng Sơn', 'Sở Kế hoạch và Đầu tư;', '  ', 'Sở Tài chính.'],
    body: [
      ...headings(),
      p([t('Quản lý 50'), note(1, 'Trùng số với trích yếu.'), t(' đề tài'), note(2.5, 'Số lẻ.'), t(', '), note(-1, 'Số âm.'), note(2, 'Hai.')]),
      p([t('Căn trái', { bold: true, italic: true })], 'left', false),
      p([t('Căn giữa')], 'center'),
      p([t('Căn phải  với  khoảng trắng ')], 'right', false),
      p([]),
      lists(),
      mergedTable(),
      ...badTables(),
    ],
    signature: { lines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'phó chủ tịch'], name: 'Nguyễn Văn A' },
    recipients: { label: 'Nơi nhận:', note: '(để báo cáo)', items: ['Như trên;', '- Có gạch rồi;', '+ Cộng;', '   ', 'Lưu: VT, VP.'] },
    appendices: [
      { label: 'Phụ lục I', title: [t('DANH MỤC ĐỀ TÀI')], subtitle: [t('(Kèm theo Báo cáo số …)')], orientation: 'landscape', blocks: [mergedTableNoNotes(), p([t('Sau bảng.')])] },
      { title: [t('KHÔNG NHÃN')], orientation: 'portrait', blocks: [lists(), h(2, 'arabic', '1.', [t('Đề mục phụ lục')])] },
      { label: '  ', title: [], orientation: 'portrait', blocks: [] },
      { label: 'Phụ lục III', title: [t('Ngang trống')], subtitle: [], orientation: 'landscape', blocks: [] },
    ],
  });
}

/** The merged table without footnotes (an appendix table). */
function mergedTableNoNotes(): TableNode {
  const table = mergedTable();
  const strip = (nodes: InlineNode[]): InlineNode[] => nodes.filter((n) => n.type === 'text');
  return {
    ...table,
    caption: undefined,
    rows: table.rows.map((r) => ({ ...r, cells: r.cells.map((x) => ({ ...x, paragraphs: x.paragraphs.map(strip) })) })),
  } as TableNode;
}

function hostile(): ReportDocument {
  return base({
    meta: { title: `Tiêu đề ${HOSTILE}`, creator: 'Sở <KH&CN> "x"', language: 'vi-VN', kind: '', date: 'không phải ngày' },
    header: {
      agency: 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN CÓ TÊN RẤT RẤT DÀI KHÔNG VỪA MỘT DÒNG NÀO CẢ',
      numberLine: `Số: {số}/BC-SKHCN \u0001`,
      nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM &',
      motto: 'Độc lập - Tự do - Hạnh phúc & <b>',
      dateLine: `Lạng Sơn, ngày {{ngày}} tháng 9 năm 2023 ${HOSTILE}`,
    },
    title: `báo cáo đặc biệt {x} \u0002 ${HOSTILE}`,
    subject: [t(HOSTILE), { type: 'footnote', number: 5, children: [t(HOSTILE), t(' đậm', { bold: true })] }],
    to: [HOSTILE],
    body: [
      h(2, 'arabic', `1.${HOSTILE}`, [t(HOSTILE)]),
      p([t(HOSTILE, { bold: true }), t('\t\ttab đầu'), t('\n')]),
      { type: 'list', items: [li(`-\u0003`, [t(HOSTILE)])] },
      { type: 'table', columns: [{ width: 0.3 }, { width: 0.7 }], headerRows: [row([c(HOSTILE), c('{}')])], rows: [row([c(HOSTILE, { bold: true }), c('{abc}\n\t')])], caption: [t('{chú đề}')] },
    ],
    signature: { lines: [HOSTILE, ''], name: `Tên {x} ${HOSTILE}` },
    recipients: { label: `Nơi nhận: ${HOSTILE}`, note: HOSTILE, items: [HOSTILE] },
    appendices: [{ label: HOSTILE, title: [t(HOSTILE)], subtitle: [t(HOSTILE)], orientation: 'landscape', blocks: [p([t(HOSTILE)])] }],
  });
}

function minimal(): ReportDocument {
  return base({
    meta: { title: '', creator: '', language: '' as 'vi-VN', kind: '' },
    header: { agency: 'SỞ KHOA HỌC\nVÀ CÔNG NGHỆ', numberLine: '', nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', motto: '', dateLine: '' },
    title: '',
    subject: [],
    to: [],
    body: [],
    signature: { lines: [], name: '' },
    recipients: { label: '', items: [] },
  });
}

/** A long table (the size the renderer used to write itself, and above). */
function longTable(rows: number): ReportDocument {
  const { document } = composeReport(largeReport(rows), { profile: examples[0]!.profile, sections: allSections });
  return document;
}

/** Every oracle case, in a fixed order. */
export function oracleCases(): OracleCase[] {
  const cases: OracleCase[] = examples.map((ex) => ({
    name: `example-${ex.id}`,
    document: composeReport(ex.input, { profile: ex.profile, sections: ex.sections }).document,
  }));
  cases.push(
    { name: 'everything', document: everything() },
    { name: 'everything-13pt-wide', document: everything(), options: { fontSize: 13, margins: { top: 25, bottom: 25, left: 35, right: 20 }, firstLineIndentCm: 1, lineSpacing: 1.5, date: '2024-02-29T10:11:12Z' } },
    { name: 'everything-out-of-range', document: everything(), options: { fontSize: 20, margins: { top: 5, bottom: 90, left: 10, right: 40 }, firstLineIndentCm: 3, lineSpacing: 0.5, date: 'hôm qua' } },
    { name: 'everything-wrong-types', document: everything(), options: { fontSize: 'lớn' as unknown as number, lineSpacing: Number.NaN, date: new Date('2022-08-01T00:00:00Z') } },
    { name: 'hostile', document: hostile() },
    { name: 'minimal', document: minimal() },
    { name: 'no-parent-one-to', document: base({ header: { ...base().header, parentAgency: undefined } }) },
    { name: 'long-table-40', document: longTable(40) },
    { name: 'long-table-600', document: longTable(600) },
  );
  return cases;
}
