import { describe, expect, it } from 'vitest';
import { codes, langSon } from '@baocao-khcn/test-utils';
import { sangKien } from './sang-kien';

const { diagnose, render } = langSon;

describe('sang-kien schema', () => {
  it('accepts the three counts', () => {
    expect(sangKien.schema.parse({ reviewed: 4, recognized: 4, contests: 2 })).toMatchObject({ reviewed: 4, recognized: 4, contests: 2 });
  });

  it('rejects negative counts', () => {
    expect(sangKien.schema.safeParse({ reviewed: -4, recognized: 4 }).error?.issues.map((i) => i.path.join('.'))).toEqual(['reviewed']);
  });
});

describe('sang-kien results', () => {
  it('writes the seed 000 sentence when every dossier was recognised, then the prose', () => {
    const { results, diagnostics } = render(sangKien, { reviewed: 4, recognized: 4, contests: 2, results: ['Tổ chức 03 Hội nghị phổ biến sáng kiến.'] });
    expect(diagnostics).toEqual([]);
    expect(results).toEqual([
      '1. Công tác sáng kiến, hội thi sáng tạo kỹ thuật',
      'Tổ chức họp đánh giá 04 hồ sơ đề nghị công nhận sáng kiến cấp tỉnh, các sáng kiến đều được công nhận. Tổ chức, triển khai 02 cuộc thi, hội thi sáng tạo kỹ thuật.',
      'Tổ chức 03 Hội nghị phổ biến sáng kiến.',
    ]);
  });

  it('writes the recognised count when it differs, a single dossier, and recognised alone', () => {
    expect(render(sangKien, { reviewed: 5, recognized: 3 }).results[1]).toBe('Tổ chức họp đánh giá 05 hồ sơ đề nghị công nhận sáng kiến cấp tỉnh, 03 sáng kiến được công nhận.');
    expect(render(sangKien, { reviewed: 1, recognized: 1 }).results[1]).toBe('Tổ chức họp đánh giá 01 hồ sơ đề nghị công nhận sáng kiến cấp tỉnh, sáng kiến được công nhận.');
    expect(render(sangKien, { reviewed: 1 }).results[1]).toBe('Tổ chức họp đánh giá 01 hồ sơ đề nghị công nhận sáng kiến cấp tỉnh.');
    expect(render(sangKien, { recognized: 1 }).results[1]).toBe('Công nhận 01 sáng kiến cấp tỉnh.');
  });
});

describe('sang-kien plans', () => {
  it('writes the directions prose with its sub-areas', () => {
    const { plans } = render(sangKien, {
      reviewed: 4,
      subsections: [
        { title: 'Công tác Sáng kiến', plans: ['Tham mưu thành lập và tổ chức họp Hội đồng Sáng kiến cấp tỉnh.'] },
        { title: 'Các Cuộc thi Sáng tạo kỹ thuật', plans: ['Tổ chức Lễ tổng kết và trao giải thưởng.'] },
      ],
    });
    expect(plans).toEqual([
      '1. Công tác sáng kiến, hội thi sáng tạo kỹ thuật',
      '1.1. Công tác Sáng kiến',
      'Tham mưu thành lập và tổ chức họp Hội đồng Sáng kiến cấp tỉnh.',
      '1.2. Các Cuộc thi Sáng tạo kỹ thuật',
      'Tổ chức Lễ tổng kết và trao giải thưởng.',
    ]);
  });
});

describe('sang-kien checks', () => {
  it('recognized-exceeds-reviewed: passes when recognised ≤ reviewed', () => {
    expect(codes(diagnose(sangKien, { reviewed: 4, recognized: 4 }))).toEqual([]);
  });

  it('recognized-exceeds-reviewed: warns when more are recognised than reviewed', () => {
    expect(diagnose(sangKien, { reviewed: 1, recognized: 2 })).toEqual([
      { code: 'sang-kien/recognized-exceeds-reviewed', severity: 'warning', path: ['recognized'], message: 'Số sáng kiến được công nhận (2) lớn hơn số hồ sơ được đánh giá (1).' },
    ]);
  });
});
