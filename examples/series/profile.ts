import { defineProfile } from '@baocao-khcn/core';

/**
 * A fictional province after the 2025 restructuring (no district level, the Sở Tài chính as recipient) that reports
 * every month and writes a yearly plan: the profile asks the measurement area to annotate its samples with lũy kế
 * and kế hoạch năm, as seed 004 does by hand.
 */
export const profile = defineProfile({
  id: 'minh-son-skhcn-series',
  name: 'Sở KH&CN tỉnh Minh Sơn (hư cấu) — báo cáo định kỳ 2025',
  agency: { parent: 'UBND TỈNH MINH SƠN', name: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', shortName: 'Sở Khoa học và Công nghệ', code: 'SKHCN', place: 'Minh Sơn' },
  headingScheme: ['roman', 'arabic', 'alpha'],
  parts: [
    { id: 'results', title: 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ {{upper period}}', mode: 'results' },
    { id: 'plans', title: 'NHIỆM VỤ TRỌNG TÂM {{upper nextPeriod}}', mode: 'plans' },
  ],
  templates: {
    subject: 'Kết quả hoạt động khoa học, công nghệ và đổi mới sáng tạo {{period}}, nhiệm vụ trọng tâm {{nextPeriod}}',
  },
  to: ['Ủy ban nhân dân tỉnh Minh Sơn', 'Sở Tài chính'],
  series: {
    annotate: { 'tieu-chuan-do-luong-chat-luong/samples.tested': ['cumulative', 'plan'] },
  },
});
