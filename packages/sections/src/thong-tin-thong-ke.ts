import { defineAreaSection } from '@baocao-khcn/core';
import { countFigure, optionalCount, paragraph, sentence, seriesFigure } from '@baocao-khcn/core/plugin';

/**
 * Thông tin, thống kê khoa học và công nghệ: registration of task results (Giấy chứng nhận đăng ký kết quả thực hiện
 * nhiệm vụ KH&CN), libraries and databases, bulletins and journals, statistics.
 *
 * Figures: `registrations` (giấy chứng nhận đăng ký kết quả), `publications` (số bản tin, tạp chí).
 *
 * @example
 * thongTinThongKe.results({ registrations: 13, results: [], plans: [], subsections: [] }, ctx)
 * // → "Cấp 13 Giấy chứng nhận đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ sử dụng ngân sách nhà nước."
 */
export const thongTinThongKe = defineAreaSection({
  id: 'thong-tin-thong-ke',
  title: 'Công tác thông tin, thống kê khoa học và công nghệ',
  description: 'Thông tin, thống kê KH&CN: đăng ký kết quả nhiệm vụ, thư viện, cơ sở dữ liệu, bản tin, tạp chí, thống kê.',
  indicators: {
    registrations: { kind: 'flow', label: 'Giấy chứng nhận đăng ký kết quả nhiệm vụ KH&CN', unit: 'giấy chứng nhận' },
    publications: { kind: 'flow', label: 'Số bản tin, tạp chí KH&CN phát hành', unit: 'số' },
  },
  figures: {
    registrations: optionalCount({ title: 'Đăng ký kết quả nhiệm vụ', description: 'Số giấy chứng nhận đăng ký kết quả thực hiện nhiệm vụ KH&CN đã cấp.' }),
    publications: optionalCount({ title: 'Số tạp chí, bản tin', description: 'Số kỳ tạp chí, bản tin KH&CN đã phát hành.' }),
  },
  summarize: (data, ctx) =>
    paragraph([
      data.registrations === undefined
        ? undefined
        : sentence([
            ['cấp ', seriesFigure(countFigure(data.registrations, 'Giấy chứng nhận đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ sử dụng ngân sách nhà nước'), 'registrations', ctx)],
          ]),
      data.publications === undefined
        ? undefined
        : sentence([['xuất bản, phát hành ', seriesFigure(countFigure(data.publications, 'số bản tin, tạp chí khoa học và công nghệ'), 'publications', ctx)]]),
    ]),
});
