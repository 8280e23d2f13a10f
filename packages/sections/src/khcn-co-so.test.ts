import { describe, expect, it } from 'vitest';
import { codes, langSon } from '@baocao-khcn/test-utils';
import { khcnCoSo } from './khcn-co-so';

const { diagnose, render } = langSon;

describe('khcn-co-so schema', () => {
  it('accepts districts and tasks', () => {
    expect(khcnCoSo.schema.parse({ districts: 8, tasks: 3 })).toMatchObject({ districts: 8, tasks: 3, results: [], plans: [], subsections: [] });
  });

  it('rejects negative and fractional counts', () => {
    const result = khcnCoSo.schema.safeParse({ districts: -1, tasks: 1.5 });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['districts', 'tasks']);
  });
});

describe('khcn-co-so results', () => {
  it('writes districts and tasks in one sentence, then the prose', () => {
    const { results, diagnostics } = render(khcnCoSo, { districts: 8, tasks: 3, results: ['Tổ chức làm việc với 08 UBND các huyện, thành phố.'] });
    expect(diagnostics).toEqual([]);
    expect(results).toEqual([
      '1. Khoa học và công nghệ cơ sở',
      'Theo dõi, hướng dẫn 08 huyện, thành phố triển khai 03 nhiệm vụ khoa học và công nghệ cấp cơ sở.',
      'Tổ chức làm việc với 08 UBND các huyện, thành phố.',
    ]);
  });

  it('writes districts alone and tasks alone', () => {
    expect(render(khcnCoSo, { districts: 11 }).results[1]).toBe('Theo dõi, hướng dẫn hoạt động khoa học và công nghệ của 11 huyện, thành phố.');
    expect(render(khcnCoSo, { tasks: 3 }).results[1]).toBe('Theo dõi, quản lý 03 nhiệm vụ khoa học và công nghệ cấp cơ sở.');
  });
});

describe('khcn-co-so plans', () => {
  it('writes the directions prose only', () => {
    expect(render(khcnCoSo, { tasks: 3, plans: ['Tổ chức kiểm tra tiến độ đề tài, dự án KH&CN cấp cơ sở.'] }).plans).toEqual([
      '1. Khoa học và công nghệ cơ sở',
      'Tổ chức kiểm tra tiến độ đề tài, dự án KH&CN cấp cơ sở.',
    ]);
  });
});

describe('khcn-co-so checks', () => {
  it('no-district-level: passes before 01/7/2025', () => {
    expect(codes(diagnose(khcnCoSo, { districts: 8 }, { period: { kind: 'half', year: 2025, half: 1 } }))).toEqual([]);
  });

  it('no-district-level: warns about districts in a period cut off after 01/7/2025, not about tasks', () => {
    expect(diagnose(khcnCoSo, { districts: 8, tasks: 2 }, { period: { kind: 'nine-months', year: 2025 } })).toEqual([
      { code: 'khcn-co-so/no-district-level', severity: 'warning', path: ['districts'], message: 'Từ ngày 01/7/2025 không còn cấp huyện; không ghi số huyện, thành phố cho kỳ báo cáo này.' },
    ]);
    expect(codes(diagnose(khcnCoSo, { tasks: 2 }, { period: { kind: 'nine-months', year: 2025 } }))).toEqual([]);
  });
});
