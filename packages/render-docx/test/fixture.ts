/**
 * A realistic document tree for the tests: the Sở KH&CN Lạng Sơn report of 9 tháng 2022 (seed
 * 000), shortened, with every kind of node the renderer handles.
 */
import type { ReportDocument } from '@baocao-khcn/core';
import type { BlockNode, TableCellNode, TableNode, TableRowNode } from '@baocao-khcn/core/tree';
import { cell, documentOf, h, headerOf, li, p, row, t } from '@baocao-khcn/test-utils';

/** The text of the last row of the appendix table (asserted in the PDF). */
export const LAST_APPENDIX_ROW = 'Tổ chức thử nghiệm mẫu theo yêu cầu';
export const SIGNER = 'Triệu Ngọc Trung';
export const SUBJECT = 'Kết quả hoạt động khoa học và công nghệ 9 tháng đầu năm, phương hướng nhiệm vụ 3 tháng cuối năm 2022';

/** The body table: a group row, a cell merged over two rows, a cell merged over two columns. */
export function bodyTable(): TableNode {
  const head = (text: string, extra: Partial<TableCellNode> = {}) => cell(text, { align: 'center', bold: true, ...extra });
  return {
    type: 'table',
    columns: [{ width: 0.08 }, { width: 0.44 }, { width: 0.16 }, { width: 0.16 }, { width: 0.16 }],
    caption: [t('Bảng 1. Tình hình thực hiện nhiệm vụ KH&CN')],
    headerRows: [
      row([head('TT', { rowSpan: 2 }), head('Nội dung', { rowSpan: 2 }), head('Số lượng', { colSpan: 2 }), head('Ghi chú', { rowSpan: 2 })]),
      row([head('Kế hoạch'), head('Thực hiện')]),
    ],
    rows: [
      row([cell('I', { align: 'center' }), cell('NHIỆM VỤ CẤP TỈNH'), cell('50', { align: 'right' }), cell('50', { align: 'right' }), cell('')], true),
      row([cell('1', { align: 'center' }), cell('Đề tài, dự án chuyển tiếp'), cell('25', { align: 'right' }), cell('25', { align: 'right' }), cell('Đang thực hiện', { rowSpan: 2 })]),
      row([cell('2', { align: 'center' }), cell('Đề tài nghiệm thu'), cell('05', { align: 'right' }), cell('05', { align: 'right' })]),
      row([cell('II', { align: 'center' }), cell('NHIỆM VỤ CẤP CƠ SỞ'), cell('10', { align: 'right' }), cell('08', { align: 'right' }), cell('')], true),
      row([cell('Tổng cộng', { colSpan: 2, align: 'center', bold: true }), cell('60', { align: 'right', bold: true }), cell('58', { align: 'right', bold: true }), cell('')]),
    ],
  };
}

