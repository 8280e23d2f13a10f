import { defineSection } from '@baocao-khcn/core';
import { comparisonTable } from '@baocao-khcn/core/plugin';
import { z } from 'zod';

/**
 * Biểu số liệu — the comparison table reports attach: Chỉ tiêu | Đơn vị tính | Kỳ này | Cùng kỳ | Tăng/giảm (%) |
 * Lũy kế từ đầu năm | Kế hoạch năm | % kế hoạch, one row per indicator of the report, computed from the report's
 * `history` (pass it to `composeReport`). `indicators` chooses and orders the rows (ids `<section-id>/<figure-path>`);
 * by default every indicator of the report. Cells the history cannot give are "-" (and an info diagnostic names the
 * missing periods). Composed into an ordinary table, so every renderer prints it.
 *
 * @example
 * // appendices: [{ label: 'Phụ lục', title: 'BIỂU SỐ LIỆU', content: [{ type: 'section', section: 'bieu-so-lieu', heading: false,
 * //   data: { indicators: ['tieu-chuan-do-luong-chat-luong/samples.tested'] } }] }]
 * // → | 1 | Mẫu hàng hóa thử nghiệm | mẫu | 38 | 35 | 8,6 | 502 | 700 | 71,7 |
 */
export const bieuSoLieu = defineSection({
  id: 'bieu-so-lieu',
  title: 'Biểu số liệu một số chỉ tiêu chủ yếu',
  description: 'Biểu so sánh các chỉ tiêu: kỳ này, cùng kỳ năm trước, tăng/giảm, lũy kế từ đầu năm, kế hoạch năm và % kế hoạch (tính từ lịch sử báo cáo).',
  schema: z.object({
    indicators: z.array(z.string().min(1)).optional().meta({ title: 'Các chỉ tiêu', description: 'Các chỉ tiêu (mã <lĩnh vực>/<số liệu>) theo thứ tự dòng của biểu; mặc định mọi chỉ tiêu của báo cáo.' }),
    caption: z.string().optional().meta({ title: 'Ghi chú trên biểu', description: 'Dòng ghi chú phía trên biểu, ví dụ "Đơn vị tính: như từng chỉ tiêu".' }),
  }),
  results: (data, ctx) => {
    const year = ctx.series?.span?.year;
    if (!ctx.series || year === undefined) return [];
    const rows = ctx.series.rows(data.indicators);
    return rows.length === 0 ? [] : [comparisonTable(rows, data.caption === undefined ? { year } : { year, caption: data.caption })];
  },
});
