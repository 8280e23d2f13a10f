import { defineProfile } from '@baocao-khcn/core';

/**
 * Step 1 — the profile: Sở Khoa học và Công nghệ tỉnh Thái Nguyên after the 2025 restructuring (Bắc Kạn merged
 * into Thái Nguyên on 01/7/2025; the Sở absorbed Thông tin và Truyền thông on 01/3/2025; the Sở Kế hoạch và Đầu tư
 * merged into the Sở Tài chính, which now receives the periodic reports).
 */
export const profile = defineProfile({
  id: 'thai-nguyen-skhcn-2025',
  name: 'Sở KH&CN Thái Nguyên — báo cáo quý (từ 01/7/2025)',
  appliesFrom: '2025-07-01',
  agency: {
    parent: 'UBND TỈNH THÁI NGUYÊN',
    name: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
    shortName: 'Sở Khoa học và Công nghệ',
    code: 'SKHCN',
    place: 'Thái Nguyên',
  },
  headingScheme: ['roman', 'arabic', 'alpha'],
  parts: [
    { id: 'results', title: 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ {{upper period}}', mode: 'results' },
    { id: 'plans', title: 'NHIỆM VỤ TRỌNG TÂM {{upper nextPeriod}}', mode: 'plans' },
  ],
  sectionTitles: {
    'chuyen-doi-so': { results: 'Chuyển đổi số, ứng dụng công nghệ thông tin', plans: 'Chuyển đổi số' },
  },
  templates: {
    subject: 'Kết quả hoạt động khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số {{period}}, nhiệm vụ trọng tâm {{nextPeriod}}',
    opening: 'Thực hiện {{basisText}}, {{agency.shortName}} báo cáo kết quả {{period}} như sau:',
    closing: 'Trên đây là báo cáo kết quả {{period}} của {{agency.shortName}} tỉnh {{agency.place}}./.',
  },
  to: ['Ủy ban nhân dân tỉnh Thái Nguyên', 'Sở Tài chính'],
  recipients: ['Như trên;', 'Bộ Khoa học và Công nghệ (b/c);', 'Lãnh đạo Sở;', 'Lưu: VT, VP.'],
});