function appendixTable(): TableNode {
  const head = (text: string) => cell(text, { align: 'center', bold: true });
  const rows: TableRowNode[] = [row([cell('I', { align: 'center' }), cell('ĐÃ THỰC HIỆN: 04 nhiệm vụ', { colSpan: 6 })], true)];
  const tasks = [
    ['4502/UBND-KGVX\nNgày 09/8/2023', 'V/v Góp ý dự thảo QĐ của TTCP quy định về hồ sơ, trình tự, thủ tục thực hiện giám định chất lượng và giá trị máy móc, thiết bị', '18/8/2023', '17/8/2023', 'Đúng hạn', 'Công văn số 1036/KHCN-QLCN'],
    ['339/TB-UBND\nNgày 28/7/2023', 'Xây dựng mã QR thống nhất về TTHC thuộc phạm vi, chức năng quản lý của ngành để niêm yết công khai', '20/8/2023', '20/8/2023', 'Đúng hạn', 'Công văn số 1047/KHCN-VP'],
    ['3841/UBND-KGVX\nNgày 12/7/2023', 'V/v thông báo tuyển chọn tham gia Đề án đào tạo, bồi dưỡng nhân lực KH&CN ở trong nước và ngoài nước', '15/9/2023', '14/7/2023', 'Đúng hạn', 'Công văn số 867/KHCN-VP'],
  ];
  tasks.forEach((task, i) => {
    rows.push(row([cell(String(i + 1), { align: 'center' }), ...task.map((text, j) => cell(text, { align: j >= 2 && j <= 4 ? 'center' : 'left' }))]));
  });
  rows.push(row([cell('II', { align: 'center' }), cell('ĐANG THỰC HIỆN: 01 nhiệm vụ (trong hạn)', { colSpan: 6 })], true));
  rows.push(row([cell('1', { align: 'center' }), cell('3797/UBND-KGVX\nNgày 10/7/2023'), cell(LAST_APPENDIX_ROW), cell('30/9/2023', { align: 'center' }), cell(''), cell('Chưa đến hạn', { align: 'center' }), cell('')]));
  return {
    type: 'table',
    columns: [{ width: 0.05 }, { width: 0.15 }, { width: 0.34 }, { width: 0.1 }, { width: 0.1 }, { width: 0.1 }, { width: 0.16 }],
    headerRows: [row(['TT', 'Số/Ký hiệu VBCĐ', 'Nội dung công việc', 'Thời hạn', 'Ngày hoàn thành', 'Tiến độ', 'Kết quả xử lý'].map(head))],
    rows,
  };
}

const LONG =
  'Trong 9 tháng đầu năm 2022, Sở đã tập trung chỉ đạo triển khai đồng bộ các hoạt động về khoa học và công nghệ. ' +
  'Hoạt động nghiên cứu ứng dụng khoa học và công nghệ đã được triển khai theo đúng tiến độ đề ra. Nội dung các đề tài, ' +
  'dự án đều bám sát với định hướng phát triển kinh tế - xã hội của tỉnh, tập trung nghiên cứu và đề xuất các giải pháp ' +
  'nâng cao năng suất, chất lượng, hiệu quả quản lý, sản xuất và kinh doanh, khai thác các thế mạnh của tỉnh.';

