import { describe, expect, it } from 'vitest';
import { bacGiang } from '@baocao-khcn/test-utils';
import { buuChinhVienThong } from './buu-chinh-vien-thong';

const { diagnose, render } = bacGiang;

const YEAR_2025 = { kind: 'year', year: 2025 } as const;
const HEADING = '1. Công tác bưu chính, viễn thông, tần số vô tuyến điện, công nghiệp công nghệ số';

describe('buu-chinh-vien-thong', () => {
  it('declares its id, title, description and applies from 01/3/2025', () => {
    expect(buuChinhVienThong.id).toBe('buu-chinh-vien-thong');
    expect(buuChinhVienThong.title).toBe('Công tác bưu chính, viễn thông, tần số vô tuyến điện, công nghiệp công nghệ số');
    expect(buuChinhVienThong.description).toMatch(/Sở Thông tin và Truyền thông/);
    expect(buuChinhVienThong.appliesFrom).toBe('2025-03-01');
    expect(buuChinhVienThong.checks).toBeUndefined();
  });

  describe('schema', () => {
    it('accepts the figures', () => {
      expect(buuChinhVienThong.schema.safeParse({ postalPoints: 215, btsStations: 1850, frequencyLicences: 42, digitalCompanies: 120, subscribers: { mobile: 1200000 } }).success).toBe(true);
    });

    it('rejects negative, fractional and textual counts', () => {
      expect(buuChinhVienThong.schema.safeParse({ postalPoints: -1 }).success).toBe(false);
      expect(buuChinhVienThong.schema.safeParse({ btsStations: 18.5 }).success).toBe(false);
      expect(buuChinhVienThong.schema.safeParse({ subscribers: { broadband: '250.000' } }).success).toBe(false);
    });

    it('turns bad data into diagnostics with paths inside the section', () => {
      expect(diagnose(buuChinhVienThong, { subscribers: { mobile: -5 } }, { period: YEAR_2025 }).map((d) => [d.code, d.path])).toEqual([
        ['schema/too_small', ['subscribers', 'mobile']],
      ]);
    });
  });

  describe('results', () => {
    it('writes infrastructure, subscribers and licences, then the prose', () => {
      const { results, diagnostics } = render(
        buuChinhVienThong,
        {
          postalPoints: 215,
          btsStations: 1850,
          digitalCompanies: 120,
          subscribers: { mobile: 1200000, broadband: 250000 },
          frequencyLicences: 42,
          results: ['Hạ tầng viễn thông được duy trì ổn định.'],
        },
        { period: YEAR_2025 },
      );
      expect(diagnostics).toEqual([]);
      expect(results).toEqual([
        HEADING,
        'Toàn tỉnh có 215 điểm phục vụ bưu chính, 1.850 trạm thu phát sóng di động (BTS), 120 doanh nghiệp công nghệ số.',
        'Số thuê bao di động đạt 1.200.000 thuê bao; số thuê bao băng rộng đạt 250.000 thuê bao.',
        'Cấp 42 giấy phép sử dụng tần số vô tuyến điện.',
        'Hạ tầng viễn thông được duy trì ổn định.',
      ]);
    });

    it('writes only the figures given', () => {
      expect(render(buuChinhVienThong, { btsStations: 7, subscribers: { broadband: 0 } }, { period: YEAR_2025 }).results).toEqual([
        HEADING,
        'Toàn tỉnh có 07 trạm thu phát sóng di động (BTS).',
        'Số thuê bao băng rộng đạt 0 thuê bao.',
      ]);
      expect(render(buuChinhVienThong, {}, { period: YEAR_2025 }).results).toEqual([HEADING]);
    });
  });

  describe('plans', () => {
    it('writes the directions prose only', () => {
      const { plans } = render(buuChinhVienThong, { postalPoints: 215, plans: ['Phát triển hạ tầng mạng 5G.'] }, { period: YEAR_2025 });
      expect(plans).toEqual([HEADING, 'Phát triển hạ tầng mạng 5G.']);
    });
  });
});
