import { describe, expect, it } from 'vitest';
import { codes, langSon } from '@baocao-khcn/test-utils';
import { nghienCuuKhcn } from './nghien-cuu-khcn';

const { diagnose, render } = langSon;

/** Seed 001 (Lạng Sơn, 6 tháng 2021). */
const byField = [
  { label: 'Lĩnh vực nông nghiệp và phát triển nông thôn', value: 20 },
  { label: 'lĩnh vực xã hội - nhân văn', value: 4 },
  { label: 'Lĩnh vực y dược', value: 1 },
  { label: 'Lĩnh vực kỹ thuật - công nghệ là', value: 4 },
];

describe('nghien-cuu-khcn schema', () => {
  it('accepts tasks with breakdowns and the three counts', () => {
    const parsed = nghienCuuKhcn.schema.parse({ tasks: { total: 29, byField, breakdownIn: 'footnote' }, accepted: 3, inspected: 25, selected: 8 });
    expect(parsed.tasks?.byField).toHaveLength(4);
    expect(parsed.accepted).toBe(3);
  });

  it('rejects a fractional total, a breakdown part without label and an unknown breakdown place', () => {
    const result = nghienCuuKhcn.schema.safeParse({ tasks: { total: 2.5, byLevel: [{ value: 1 }], breakdownIn: 'margin' }, accepted: -2 });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['accepted', 'tasks.breakdownIn', 'tasks.byLevel.0.label', 'tasks.total']);
  });
});

describe('nghien-cuu-khcn results', () => {
  it('writes the seed 001 sentence: total with the breakdown by field, then the accepted tasks', () => {
    const { results, diagnostics } = render(nghienCuuKhcn, { tasks: { total: 29, byField }, accepted: 3, results: ['Trình UBND tỉnh đặt hàng 04 nhiệm vụ KHCN cấp tỉnh đợt 1 năm 2021.'] });
    expect(diagnostics).toEqual([]);
    expect(results).toEqual([
      '1. Công tác nghiên cứu khoa học và phát triển công nghệ',
      'Quản lý và theo dõi 29 đề tài, dự án, trong đó: Lĩnh vực nông nghiệp và phát triển nông thôn 20; lĩnh vực xã hội - nhân văn 04; Lĩnh vực y dược 01; Lĩnh vực kỹ thuật - công nghệ là 04. Tổ chức nghiệm thu 03 đề tài, dự án.',
      'Trình UBND tỉnh đặt hàng 04 nhiệm vụ KHCN cấp tỉnh đợt 1 năm 2021.',
    ]);
  });

  it('writes both breakdowns, the inspected and selected tasks, with a custom unit', () => {
    const { results } = render(nghienCuuKhcn, {
      tasks: { total: 38, unit: 'nhiệm vụ', byLevel: [{ label: 'cấp tỉnh', value: 29 }, { label: 'cấp quốc gia', value: 9 }], byField: [{ label: 'nông nghiệp', value: 30 }, { label: 'y dược', value: 8 }] },
      inspected: 11,
      selected: 5,
    });
    expect(results[1]).toBe(
      'Quản lý và theo dõi 38 nhiệm vụ, trong đó: cấp tỉnh 29; cấp quốc gia 09; phân theo lĩnh vực: nông nghiệp 30; y dược 08. Kiểm tra tiến độ thực hiện 11 nhiệm vụ. Tuyển chọn tổ chức, cá nhân chủ trì thực hiện 05 nhiệm vụ.',
    );
  });

  it('puts the breakdown in a footnote on the total, as seed 000 does', () => {
    const { results, footnotes } = render(nghienCuuKhcn, { tasks: { total: 29, byField, breakdownIn: 'footnote' } });
    expect(results[1]).toBe('Quản lý và theo dõi 29[1] đề tài, dự án.');
    expect(footnotes).toEqual(['1. Trong đó: Lĩnh vực nông nghiệp và phát triển nông thôn 20; lĩnh vực xã hội - nhân văn 04; Lĩnh vực y dược 01; Lĩnh vực kỹ thuật - công nghệ là 04.']);
  });

  it('writes only the prose when there are no figures', () => {
    expect(render(nghienCuuKhcn, { results: ['Nội dung.'] }).results).toEqual(['1. Công tác nghiên cứu khoa học và phát triển công nghệ', 'Nội dung.']);
  });
});

describe('nghien-cuu-khcn plans', () => {
  it('titles the directions part "Công tác quản lý các nhiệm vụ khoa học và công nghệ" and writes its prose', () => {
    const { plans } = render(nghienCuuKhcn, { tasks: { total: 29 }, plans: ['Tiếp tục quản lý, theo dõi đôn đốc các đề tài dự án KH-CN thực hiện theo tiến độ.'] });
    expect(plans).toEqual(['1. Công tác quản lý các nhiệm vụ khoa học và công nghệ', 'Tiếp tục quản lý, theo dõi đôn đốc các đề tài dự án KH-CN thực hiện theo tiến độ.']);
  });
});

describe('nghien-cuu-khcn checks', () => {
  it('by-field-sum / by-level-sum: pass when the breakdowns add up', () => {
    expect(diagnose(nghienCuuKhcn, { tasks: { total: 29, byField, byLevel: [{ label: 'cấp tỉnh', value: 29 }] } })).toEqual([]);
  });

  it('by-field-sum / by-level-sum: warn when a breakdown does not add up', () => {
    expect(diagnose(nghienCuuKhcn, { tasks: { total: 50, byField, byLevel: [{ label: 'cấp tỉnh', value: 48 }] } })).toEqual([
      { code: 'nghien-cuu-khcn/by-level-sum', severity: 'warning', path: ['tasks', 'byLevel'], message: 'Tổng theo cấp quản lý (48) khác tổng số nhiệm vụ (50).' },
      { code: 'nghien-cuu-khcn/by-field-sum', severity: 'warning', path: ['tasks', 'byField'], message: 'Tổng theo lĩnh vực (29) khác tổng số nhiệm vụ (50).' },
    ]);
  });

  it('accepted-exceeds-total: passes at the total, warns above it', () => {
    expect(codes(diagnose(nghienCuuKhcn, { tasks: { total: 3 }, accepted: 3 }))).toEqual([]);
    expect(diagnose(nghienCuuKhcn, { tasks: { total: 3 }, accepted: 4 })).toEqual([
      { code: 'nghien-cuu-khcn/accepted-exceeds-total', severity: 'warning', path: ['accepted'], message: 'Số nhiệm vụ nghiệm thu (4) lớn hơn tổng số nhiệm vụ đang quản lý (3).' },
    ]);
  });

  it('inspected-exceeds-total: passes without a total, warns above it', () => {
    expect(codes(diagnose(nghienCuuKhcn, { inspected: 25 }))).toEqual([]);
    expect(diagnose(nghienCuuKhcn, { tasks: { total: 20 }, inspected: 25 })).toEqual([
      { code: 'nghien-cuu-khcn/inspected-exceeds-total', severity: 'warning', path: ['inspected'], message: 'Số nhiệm vụ được kiểm tra (25) lớn hơn tổng số nhiệm vụ đang quản lý (20).' },
    ]);
  });
});
