import { describe, expect, it } from 'vitest';
import { bacGiang } from '@baocao-khcn/test-utils';
import { phapCheCaiCachHanhChinh } from './phap-che-cai-cach-hanh-chinh';

const { diagnose, render } = bacGiang;

const dossiers = { received: 120, resolved: 118, onTime: 116, late: 2, pending: 2 };

describe('phap-che-cai-cach-hanh-chinh', () => {
  it('declares its id, titles and description', () => {
    expect(phapCheCaiCachHanhChinh.id).toBe('phap-che-cai-cach-hanh-chinh');
    expect(phapCheCaiCachHanhChinh.title).toBe('Công tác pháp chế, kiểm soát thủ tục hành chính');
    expect(phapCheCaiCachHanhChinh.description).toMatch(/thủ tục hành chính/);
  });

  describe('schema', () => {
    it('accepts figures and prose', () => {
      const parsed = phapCheCaiCachHanhChinh.schema.safeParse({ dossiers, reviewedDocuments: 67, simplifiedProcedures: 5, results: ['Văn bản.'] });
      expect(parsed.success).toBe(true);
      expect(parsed.data?.plans).toEqual([]);
    });

    it('rejects a negative or fractional count and a dossier object without its parts', () => {
      expect(phapCheCaiCachHanhChinh.schema.safeParse({ reviewedDocuments: -1 }).success).toBe(false);
      expect(phapCheCaiCachHanhChinh.schema.safeParse({ simplifiedProcedures: 2.5 }).success).toBe(false);
      expect(phapCheCaiCachHanhChinh.schema.safeParse({ dossiers: { received: 10 } }).success).toBe(false);
    });

    it('turns bad data into diagnostics with paths inside the section', () => {
      const diagnostics = diagnose(phapCheCaiCachHanhChinh, { dossiers: { ...dossiers, late: 'hai' } });
      expect(diagnostics.map((d) => [d.code, d.path])).toEqual([['schema/invalid_type', ['dossiers', 'late']]]);
    });
  });

  describe('results', () => {
    it('writes the figures, then the prose', () => {
      const { results, diagnostics } = render(phapCheCaiCachHanhChinh, {
        reviewedDocuments: 67,
        simplifiedProcedures: 5,
        dossiers,
        results: ['Thực hiện niêm yết công khai thủ tục hành chính tại trụ sở.'],
      });
      expect(diagnostics).toEqual([]);
      expect(results).toEqual([
        '1. Công tác pháp chế, kiểm soát thủ tục hành chính',
        'Thực hiện rà soát 67 văn bản.',
        'Kiến nghị đơn giản hóa 05 thủ tục hành chính.',
        'Tiếp nhận 120 hồ sơ thủ tục hành chính; đã giải quyết 118 hồ sơ (đúng hạn 116 hồ sơ, quá hạn 02 hồ sơ), đang giải quyết 02 hồ sơ; tỷ lệ giải quyết đúng hạn đạt 98,31%.',
        'Thực hiện niêm yết công khai thủ tục hành chính tại trụ sở.',
      ]);
    });

    it('leaves out the pending part when not given and the rate when nothing was resolved', () => {
      expect(render(phapCheCaiCachHanhChinh, { dossiers: { received: 0, resolved: 0, onTime: 0, late: 0 } }).results).toEqual([
        '1. Công tác pháp chế, kiểm soát thủ tục hành chính',
        'Tiếp nhận 0 hồ sơ thủ tục hành chính; đã giải quyết 0 hồ sơ (đúng hạn 0 hồ sơ, quá hạn 0 hồ sơ).',
      ]);
      expect(render(phapCheCaiCachHanhChinh, { dossiers: { received: 45, resolved: 45, onTime: 45, late: 0 } }).results[1]).toBe(
        'Tiếp nhận 45 hồ sơ thủ tục hành chính; đã giải quyết 45 hồ sơ (đúng hạn 45 hồ sơ, quá hạn 0 hồ sơ); tỷ lệ giải quyết đúng hạn đạt 100%.',
      );
    });
  });

  describe('plans', () => {
    it('writes the directions prose only', () => {
      const { plans } = render(phapCheCaiCachHanhChinh, {
        dossiers,
        plans: ['Tiếp tục thực hiện công tác pháp chế theo kế hoạch năm 2023 đề ra.'],
      });
      expect(plans).toEqual(['1. Công tác pháp chế, kiểm soát thủ tục hành chính', 'Tiếp tục thực hiện công tác pháp chế theo kế hoạch năm 2023 đề ra.']);
    });
  });

  describe('checks', () => {
    it('dossiers-resolved-sum: on time + late must make resolved', () => {
      expect(diagnose(phapCheCaiCachHanhChinh, { dossiers })).toEqual([]);
      expect(diagnose(phapCheCaiCachHanhChinh, { dossiers: { ...dossiers, late: 3, pending: 2 } })).toEqual([
        {
          code: 'phap-che-cai-cach-hanh-chinh/dossiers-resolved-sum',
          severity: 'warning',
          path: ['dossiers', 'resolved'],
          message: 'Số hồ sơ đã giải quyết (118) khác tổng đúng hạn và quá hạn (116 + 3 = 119).',
        },
      ]);
    });

    it('dossiers-received-sum: resolved + pending must make received', () => {
      expect(diagnose(phapCheCaiCachHanhChinh, { dossiers: { ...dossiers, pending: 5 } })).toEqual([
        {
          code: 'phap-che-cai-cach-hanh-chinh/dossiers-received-sum',
          severity: 'warning',
          path: ['dossiers', 'received'],
          message: 'Số hồ sơ tiếp nhận (120) khác tổng đã giải quyết và đang giải quyết (118 + 5 = 123).',
        },
      ]);
    });

    it('dossiers-resolved-exceeds: without pending, resolved cannot exceed received', () => {
      expect(diagnose(phapCheCaiCachHanhChinh, { dossiers: { received: 118, resolved: 118, onTime: 118, late: 0 } })).toEqual([]);
      expect(diagnose(phapCheCaiCachHanhChinh, { dossiers: { received: 100, resolved: 118, onTime: 118, late: 0 } })).toEqual([
        {
          code: 'phap-che-cai-cach-hanh-chinh/dossiers-resolved-exceeds',
          severity: 'warning',
          path: ['dossiers', 'resolved'],
          message: 'Số hồ sơ đã giải quyết (118) lớn hơn số hồ sơ tiếp nhận (100).',
        },
      ]);
    });
  });
});
