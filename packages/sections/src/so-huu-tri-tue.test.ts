import { describe, expect, it } from 'vitest';
import { langSon } from '@baocao-khcn/test-utils';
import { soHuuTriTue } from './so-huu-tri-tue';

const { render } = langSon;

describe('so-huu-tri-tue schema', () => {
  it('accepts the five counts', () => {
    const data = { applications: 13, granted: 2, collectiveMarks: 20, geographicalIndications: 2, supportProjects: 21 };
    expect(soHuuTriTue.schema.parse(data)).toMatchObject(data);
  });

  it('rejects fractional counts', () => {
    expect(soHuuTriTue.schema.safeParse({ granted: 0.5, supportProjects: 21 }).error?.issues.map((i) => i.path.join('.'))).toEqual(['granted']);
  });
});

describe('so-huu-tri-tue results', () => {
  it('writes one sentence per group of figures in one paragraph, then the prose', () => {
    const { results, diagnostics } = render(soHuuTriTue, {
      supportProjects: 21,
      applications: 13,
      granted: 2,
      collectiveMarks: 20,
      geographicalIndications: 2,
      results: ['Đẩy mạnh hoạt động tuyên truyền, phổ biến kiến thức về sở hữu trí tuệ.'],
    });
    expect(diagnostics).toEqual([]);
    expect(results).toEqual([
      '1. Công tác sở hữu trí tuệ',
      'Quản lý, theo dõi 21 dự án về sở hữu trí tuệ. Hướng dẫn, hỗ trợ 13 hồ sơ đăng ký xác lập quyền sở hữu công nghiệp; 02 văn bằng bảo hộ được cấp. Hỗ trợ xây dựng, quản lý và phát triển 20 nhãn hiệu tập thể, 02 chỉ dẫn địa lý.',
      'Đẩy mạnh hoạt động tuyên truyền, phổ biến kiến thức về sở hữu trí tuệ.',
    ]);
  });

  it('writes a single figure alone', () => {
    expect(render(soHuuTriTue, { geographicalIndications: 1 }).results[1]).toBe('Hỗ trợ xây dựng, quản lý và phát triển 01 chỉ dẫn địa lý.');
    expect(render(soHuuTriTue, { granted: 3 }).results[1]).toBe('03 văn bằng bảo hộ được cấp.');
  });
});

describe('so-huu-tri-tue plans', () => {
  it('writes the directions prose only', () => {
    expect(render(soHuuTriTue, { supportProjects: 21, plans: ['Kiểm tra quản lý sử dụng các nhãn hiệu tập thể.'] }).plans).toEqual([
      '1. Công tác sở hữu trí tuệ',
      'Kiểm tra quản lý sử dụng các nhãn hiệu tập thể.',
    ]);
  });
});
