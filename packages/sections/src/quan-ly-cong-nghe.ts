import { defineAreaSection } from '@baocao-khcn/core';
import { countFigure, optionalCount, paragraph, sentence, seriesFigure } from '@baocao-khcn/core/plugin';

/**
 * Quản lý công nghệ: technology appraisal of investment projects and plans (thẩm định, có ý kiến về công nghệ),
 * environmental permit dossiers, and registrations of technology transfer.
 *
 * Figures: `appraisals` (dự án đầu tư, quy hoạch), `environmentalPermits` (dự án có hồ sơ cấp Giấy phép môi trường),
 * `transfers` (Giấy chứng nhận đăng ký chuyển giao công nghệ).
 *
 * @example
 * quanLyCongNghe.results({ appraisals: 45, environmentalPermits: 9, results: [], plans: [], subsections: [] }, ctx)
 * // → "Thẩm định, tham gia ý kiến về công nghệ đối với hồ sơ của 45 dự án đầu tư, quy hoạch;
 * //    tham gia thẩm định hồ sơ đề nghị cấp Giấy phép môi trường cho 09 dự án đầu tư."
 */
export const quanLyCongNghe = defineAreaSection({
  id: 'quan-ly-cong-nghe',
  title: 'Công tác quản lý công nghệ',
  description: 'Quản lý công nghệ: thẩm định, đánh giá công nghệ dự án đầu tư, chuyển giao công nghệ.',
  indicators: {
    appraisals: { kind: 'flow', label: 'Dự án được thẩm định, góp ý về công nghệ', unit: 'dự án' },
    environmentalPermits: { kind: 'flow', label: 'Hồ sơ giấy phép môi trường được thẩm định', unit: 'dự án' },
    transfers: { kind: 'flow', label: 'Giấy chứng nhận đăng ký chuyển giao công nghệ', unit: 'giấy chứng nhận' },
  },
  figures: {
    appraisals: optionalCount({ title: 'Thẩm định, góp ý công nghệ', description: 'Số dự án đầu tư, quy hoạch được thẩm định hoặc góp ý về công nghệ.' }),
    environmentalPermits: optionalCount({ title: 'Hồ sơ giấy phép môi trường', description: 'Số dự án được thẩm định hồ sơ đề nghị cấp Giấy phép môi trường.' }),
    transfers: optionalCount({ title: 'Chuyển giao công nghệ', description: 'Số Giấy chứng nhận đăng ký chuyển giao công nghệ đã cấp.' }),
  },
  summarize: (data, ctx) =>
    paragraph([
      sentence([
        data.appraisals === undefined
          ? undefined
          : ['thẩm định, tham gia ý kiến về công nghệ đối với hồ sơ của ', seriesFigure(countFigure(data.appraisals, 'dự án đầu tư, quy hoạch'), 'appraisals', ctx)],
        data.environmentalPermits === undefined
          ? undefined
          : ['tham gia thẩm định hồ sơ đề nghị cấp Giấy phép môi trường cho ', seriesFigure(countFigure(data.environmentalPermits, 'dự án đầu tư'), 'environmentalPermits', ctx)],
        data.transfers === undefined ? undefined : ['cấp ', seriesFigure(countFigure(data.transfers, 'Giấy chứng nhận đăng ký chuyển giao công nghệ'), 'transfers', ctx)],
      ]),
    ]),
});
