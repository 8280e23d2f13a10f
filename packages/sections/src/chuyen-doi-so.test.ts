import { describe, expect, it } from 'vitest';
import { bacGiang } from '@baocao-khcn/test-utils';
import { chuyenDoiSo } from './chuyen-doi-so';

const { diagnose, render } = bacGiang;

const HALF_2025 = { kind: 'half', year: 2025, half: 1 } as const;
const HEADING = '1. Công tác chuyển đổi số, ứng dụng công nghệ thông tin, giao dịch điện tử';

describe('chuyen-doi-so', () => {
  it('declares its id, title, description and applies from 01/3/2025', () => {
    expect(chuyenDoiSo.id).toBe('chuyen-doi-so');
    expect(chuyenDoiSo.title).toBe('Công tác chuyển đổi số, ứng dụng công nghệ thông tin, giao dịch điện tử');
    expect(chuyenDoiSo.description).toMatch(/Sở Thông tin và Truyền thông/);
    expect(chuyenDoiSo.appliesFrom).toBe('2025-03-01');
  });

  describe('schema', () => {
    it('accepts the figures', () => {
      expect(chuyenDoiSo.schema.safeParse({ onlineServices: { total: 120, fullProcess: 80 }, onlineDossiers: { online: 850, total: 1000, rate: 85 }, digitalSignatures: 35 }).success).toBe(true);
    });

    it('rejects services without a total, dossiers without a total and a negative count', () => {
      expect(chuyenDoiSo.schema.safeParse({ onlineServices: { fullProcess: 80 } }).success).toBe(false);
      expect(chuyenDoiSo.schema.safeParse({ onlineDossiers: { online: 850 } }).success).toBe(false);
      expect(chuyenDoiSo.schema.safeParse({ digitalSignatures: -3 }).success).toBe(false);
    });

    it('turns bad data into diagnostics with paths inside the section', () => {
      expect(diagnose(chuyenDoiSo, { onlineDossiers: { online: 8.5, total: 10 } }, { period: HALF_2025 }).map((d) => [d.code, d.path])).toEqual([
        ['schema/invalid_type', ['onlineDossiers', 'online']],
      ]);
    });
  });

  describe('results', () => {
    it('writes services, dossiers and signatures, then the prose', () => {
      const { results, diagnostics } = render(
        chuyenDoiSo,
        {
          onlineServices: { total: 120, fullProcess: 80, partial: 40 },
          onlineDossiers: { online: 850, total: 1000 },
          digitalSignatures: 35,
          results: ['Duy trì hệ thống quản lý văn bản và điều hành.'],
        },
        { period: HALF_2025 },
      );
      expect(diagnostics).toEqual([]);
      expect(results).toEqual([
        HEADING,
        'Cung cấp 120 dịch vụ công trực tuyến, trong đó: 80 dịch vụ công trực tuyến toàn trình, 40 dịch vụ công trực tuyến một phần.',
        'Tiếp nhận 850 hồ sơ trực tuyến trên tổng số 1.000 hồ sơ, đạt tỷ lệ 85%.',
        'Cấp 35 chứng thư chữ ký số.',
        'Duy trì hệ thống quản lý văn bản và điều hành.',
      ]);
    });

    it('writes the parts given only, and the stated rate as written', () => {
      const { results } = render(chuyenDoiSo, { onlineServices: { total: 9, partial: 3 }, onlineDossiers: { online: 2, total: 3, rate: 66.7 } }, { period: HALF_2025 });
      expect(results).toEqual([
        HEADING,
        'Cung cấp 09 dịch vụ công trực tuyến, trong đó: 03 dịch vụ công trực tuyến một phần.',
        'Tiếp nhận 02 hồ sơ trực tuyến trên tổng số 03 hồ sơ, đạt tỷ lệ 66,7%.',
      ]);
      expect(render(chuyenDoiSo, { onlineServices: { total: 9 } }, { period: HALF_2025 }).results[1]).toBe('Cung cấp 09 dịch vụ công trực tuyến.');
    });

    it('is flagged when used before 01/3/2025', () => {
      const { diagnostics } = render(chuyenDoiSo, { digitalSignatures: 1 });
      expect(diagnostics.map((d) => d.code)).toEqual(['section/not-applicable', 'section/not-applicable']);
    });
  });

  describe('plans', () => {
    it('writes the directions prose only', () => {
      const { plans } = render(chuyenDoiSo, { digitalSignatures: 35, plans: ['Đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình.'] }, { period: HALF_2025 });
      expect(plans).toEqual([HEADING, 'Đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình.']);
    });
  });

  describe('checks', () => {
    it('online-services-exceed: full-process and partial services within the total', () => {
      expect(diagnose(chuyenDoiSo, { onlineServices: { total: 120, fullProcess: 80, partial: 40 } }, { period: HALF_2025 })).toEqual([]);
      expect(diagnose(chuyenDoiSo, { onlineServices: { total: 120, fullProcess: 90, partial: 40 } }, { period: HALF_2025 })).toEqual([
        { code: 'chuyen-doi-so/online-services-exceed', severity: 'warning', path: ['onlineServices'], message: 'Số dịch vụ toàn trình và một phần (130) lớn hơn tổng số dịch vụ công trực tuyến (120).' },
      ]);
    });

    it('online-dossiers-exceed: online dossiers within the total', () => {
      expect(diagnose(chuyenDoiSo, { onlineDossiers: { online: 1200, total: 1000 } }, { period: HALF_2025 })).toEqual([
        { code: 'chuyen-doi-so/online-dossiers-exceed', severity: 'warning', path: ['onlineDossiers', 'online'], message: 'Số hồ sơ trực tuyến (1.200) lớn hơn tổng số hồ sơ (1.000).' },
      ]);
    });

    it('online-dossiers-rate: the stated rate agrees with online / total', () => {
      expect(diagnose(chuyenDoiSo, { onlineDossiers: { online: 2, total: 3, rate: 66.7 } }, { period: HALF_2025 })).toEqual([]);
      expect(diagnose(chuyenDoiSo, { onlineDossiers: { online: 850, total: 1000, rate: 90 } }, { period: HALF_2025 })).toEqual([
        { code: 'chuyen-doi-so/online-dossiers-rate', severity: 'warning', path: ['onlineDossiers', 'rate'], message: 'Tỷ lệ ghi 90% nhưng 850/1.000 = 85%.' },
      ]);
    });
  });
});
