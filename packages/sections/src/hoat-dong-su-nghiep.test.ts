import { describe, expect, it } from 'vitest';
import { bacGiang } from '@baocao-khcn/test-utils';
import { hoatDongSuNghiep } from './hoat-dong-su-nghiep';

const { diagnose, render } = bacGiang;

const services = [
  { label: 'Kiểm định cột đo xăng dầu', count: 360, unit: 'cột' },
  { label: 'Kiểm định công tơ điện', count: 2214, unit: 'cái' },
  { label: 'Kiểm định áp kế', count: 6, unit: 'cái' },
];

describe('hoat-dong-su-nghiep', () => {
  it('declares its id, titles and description', () => {
    expect(hoatDongSuNghiep.id).toBe('hoat-dong-su-nghiep');
    expect(hoatDongSuNghiep.title).toEqual({ results: 'Hoạt động sự nghiệp', plans: 'Hoạt động sự nghiệp khoa học và công nghệ' });
    expect(hoatDongSuNghiep.description).toMatch(/sự nghiệp công lập/);
  });

  describe('schema', () => {
    it('accepts services and revenue, with the default unit', () => {
      const parsed = hoatDongSuNghiep.schema.safeParse({ services, revenue: { amount: 1250.5 } });
      expect(parsed.success).toBe(true);
      expect(parsed.data?.revenue).toEqual({ amount: 1250.5, unit: 'triệu đồng' });
    });

    it('rejects a service without a unit, a fractional count and a negative revenue', () => {
      expect(hoatDongSuNghiep.schema.safeParse({ services: [{ label: 'Kiểm định cân', count: 3 }] }).success).toBe(false);
      expect(hoatDongSuNghiep.schema.safeParse({ services: [{ label: 'Kiểm định cân', count: 3.5, unit: 'cái' }] }).success).toBe(false);
      expect(hoatDongSuNghiep.schema.safeParse({ revenue: { amount: -1 } }).success).toBe(false);
    });

    it('turns bad data into diagnostics with paths inside the section', () => {
      expect(diagnose(hoatDongSuNghiep, { services: [{ label: 'Kiểm định cân', count: -2, unit: 'cái' }] }).map((d) => [d.code, d.path])).toEqual([
        ['schema/too_small', ['services', 0, 'count']],
      ]);
    });
  });

  describe('results', () => {
    it('lists the services, then the revenue, then the prose', () => {
      const { results, diagnostics } = render(hoatDongSuNghiep, {
        services,
        revenue: { amount: 1250.5 },
        results: ['Quản lý, duy trì hệ thống phòng kiểm định - hiệu chuẩn theo tiêu chuẩn ISO/IEC 17025:2017.'],
      });
      expect(diagnostics).toEqual([]);
      expect(results).toEqual([
        '1. Hoạt động sự nghiệp',
        'Kết quả thực hiện các dịch vụ sự nghiệp công:',
        '- Kiểm định cột đo xăng dầu 360 cột;',
        '- Kiểm định công tơ điện 2.214 cái;',
        '- Kiểm định áp kế 06 cái.',
        'Tổng thu từ hoạt động sự nghiệp đạt 1.250,5 triệu đồng.',
        'Quản lý, duy trì hệ thống phòng kiểm định - hiệu chuẩn theo tiêu chuẩn ISO/IEC 17025:2017.',
      ]);
    });

    it('takes a lead sentence and a unit of its own', () => {
      const { results } = render(hoatDongSuNghiep, {
        services: [{ label: 'Phân tích mẫu hóa – vi sinh', count: 51, unit: 'mẫu' }],
        servicesLead: 'Tổ chức kiểm định, thử nghiệm:',
        revenue: { amount: 2500000000, unit: 'đồng' },
      });
      expect(results).toEqual([
        '1. Hoạt động sự nghiệp',
        'Tổ chức kiểm định, thử nghiệm:',
        '- Phân tích mẫu hóa – vi sinh 51 mẫu.',
        'Tổng thu từ hoạt động sự nghiệp đạt 2.500.000.000 đồng.',
      ]);
    });
  });

  describe('plans', () => {
    it('writes the directions prose under the plans title', () => {
      const { plans } = render(hoatDongSuNghiep, { services, plans: ['Duy trì chuẩn đo lường, kiểm định các phương tiện đo.'] });
      expect(plans).toEqual(['1. Hoạt động sự nghiệp khoa học và công nghệ', 'Duy trì chuẩn đo lường, kiểm định các phương tiện đo.']);
    });
  });

  describe('checks', () => {
    it('duplicate-service: a service listed twice', () => {
      expect(diagnose(hoatDongSuNghiep, { services })).toEqual([]);
      expect(diagnose(hoatDongSuNghiep, { services: [...services, { label: 'kiểm định áp kế ', count: 4, unit: 'cái' }] })).toEqual([
        { code: 'hoat-dong-su-nghiep/duplicate-service', severity: 'warning', path: ['services', 3, 'label'], message: 'Dịch vụ "kiểm định áp kế " đã có ở dòng 3.' },
      ]);
    });
  });
});