/** The body blocks: I./1./6.1./a) headings, footnotes, "-"/"+" lists, a table. */
export function body(): BlockNode[] {
  return [
    p(
      'Thực hiện Công văn số 1506/SKHĐT-THKTXH ngày 03/8/2022 của Sở Kế hoạch và Đầu tư về việc báo cáo tình hình thực hiện kế hoạch phát triển KT-XH 9 tháng đầu năm; nhiệm vụ, giải pháp quý IV năm 2022, Sở Khoa học và Công nghệ báo cáo như sau:',
    ),
    h(1, 'roman', 'I.', 'ĐÁNH GIÁ CHUNG'),
    p(LONG),
    h(1, 'roman', 'II.', 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ 9 THÁNG ĐẦU NĂM 2022'),
    h(2, 'arabic', '1.', 'Công tác nghiên cứu khoa học và phát triển công nghệ'),
    p(
      'Quản lý và theo dõi 50',
      {
        type: 'footnote',
        number: 1,
        children: [
          t('Trong đó: 01 dự án thuộc Chương trình hỗ trợ ứng dụng và chuyển giao tiến bộ khoa học và công nghệ; lĩnh vực nông nghiệp và phát triển nông thôn 17; lĩnh vực khoa học xã hội - nhân văn 11.'),
        ],
      },
      ' đề tài, dự án. Tổ chức nghiệm thu kết quả thực hiện của 05',
      { type: 'footnote', number: 2, children: [t('Một số kết quả đạt được của các đề tài như sau: '), t('Mô hình', { italic: true }), t(' trồng cây Mắc Ca.')] },
      ' đề tài thuộc lĩnh vực khoa học xã hội nhân văn; diện tích 1.250 m',
      t('2', { superscript: true }),
      '.',
    ),
    {
      type: 'list',
      items: [
        li('-', 'Đề tài, dự án chuyển tiếp: 25 nhiệm vụ, trong đó:', [
          li('+', 'Lĩnh vực nông nghiệp: 17 nhiệm vụ;'),
          li('+', 'Lĩnh vực khoa học xã hội - nhân văn: 08 nhiệm vụ.'),
        ]),
        li('-', 'Đề tài, dự án mở mới năm 2022: 10 nhiệm vụ, được tuyển chọn tổ chức, cá nhân chủ trì theo đúng quy định hiện hành.'),
      ],
    },
    bodyTable(),
    h(2, 'arabic', '6.', 'Công tác tiêu chuẩn đo lường chất lượng'),
    h(3, 'decimal', '6.1.', 'Công tác Tiêu chuẩn – Chất lượng'),
    h(4, 'alpha', 'a)', 'Kiểm tra chất lượng hàng hóa nhập khẩu'),
    p(
      { type: 'text', text: 'Xử lý hồ sơ', bold: true },
      ' và cấp đăng ký kiểm tra chất lượng hàng hóa của tổ chức nhập khẩu: 1.119 lô',
      { type: 'footnote', number: 3, children: [t('770 lô qua Trung tâm phục vụ hành chính công tỉnh Lạng Sơn; 349 lô tiếp nhận qua hệ thống một cửa quốc gia.')] },
      ' thuộc trách nhiệm quản lý của Bộ Khoa học và Công nghệ.',
    ),
    h(1, 'roman', 'III.', 'PHƯƠNG HƯỚNG, NHIỆM VỤ 3 THÁNG CUỐI NĂM 2022'),
    p('Tiếp tục theo dõi tình hình thu chi tài chính, đề xuất điều chỉnh bổ sung dự toán.\nThực hiện báo cáo theo quy định\tvà theo yêu cầu.'),
    {
      type: 'paragraph',
      align: 'justify',
      indent: true,
      children: [
        t(
          'Trên đây là báo cáo kết quả hoạt động khoa học và công nghệ 9 tháng đầu năm và phương hướng nhiệm vụ 3 tháng cuối năm 2022 của Sở Khoa học và Công nghệ tỉnh Lạng Sơn. Kính gửi Sở Kế hoạch và Đầu tư tổng hợp./.',
        ),
      ],
    },
  ];
}

/**
 * The sample report: UBND TỈNH LẠNG SƠN / SỞ KHOA HỌC VÀ CÔNG NGHỆ, a draft number and date, a
 * BÁO CÁO with its trích yếu, signature KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC, Nơi nhận ending "- Lưu: VT, VP."
 * and a landscape appendix with a table.
 */
export function sampleReport(overrides: Partial<ReportDocument> = {}): ReportDocument {
  return documentOf({
    meta: { title: SUBJECT, creator: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', language: 'vi-VN', kind: 'BC', date: '2022-08-01' },
    header: headerOf({ numberLine: 'Số:      /BC-SKHCN', dateLine: 'Lạng Sơn, ngày      tháng 8 năm 2022' }),
    subject: [t(SUBJECT)],
    to: ['Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn'],
    body: body(),
    signature: { lines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], name: SIGNER },
    recipients: {
      label: 'Nơi nhận:',
      items: ['Như trên;', 'VP UBND tỉnh (b/c);', 'Cục Thống kê tỉnh;', 'Lãnh đạo Sở;', 'Các phòng, đơn vị thuộc Sở;', 'Lưu: VT, VP.'],
    },
    appendices: [
      {
        label: 'Phụ lục',
        title: [t('KẾT QUẢ THỰC HIỆN NHIỆM VỤ DO UBND TỈNH, CHỦ TỊCH UBND TỈNH GIAO THÁNG 9 NĂM 2022')],
        subtitle: [t('(Kèm theo Báo cáo số      /BC-SKHCN ngày      /8/2022 của Sở Khoa học và Công nghệ)')],
        orientation: 'landscape',
        blocks: [appendixTable()],
      },
    ],
    ...overrides,
  });
}
