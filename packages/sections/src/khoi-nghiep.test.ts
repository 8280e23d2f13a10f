import { describe, expect, it } from 'vitest';
import { langSon } from '@baocao-khcn/test-utils';
import { khoiNghiep } from './khoi-nghiep';

const { render } = langSon;

describe('khoi-nghiep schema', () => {
  it('accepts the three counts', () => {
    expect(khoiNghiep.schema.parse({ contests: 1, trainings: 4, participants: 1040 })).toMatchObject({ contests: 1, trainings: 4, participants: 1040 });
  });

  it('rejects a count that is not a number', () => {
    expect(khoiNghiep.schema.safeParse({ participants: 'khoảng 1040' }).error?.issues.map((i) => i.path.join('.'))).toEqual(['participants']);
  });
});

describe('khoi-nghiep results', () => {
  it('writes contests, trainings and participants in one sentence, then the prose', () => {
    const { results, diagnostics } = render(khoiNghiep, { contests: 1, trainings: 2, participants: 1040, results: ['Tổ chức đưa Khu làm việc chung vào hoạt động.'] });
    expect(diagnostics).toEqual([]);
    expect(results).toEqual([
      '1. Công tác hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo',
      'Tổ chức 01 cuộc thi khởi nghiệp đổi mới sáng tạo, 02 lớp đào tạo, tập huấn về khởi nghiệp đổi mới sáng tạo với 1.040 lượt người tham gia.',
      'Tổ chức đưa Khu làm việc chung vào hoạt động.',
    ]);
  });

  it('writes trainings alone and participants alone', () => {
    expect(render(khoiNghiep, { trainings: 6 }).results[1]).toBe('Tổ chức 06 lớp đào tạo, tập huấn về khởi nghiệp đổi mới sáng tạo.');
    expect(render(khoiNghiep, { participants: 120 }).results[1]).toBe('Các hoạt động hỗ trợ khởi nghiệp đổi mới sáng tạo thu hút 120 lượt người tham gia.');
    expect(render(khoiNghiep, {}).results).toEqual(['1. Công tác hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo']);
  });
});

describe('khoi-nghiep plans', () => {
  it('writes the directions prose only', () => {
    expect(render(khoiNghiep, { contests: 1, plans: ['Tiếp tục triển khai cuộc thi Khởi nghiệp đổi mới sáng tạo năm 2022.'] }).plans).toEqual([
      '1. Công tác hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo',
      'Tiếp tục triển khai cuộc thi Khởi nghiệp đổi mới sáng tạo năm 2022.',
    ]);
  });
});
