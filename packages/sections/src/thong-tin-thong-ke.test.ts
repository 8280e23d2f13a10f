import { describe, expect, it } from 'vitest';
import { langSon } from '@baocao-khcn/test-utils';
import { thongTinThongKe } from './thong-tin-thong-ke';

const { render } = langSon;

describe('thong-tin-thong-ke schema', () => {
  it('accepts the two counts', () => {
    expect(thongTinThongKe.schema.parse({ registrations: 13, publications: 12 })).toMatchObject({ registrations: 13, publications: 12 });
  });

  it('rejects a negative count', () => {
    expect(thongTinThongKe.schema.safeParse({ registrations: -13 }).error?.issues.map((i) => i.path.join('.'))).toEqual(['registrations']);
  });
});

describe('thong-tin-thong-ke results', () => {
  it('writes the seed 000 registrations and the publications, then the prose', () => {
    const { results, diagnostics } = render(thongTinThongKe, { registrations: 13, publications: 4, results: ['Thực hiện báo cáo thống kê ngành theo quy định.'] });
    expect(diagnostics).toEqual([]);
    expect(results).toEqual([
      '1. Công tác thông tin, thống kê khoa học và công nghệ',
      'Cấp 13 Giấy chứng nhận đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ sử dụng ngân sách nhà nước. Xuất bản, phát hành 04 số bản tin, tạp chí khoa học và công nghệ.',
      'Thực hiện báo cáo thống kê ngành theo quy định.',
    ]);
  });
});

describe('thong-tin-thong-ke plans', () => {
  it('writes the directions prose only', () => {
    expect(render(thongTinThongKe, { registrations: 13, plans: ['Xuất bản, phát hành lịch KHCN năm 2023.'] }).plans).toEqual([
      '1. Công tác thông tin, thống kê khoa học và công nghệ',
      'Xuất bản, phát hành lịch KHCN năm 2023.',
    ]);
  });
});
