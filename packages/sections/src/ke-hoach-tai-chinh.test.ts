import { describe, expect, it } from 'vitest';
import { bacGiang } from '@baocao-khcn/test-utils';
import { keHoachTaiChinh } from './ke-hoach-tai-chinh';

const { diagnose, render } = bacGiang;

/** Seed 002 (Lạng Sơn, Kế hoạch KH&CN và dự toán năm 2021). */
const budget = {
  total: 66769.9,
  items: [
    { label: 'Kinh phí sự nghiệp KH&CN', amount: 33427.9 },
    { label: 'Kinh phí chi đầu tư phát triển', amount: 33342 },
  ],
};

describe('ke-hoach-tai-chinh', () => {
  it('declares its id, title and description', () => {
    expect(keHoachTaiChinh.id).toBe('ke-hoach-tai-chinh');
    expect(keHoachTaiChinh.title).toBe('Công tác kế hoạch – tài chính');
    expect(keHoachTaiChinh.description).toMatch(/dự toán ngân sách/);
  });

  describe('schema', () => {
    it('accepts a budget and a disbursement, with default units', () => {
      const parsed = keHoachTaiChinh.schema.safeParse({ budget, disbursement: { allocated: 1000, disbursed: 800 } });
      expect(parsed.success).toBe(true);
      expect(parsed.data?.budget?.unit).toBe('triệu đồng');
      expect(parsed.data?.disbursement).toEqual({ allocated: 1000, disbursed: 800, unit: 'triệu đồng' });
    });

    it('rejects a budget without a total, an item without an amount and a negative disbursement', () => {
      expect(keHoachTaiChinh.schema.safeParse({ budget: { items: [] } }).success).toBe(false);
      expect(keHoachTaiChinh.schema.safeParse({ budget: { total: 1, items: [{ label: 'Sự nghiệp' }] } }).success).toBe(false);
      expect(keHoachTaiChinh.schema.safeParse({ disbursement: { allocated: 10, disbursed: -1 } }).success).toBe(false);
    });

    it('turns bad data into diagnostics with paths inside the section', () => {
      expect(diagnose(keHoachTaiChinh, { budget: { total: '66.769,9', items: [] } }).map((d) => [d.code, d.path])).toEqual([
        ['schema/invalid_type', ['budget', 'total']],
      ]);
    });
  });

  describe('results', () => {
    it('writes the budget exactly as seed 002, then the prose', () => {
      const { results, diagnostics } = render(keHoachTaiChinh, { budget, results: ['(Chi tiết tại các phụ lục kèm theo).'] });
      expect(diagnostics).toEqual([]);
      expect(results).toEqual([
        '1. Công tác kế hoạch – tài chính',
        'Tổng kinh phí dự kiến là 66.769,9 triệu đồng, trong đó:',
        '- Kinh phí sự nghiệp KH&CN: 33.427,9 triệu đồng;',
        '- Kinh phí chi đầu tư phát triển: 33.342 triệu đồng.',
        '(Chi tiết tại các phụ lục kèm theo).',
      ]);
    });

    it('takes a lead of its own, a unit, and a total without items', () => {
      const { results } = render(keHoachTaiChinh, { budget: { lead: 'Dự toán được giao năm 2023 là', total: 12500000000, unit: 'đồng', items: [] } });
      expect(results).toEqual(['1. Công tác kế hoạch – tài chính', 'Dự toán được giao năm 2023 là 12.500.000.000 đồng.']);
    });

    it('writes the disbursement with the computed or the stated rate', () => {
      expect(render(keHoachTaiChinh, { disbursement: { allocated: 33342, disbursed: 25000 } }).results).toEqual([
        '1. Công tác kế hoạch – tài chính',
        'Kinh phí được giao 33.342 triệu đồng, đã giải ngân 25.000 triệu đồng, đạt 74,98%.',
      ]);
      expect(render(keHoachTaiChinh, { disbursement: { allocated: 33342, disbursed: 25000, rate: 75 } }).results[1]).toBe(
        'Kinh phí được giao 33.342 triệu đồng, đã giải ngân 25.000 triệu đồng, đạt 75%.',
      );
      expect(render(keHoachTaiChinh, { disbursement: { allocated: 0, disbursed: 0 } }).results[1]).toBe('Kinh phí được giao 0 triệu đồng, đã giải ngân 0 triệu đồng.');
    });
  });

  describe('plans', () => {
    it('writes the directions prose only', () => {
      const { plans } = render(keHoachTaiChinh, { budget, plans: ['Thảo luận dự toán chi ngân sách nhà nước năm 2024.'] });
      expect(plans).toEqual(['1. Công tác kế hoạch – tài chính', 'Thảo luận dự toán chi ngân sách nhà nước năm 2024.']);
    });
  });

  describe('checks', () => {
    it('budget-total: the total is the sum of the items, with float tolerance', () => {
      expect(diagnose(keHoachTaiChinh, { budget })).toEqual([]);
      expect(diagnose(keHoachTaiChinh, { budget: { ...budget, total: 66760 } })).toEqual([
        {
          code: 'ke-hoach-tai-chinh/budget-total',
          severity: 'warning',
          path: ['budget', 'total'],
          message: 'Tổng kinh phí ghi 66.760 triệu đồng nhưng tổng các khoản là 66.769,9 triệu đồng.',
        },
      ]);
    });

    it('disbursement-rate: the stated rate agrees with disbursed / allocated at its precision', () => {
      expect(diagnose(keHoachTaiChinh, { disbursement: { allocated: 33342, disbursed: 25000, rate: 75 } })).toEqual([]);
      expect(diagnose(keHoachTaiChinh, { disbursement: { allocated: 33342, disbursed: 25000, rate: 80 } })).toEqual([
        {
          code: 'ke-hoach-tai-chinh/disbursement-rate',
          severity: 'warning',
          path: ['disbursement', 'rate'],
          message: 'Tỷ lệ ghi 80% nhưng 25.000/33.342 = 74,98%.',
        },
      ]);
    });

    it('disbursement-exceeds: no more disbursed than allocated', () => {
      expect(diagnose(keHoachTaiChinh, { disbursement: { allocated: 100, disbursed: 100 } })).toEqual([]);
      expect(diagnose(keHoachTaiChinh, { disbursement: { allocated: 100, disbursed: 120.5 } })).toEqual([
        {
          code: 'ke-hoach-tai-chinh/disbursement-exceeds',
          severity: 'warning',
          path: ['disbursement', 'disbursed'],
          message: 'Kinh phí đã giải ngân (120,5) lớn hơn kinh phí được giao (100).',
        },
      ]);
    });
  });
});
