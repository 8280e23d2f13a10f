/**
 * The two harnesses the section tests use: a Lạng Sơn-like one reporting on 9 tháng đầu năm 2022, and a Bắc
 * Giang-like one reporting on tháng 9/2023, as the seeds do.
 */
import { defineProfile } from '@baocao-khcn/core';

type ProfileSpec = Parameters<typeof defineProfile>[0];
import { sectionHarness } from './section-harness';

/**
 * The period the Lạng Sơn harness reports on unless told otherwise: 9 tháng đầu năm 2022 (cut-off 14/9/2022).
 *
 * @example
 * langSon.render(sangKien, data, { period: NINE_MONTHS_2022 })
 */
export const NINE_MONTHS_2022 = { kind: 'nine-months', year: 2022 } as const;

/**
 * What the Lạng Sơn seeds print in the header block, the parts they report in and their trích yếu: the pieces every
 * Lạng Sơn-like test profile shares (the harness below, core's fixtures, the fuzz profile).
 *
 * @example
 * defineProfile({ id: 'lang-son-khac', name: 'Thử', ...LANG_SON, parts: [LANG_SON.parts[0]] })
 */
export const LANG_SON = {
  agency: { parent: 'UBND TỈNH LẠNG SƠN', name: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', shortName: 'Sở Khoa học và Công nghệ', code: 'SKHCN', place: 'Lạng Sơn' },
  headingScheme: ['roman', 'arabic', 'decimal', 'alpha'],
  parts: [
    { id: 'results', title: 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ {{upper period}}', mode: 'results' },
    { id: 'plans', title: 'PHƯƠNG HƯỚNG, NHIỆM VỤ {{upper nextPeriod}}', mode: 'plans' },
  ],
  templates: {
    subject: 'Kết quả hoạt động khoa học và công nghệ {{period}}, phương hướng nhiệm vụ {{nextPeriod}}',
    opening: 'Thực hiện {{basisText}}, {{agency.shortName}} báo cáo như sau:',
  },
} satisfies Omit<ProfileSpec, 'id' | 'name'>;

/**
 * A Sở KH&CN Lạng Sơn-like harness: parts "results" (II.) and "plans" (III.), sections numbered 1., 2. …, period
 * 9 tháng đầu năm 2022, issued in December of the period's year.
 *
 * @example
 * langSon.render(sangKien, { reviewed: 4, recognized: 4 }).results
 * // → ['1. Công tác sáng kiến, hội thi sáng tạo kỹ thuật', 'Tổ chức họp đánh giá 04 hồ sơ …']
 */
export const langSon = sectionHarness({
  profile: defineProfile({
    id: 'lang-son-thu',
    name: 'Sở KH&CN Lạng Sơn (thử)',
    ...LANG_SON,
    templates: { subject: 'Kết quả hoạt động khoa học và công nghệ {{period}}' },
  }),
  period: NINE_MONTHS_2022,
});

/**
 * A Sở KH&CN Bắc Giang-like harness: parts "results" (I.) and "plans" (II.), sections numbered 1., 2. …, period
 * tháng 9/2023 (cut-off 14/9/2023), issued in September 2023.
 *
 * @example
 * bacGiang.render(tuDo, { results: ['Một đoạn.'] }, { title: 'Công tác phối hợp' }).results
 * // → ['1. Công tác phối hợp', 'Một đoạn.']
 */
export const bacGiang = sectionHarness({
  profile: defineProfile({
    id: 'bac-giang-thu',
    name: 'Sở KH&CN Bắc Giang (thử)',
    agency: { parent: 'UBND TỈNH BẮC GIANG', name: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', shortName: 'Sở Khoa học và Công nghệ', code: 'KHCN', place: 'Bắc Giang' },
    headingScheme: ['roman', 'arabic', 'decimal', 'alpha'],
    parts: [
      { id: 'results', title: 'KẾT QUẢ {{upper period}}', mode: 'results' },
      { id: 'plans', title: 'NHIỆM VỤ {{upper nextPeriod}}', mode: 'plans' },
    ],
    templates: { subject: 'Kết quả công tác {{period}}, nhiệm vụ công tác {{nextPeriod}}' },
  }),
  period: { kind: 'month', year: 2023, month: 9 },
  issueDate: { year: 2023, month: 9 },
});
