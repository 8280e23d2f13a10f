/** A report whose appendix table has `rows` rows (the scaling benchmark and the large-input tests). */
import type { ReportInput } from '@baocao-khcn/core';

export function largeReport(rows: number): ReportInput {
  return {
    issueDate: '2023-10-05',
    number: 7,
    period: { kind: 'month', year: 2023, month: 9 },
    subject: 'Kết quả công tác tháng 9/2023 (phụ lục lớn)',
    body: [{ part: 'results', content: ['Đoạn mở đầu.', { type: 'list', items: ['Một', 'Hai'] }] }],
    signer: { mode: 'KT', for: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Triệu Ngọc Trung' },
    recipients: { items: ['Như trên;', 'Lưu: VT, VP.'] },
    appendices: [
      {
        label: 'Phụ lục',
        title: 'DANH MỤC PHƯƠNG TIỆN ĐO ĐÃ KIỂM ĐỊNH',
        orientation: 'landscape',
        content: [
          {
            type: 'table',
            columns: [
              { title: 'TT', width: 0.06 },
              { title: 'Phương tiện đo', width: 0.34 },
              { title: 'Cơ sở', width: 0.3 },
              { title: 'Số lượng', width: 0.1 },
              { title: 'Ngày kiểm định', width: 0.1 },
              { title: 'Kết quả', width: 0.1 },
            ],
            rows: Array.from({ length: rows }, (_, i) => [
              String(i + 1),
              `Cân đồng hồ lò xo số hiệu ${100000 + i}`,
              `Cửa hàng số ${(i % 500) + 1}, phường Hoàng Văn Thụ`,
              [{ type: 'figure', value: (i % 9) + 1, format: 'count' }],
              `${(i % 28) + 1}/9/2023`,
              i % 17 === 0 ? 'Không đạt' : 'Đạt',
            ]),
          },
        ],
      },
    ],
  };
}
