/**
 * The format of the periodic reports of Sở Khoa học và Công nghệ Lạng Sơn (báo cáo 6 tháng, 9 tháng …), as in the
 * seeds 000 (9 tháng đầu năm 2022) and 001 (6 tháng đầu năm 2021): I. ĐÁNH GIÁ CHUNG, II. KẾT QUẢ …, III. PHƯƠNG
 * HƯỚNG, NHIỆM VỤ …; headings I. / 1. / 1.1. / a).
 */
import { defineProfile } from '@baocao-khcn/core';

export const profile = defineProfile({
  id: 'lang-son-skhcn',
  name: 'Sở KH&CN Lạng Sơn — báo cáo định kỳ',
  agency: {
    parent: 'UBND TỈNH LẠNG SƠN',
    name: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
    shortName: 'Sở Khoa học và Công nghệ',
    code: 'SKHCN',
    place: 'Lạng Sơn',
  },
  headingScheme: ['roman', 'arabic', 'decimal', 'alpha'],
  parts: [
    { id: 'assessment', title: 'ĐÁNH GIÁ CHUNG', mode: 'free' },
    { id: 'results', title: 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ {{upper period}}', mode: 'results' },
    { id: 'plans', title: 'PHƯƠNG HƯỚNG, NHIỆM VỤ {{upper nextPeriod}}', mode: 'plans' },
  ],
  // How Lạng Sơn names the areas that have a heading of their own, pinned here so that a later change of the
  // library's default titles does not change old reports. A report overrides a title where it words it otherwise.
  sectionTitles: {
    'tham-muu': 'Công tác tham mưu',
    'nghien-cuu-khcn': {
      results: 'Công tác nghiên cứu khoa học và phát triển công nghệ',
      plans: 'Công tác quản lý các nhiệm vụ khoa học và công nghệ',
    },
    'khoi-nghiep': 'Công tác Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo',
    'thong-tin-thong-ke': 'Công tác thông tin, thống kê khoa học và công nghệ',
    'tieu-chuan-do-luong-chat-luong': 'Công tác tiêu chuẩn đo lường chất lượng',
    'thanh-tra': {
      results: 'Công tác thanh tra, giải quyết khiếu nại, tố cáo và phòng chống tham nhũng',
      plans: 'Công tác thanh tra, giải quyết khiếu nại tố cáo, phòng chống tham nhũng',
    },
    'phap-che-cai-cach-hanh-chinh': 'Công tác pháp chế, kiểm soát thủ tục hành chính',
    'hoat-dong-su-nghiep': { results: 'Hoạt động sự nghiệp', plans: 'Hoạt động sự nghiệp khoa học và công nghệ' },
    'ke-hoach-tai-chinh': { results: 'Công tác kế hoạch – tài chính', plans: 'Công tác Kế hoạch – tài chính và công tác khác' },
  },
  templates: {
    subject: 'Kết quả hoạt động khoa học và công nghệ {{periodNoYear}}, phương hướng nhiệm vụ {{nextPeriod}}',
    opening: 'Thực hiện {{basisText}}, {{agency.shortName}} báo cáo như sau:',
    closing:
      'Trên đây là báo cáo kết quả hoạt động khoa học và công nghệ {{periodNoYear}} và phương hướng nhiệm vụ {{nextPeriod}} của {{agency.shortName}} tỉnh {{agency.place}}./.',
  },
  to: ['Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn'],
  recipients: ['Như trên;', 'Lãnh đạo Sở;', 'Các phòng, đơn vị thuộc Sở;', 'Lưu: VT.'],
  signer: { mode: 'direct', title: 'GIÁM ĐỐC', name: 'Nguyễn Thị Hà' },
});
