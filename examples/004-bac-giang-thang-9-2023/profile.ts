import { defineProfile } from '@baocao-khcn/core';

/**
 * Sở KH&CN Bắc Giang — báo cáo công tác tháng: "Phần I" (kết quả: I. nhiệm vụ do UBND tỉnh giao,
 * II. xây dựng cơ chế, chính sách, III. hoạt động KH&CN với 1. … 7.) and "Phần II" (nhiệm vụ tháng sau),
 * with the detailed task table as an appendix.
 *
 * Bắc Giang merged into Bắc Ninh on 01/7/2025: the profile applies to reports cut off before then.
 */
export const profile = defineProfile({
  id: 'bac-giang-skhcn',
  name: 'Sở KH&CN Bắc Giang — báo cáo công tác tháng',
  agency: {
    parent: 'UBND TỈNH BẮC GIANG',
    name: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
    shortName: 'Sở Khoa học và Công nghệ',
    code: 'KHCN',
    place: 'Bắc Giang',
  },
  headingScheme: ['part', 'roman', 'arabic', 'alpha'],
  parts: [
    { id: 'results', title: 'TÌNH HÌNH, KẾT QUẢ HOẠT ĐỘNG QUẢN LÝ NHÀ NƯỚC VỀ KHOA HỌC VÀ CÔNG NGHỆ', mode: 'results' },
    {
      id: 'plans',
      title: 'NHIỆM VỤ CÔNG TÁC {{upper nextPeriod}}',
      mode: 'plans',
      // Phần II numbers its areas 1.–7. directly under the part (Phần I goes Phần → I. → 1.).
      headingScheme: ['arabic', 'alpha'],
      // Phần II lists the areas of Phần I.III in the same order, from the same section data.
      sections: [
        'nghien-cuu-khcn',
        'quan-ly-cong-nghe',
        'thong-tin-thong-ke',
        'tieu-chuan-do-luong-chat-luong',
        'so-huu-tri-tue',
        'thanh-tra',
        'tu-do',
      ],
    },
  ],
  sectionTitles: {
    'nhiem-vu-duoc-giao': 'Thực hiện nhiệm vụ do UBND tỉnh, Chủ tịch UBND tỉnh giao',
    'tham-muu': 'Xây dựng cơ chế, chính sách, pháp luật về KH&CN',
    'nghien-cuu-khcn': 'Hoạt động nghiên cứu khoa học và phát triển công nghệ',
    'quan-ly-cong-nghe': 'Hoạt động đánh giá, thẩm định và chuyển giao công nghệ; an toàn bức xạ hạt nhân',
    'thong-tin-thong-ke': 'Hoạt động thông tin KH&CN; dịch vụ KH&CN',
    'tieu-chuan-do-luong-chat-luong': 'Hoạt động tiêu chuẩn đo lường chất lượng',
    // Phần I writes "KHCN cơ sở", Phần II "KH&CN cơ sở".
    'so-huu-tri-tue': {
      results: 'Hoạt động sở hữu trí tuệ, sáng kiến và KHCN cơ sở',
      plans: 'Hoạt động sở hữu trí tuệ, sáng kiến và KH&CN cơ sở',
    },
    'thanh-tra': 'Công tác thanh tra, kiểm tra trong lĩnh vực KH&CN',
    'tu-do': 'Một số công tác khác',
  },
  templates: {
    subject: 'Kết quả công tác {{period}}, nhiệm vụ công tác {{nextPeriod}}',
  },
  appliesUntil: '2025-06-30',
});
