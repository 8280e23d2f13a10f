import { defineAreaSection } from '@baocao-khcn/core';
import { countClause, optionalCount, paragraph, sentence } from '@baocao-khcn/core/plugin';

/**
 * Văn phòng, tổ chức cán bộ, thi đua khen thưởng, hợp tác quốc tế and other work (công tác khác): the staff and the
 * awards as sentences, then the prose — usually with sub-areas (`subsections`) such as "Tổng hợp - hành chính",
 * "Tổ chức cán bộ", "Thi đua khen thưởng" (seed 003). No cross-field checks.
 *
 * @example
 * // data: { staff: 45, awards: 12, results: ['Duy trì đảm bảo công tác văn thư, lưu trữ, phục vụ.'] }
 * // results →
 * //   "Tổng số công chức, viên chức và người lao động là 45 người."
 * //   "Có 12 tập thể, cá nhân được khen thưởng."
 * //   "Duy trì đảm bảo công tác văn thư, lưu trữ, phục vụ."
 */
export const vanPhongToChuc = defineAreaSection({
  id: 'van-phong-to-chuc',
  title: 'Công tác văn phòng, tổ chức cán bộ, thi đua khen thưởng và công tác khác',
  description: 'Văn phòng (tổng hợp - hành chính), tổ chức cán bộ, thi đua khen thưởng, hợp tác quốc tế và các công tác khác.',
  indicators: {
    staff: { kind: 'stock', label: 'Công chức, viên chức và người lao động', unit: 'người' },
    awards: { kind: 'flow', label: 'Tập thể, cá nhân được khen thưởng', unit: 'lượt' },
  },
  figures: {
    staff: optionalCount({ title: 'Nhân sự', description: 'Tổng số công chức, viên chức và người lao động.' }),
    awards: optionalCount({ title: 'Khen thưởng', description: 'Số tập thể, cá nhân được khen thưởng.' }),
  },
  summarize: (data, ctx) => [
    ...paragraph([sentence([countClause(data.staff, 'người', 'tổng số công chức, viên chức và người lao động là ', { indicator: 'staff', ctx })])]),
    ...paragraph([sentence([countClause(data.awards, 'tập thể, cá nhân được khen thưởng', 'có ', { indicator: 'awards', ctx })])]),
  ],
});
