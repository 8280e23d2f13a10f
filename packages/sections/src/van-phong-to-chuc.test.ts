import { describe, expect, it } from 'vitest';
import { bacGiang } from '@baocao-khcn/test-utils';
import { vanPhongToChuc } from './van-phong-to-chuc';

const { diagnose, render } = bacGiang;

const HEADING = '1. Công tác văn phòng, tổ chức cán bộ, thi đua khen thưởng và công tác khác';

describe('van-phong-to-chuc', () => {
  it('declares its id, title and description', () => {
    expect(vanPhongToChuc.id).toBe('van-phong-to-chuc');
    expect(vanPhongToChuc.title).toBe('Công tác văn phòng, tổ chức cán bộ, thi đua khen thưởng và công tác khác');
    expect(vanPhongToChuc.description).toMatch(/hợp tác quốc tế/);
    expect(vanPhongToChuc.checks).toBeUndefined();
  });

  describe('schema', () => {
    it('accepts the figures, prose and sub-areas', () => {
      const parsed = vanPhongToChuc.schema.safeParse({ staff: 45, awards: 12, subsections: [{ title: 'Tổ chức cán bộ', results: ['Bổ nhiệm lại 01 vị trí phó giám đốc Sở.'] }] });
      expect(parsed.success).toBe(true);
      expect(parsed.data?.subsections[0]?.plans).toEqual([]);
    });

    it('rejects negative and fractional counts and a sub-area without title', () => {
      expect(vanPhongToChuc.schema.safeParse({ staff: -1 }).success).toBe(false);
      expect(vanPhongToChuc.schema.safeParse({ awards: 1.5 }).success).toBe(false);
      expect(vanPhongToChuc.schema.safeParse({ subsections: [{ results: [] }] }).success).toBe(false);
    });

    it('turns bad data into diagnostics with paths inside the section', () => {
      expect(diagnose(vanPhongToChuc, { awards: 'mười hai' }).map((d) => [d.code, d.path])).toEqual([['schema/invalid_type', ['awards']]]);
    });
  });

  describe('results', () => {
    it('writes staff and awards, then the prose and the sub-areas (seed 003 wording)', () => {
      const { results, diagnostics } = render(vanPhongToChuc, {
        staff: 45,
        awards: 1,
        subsections: [
          { title: 'Tổng hợp - hành chính', results: ['Thực hiện tổng hợp, báo cáo định kì, đột xuất đúng tiến độ.'] },
          { title: 'Thi đua khen thưởng', results: ['Xây dựng kế hoạch thực hiện công tác thi đua, khen thưởng năm 2023.'], plans: ['Tổ chức đánh giá thi đua khen thưởng năm 2023.'] },
        ],
      });
      expect(diagnostics).toEqual([]);
      expect(results).toEqual([
        HEADING,
        'Tổng số công chức, viên chức và người lao động là 45 người.',
        'Có 01 tập thể, cá nhân được khen thưởng.',
        '1.1. Tổng hợp - hành chính',
        'Thực hiện tổng hợp, báo cáo định kì, đột xuất đúng tiến độ.',
        '1.2. Thi đua khen thưởng',
        'Xây dựng kế hoạch thực hiện công tác thi đua, khen thưởng năm 2023.',
      ]);
    });
  });

  describe('plans', () => {
    it('writes the directions prose and the sub-areas that have some', () => {
      const { plans } = render(vanPhongToChuc, {
        staff: 45,
        plans: ['Duy trì đảm bảo công tác văn thư, lưu trữ, phục vụ.'],
        subsections: [
          { title: 'Tổng hợp - hành chính', results: ['Thực hiện tổng hợp.'] },
          { title: 'Thi đua khen thưởng', plans: ['Tổ chức đánh giá thi đua khen thưởng năm 2023.'] },
        ],
      });
      expect(plans).toEqual([HEADING, 'Duy trì đảm bảo công tác văn thư, lưu trữ, phục vụ.', '1.1. Thi đua khen thưởng', 'Tổ chức đánh giá thi đua khen thưởng năm 2023.']);
    });
  });
});
