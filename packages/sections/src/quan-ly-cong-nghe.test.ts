import { describe, expect, it } from 'vitest';
import { langSon } from '@baocao-khcn/test-utils';
import { quanLyCongNghe } from './quan-ly-cong-nghe';

const { diagnose, render } = langSon;

describe('quan-ly-cong-nghe schema', () => {
  it('accepts the three counts', () => {
    expect(quanLyCongNghe.schema.parse({ appraisals: 45, environmentalPermits: 9, transfers: 2 })).toMatchObject({ appraisals: 45, environmentalPermits: 9, transfers: 2 });
  });

  it('rejects a count given as text and reports it inside the section', () => {
    expect(quanLyCongNghe.schema.safeParse({ appraisals: '45' }).success).toBe(false);
    expect(diagnose(quanLyCongNghe, { appraisals: '45' }).map((d) => [d.code, d.path.join('.')])).toEqual([['schema/invalid_type', 'appraisals']]);
  });
});

describe('quan-ly-cong-nghe results', () => {
  it('writes the seed 000 figures in one sentence, then the prose', () => {
    const { results, diagnostics } = render(quanLyCongNghe, { appraisals: 45, environmentalPermits: 9, results: ['Theo dõi, tổng hợp hoạt động thẩm định, chuyển giao công nghệ các dự án đầu tư theo quy định.'] });
    expect(diagnostics).toEqual([]);
    expect(results).toEqual([
      '1. Công tác quản lý công nghệ',
      'Thẩm định, tham gia ý kiến về công nghệ đối với hồ sơ của 45 dự án đầu tư, quy hoạch; tham gia thẩm định hồ sơ đề nghị cấp Giấy phép môi trường cho 09 dự án đầu tư.',
      'Theo dõi, tổng hợp hoạt động thẩm định, chuyển giao công nghệ các dự án đầu tư theo quy định.',
    ]);
  });

  it('writes the technology transfer registrations (seed 004)', () => {
    expect(render(quanLyCongNghe, { transfers: 2 }).results[1]).toBe('Cấp 02 Giấy chứng nhận đăng ký chuyển giao công nghệ.');
  });
});

describe('quan-ly-cong-nghe plans', () => {
  it('writes the directions prose only', () => {
    expect(render(quanLyCongNghe, { appraisals: 45, plans: ['Tiếp tục tham gia thẩm định, góp ý về công nghệ các dự án đầu tư.'] }).plans).toEqual([
      '1. Công tác quản lý công nghệ',
      'Tiếp tục tham gia thẩm định, góp ý về công nghệ các dự án đầu tư.',
    ]);
  });
});
