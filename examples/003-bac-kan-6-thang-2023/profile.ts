import { defineProfile } from '@baocao-khcn/core';

/**
 * Sở KH&CN Bắc Kạn — báo cáo định kỳ (6 tháng, năm). Body in three parts A/B/C:
 * A. KẾT QUẢ THỰC HIỆN, B. ĐÁNH GIÁ CHUNG, C. PHƯƠNG HƯỚNG, NHIỆM VỤ <kỳ tới>;
 * headings A. / I. / 1. / a).
 *
 * Bắc Kạn was merged into Thái Nguyên on 01/7/2025: the profile applies to reports up to 30/6/2025.
 */
export const profile = defineProfile({
  id: 'bac-kan-skhcn',
  name: 'Sở KH&CN Bắc Kạn — báo cáo định kỳ',
  agency: {
    parent: 'UBND TỈNH BẮC KẠN',
    name: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
    shortName: 'Sở Khoa học và Công nghệ',
    code: 'SKHCN',
    place: 'Bắc Kạn',
  },
  headingScheme: ['upper-alpha', 'roman', 'arabic', 'alpha'],
  parts: [
    { id: 'results', title: 'KẾT QUẢ THỰC HIỆN', mode: 'results' },
    // Under B and C the seed numbers 1., 2. directly below the part letter (no roman level).
    { id: 'assessment', title: 'ĐÁNH GIÁ CHUNG', mode: 'results', headingScheme: ['arabic', 'alpha'] },
    { id: 'plans', title: 'PHƯƠNG HƯỚNG, NHIỆM VỤ {{upper nextPeriod}}', mode: 'plans', headingScheme: ['arabic', 'alpha'] },
  ],
  templates: {
    subject: 'Tình hình kinh tế - xã hội {{period}} của {{agency.shortName}}',
    opening: 'Thực hiện {{basisText}}.',
    closing: 'Trên đây là báo cáo tình hình kinh tế - xã hội {{period}} của {{agency.shortName}}./.',
  },
  to: ['Sở Kế hoạch và Đầu tư'],
  recipients: ['Như trên;', 'Bộ KH&CN (b/c);', 'UBND tỉnh (b/c);', 'Ban GD Sở;', 'Các ĐV Khối VHXH;', 'Các phòng, đơn vị;', 'Lưu: VT, VP.'],
  appliesUntil: '2025-06-30',
});
