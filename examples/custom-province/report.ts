import type { ReportInput } from '@baocao-khcn/core';
import type { allSections } from '@baocao-khcn/sections';
import type { customSections } from './sections';

/**
 * Step 3 — the report data: quý III/2025, after the merger. Standard sections (chuyển đổi số, bưu chính – viễn
 * thông, nghiên cứu KH&CN, tiêu chuẩn đo lường chất lượng) and the province's own programme.
 */
export const report: ReportInput<[...typeof allSections, ...typeof customSections]> = {
  kind: 'bao-cao',
  number: 215,
  issueDate: '2025-09-18',
  period: { kind: 'quarter', year: 2025, quarter: 3 },
  basis: [
    {
      kind: 'Công văn',
      number: '1234/STC-TH',
      date: '2025-09-05',
      issuer: 'Sở Tài chính',
      subject: 'về việc báo cáo tình hình thực hiện nhiệm vụ quý III năm 2025',
    },
  ],
  body: [
    {
      part: 'results',
      content: [
        {
          type: 'section',
          section: 'nghien-cuu-khcn',
          data: {
            tasks: {
              total: 42,
              byLevel: [
                { label: 'cấp quốc gia', value: 4 },
                { label: 'cấp tỉnh', value: 30 },
                { label: 'cấp cơ sở', value: 8 },
              ],
            },
            accepted: 6,
            results: ['Các nhiệm vụ được triển khai đúng tiến độ, bám sát định hướng phát triển kinh tế - xã hội của tỉnh sau sáp nhập.'],
          },
        },
        {
          type: 'section',
          section: 'chuyen-doi-so',
          data: {
            onlineServices: { total: 1850, fullProcess: 1120, partial: 730 },
            onlineDossiers: { online: 96512, total: 104300, rate: 92.53 },
            results: ['Vận hành ổn định Trung tâm giám sát, điều hành thông minh (IOC) của tỉnh sau hợp nhất dữ liệu hai tỉnh.'],
          },
        },
        {
          type: 'section',
          section: 'buu-chinh-vien-thong',
          data: {
            postalPoints: 312,
            btsStations: 4210,
            subscribers: { mobile: 1650000, broadband: 402000 },
            results: ['Phủ sóng 5G tại trung tâm các phường và khu công nghiệp.'],
          },
        },
        {
          type: 'section',
          section: 'tieu-chuan-do-luong-chat-luong',
          data: {
            scales: { checked: 120, correct: 114, incorrect: 6, correctPercent: 95 },
          },
        },
        {
          type: 'section',
          section: 'chuong-trinh-che-thai-nguyen',
          data: {
            projects: [
              { name: 'Xây dựng chỉ dẫn địa lý chè Tân Cương mở rộng', budget: 1200, disbursed: 800 },
              { name: 'Truy xuất nguồn gốc chè trên nền tảng số', budget: 950, disbursed: 475 },
              { name: 'Hỗ trợ chế biến chè theo tiêu chuẩn VietGAP', budget: 600, disbursed: 300 },
            ],
          },
        },
      ],
    },
    {
      part: 'plans',
      content: [
        { type: 'section', section: 'nghien-cuu-khcn', data: { plans: ['Nghiệm thu các nhiệm vụ đến hạn; tuyển chọn nhiệm vụ năm 2026.'] } },
        { type: 'section', section: 'chuyen-doi-so', data: { plans: ['Hoàn thành hợp nhất cổng dịch vụ công và hệ thống quản lý văn bản của tỉnh.'] } },
        { type: 'section', section: 'buu-chinh-vien-thong', data: { plans: ['Rà soát quy hoạch hạ tầng viễn thông thụ động sau sáp nhập.'] } },
        { type: 'section', section: 'chuong-trinh-che-thai-nguyen', data: { plans: ['Giải ngân toàn bộ kinh phí năm 2025 của các dự án.'] } },
      ],
    },
  ],
  signer: { mode: 'KT', for: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn Minh' },
  recipients: { items: ['Như trên;', 'Bộ Khoa học và Công nghệ (b/c);', 'Lãnh đạo Sở;', 'Lưu: VT, VP.'] },
};
