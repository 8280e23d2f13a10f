import { describe, expect, it } from 'vitest';
import { codes, langSon } from '@baocao-khcn/test-utils';
import { anToanBucXa } from './an-toan-buc-xa';

const { diagnose, render } = langSon;

describe('an-toan-buc-xa schema', () => {
  it('accepts the four counts', () => {
    expect(anToanBucXa.schema.parse({ licences: 10, certificates: 5, facilities: 40, inspections: 1 })).toMatchObject({ licences: 10, certificates: 5, facilities: 40, inspections: 1 });
  });

  it('rejects negative counts', () => {
    expect(anToanBucXa.schema.safeParse({ licences: -10 }).error?.issues.map((i) => i.path.join('.'))).toEqual(['licences']);
  });
});

describe('an-toan-buc-xa results', () => {
  it('writes licences and certificates as seed 000 does, then the prose', () => {
    const { results, diagnostics } = render(anToanBucXa, { licences: 10, certificates: 5, results: ['Công tác quản lý an toàn bức xạ và hạt nhân được đảm bảo.'] });
    expect(diagnostics).toEqual([]);
    expect(results).toEqual([
      '1. Công tác an toàn bức xạ và hạt nhân',
      'Thẩm định, cấp 10 giấy phép tiến hành công việc bức xạ; 05 chứng chỉ nhân viên bức xạ.',
      'Công tác quản lý an toàn bức xạ và hạt nhân được đảm bảo.',
    ]);
  });

  it('writes certificates alone, and the facilities with the inspections', () => {
    expect(render(anToanBucXa, { certificates: 1 }).results[1]).toBe('Thẩm định, cấp 01 chứng chỉ nhân viên bức xạ.');
    expect(render(anToanBucXa, { facilities: 45, inspections: 3 }).results[1]).toBe(
      'Theo dõi, quản lý 45 cơ sở tiến hành công việc bức xạ trên địa bàn; tổ chức kiểm tra 03 cơ sở.',
    );
    expect(render(anToanBucXa, { licences: 12, inspections: 1 }).results[1]).toBe(
      'Thẩm định, cấp 12 giấy phép tiến hành công việc bức xạ. Tổ chức kiểm tra 01 cơ sở tiến hành công việc bức xạ.',
    );
  });
});

describe('an-toan-buc-xa plans', () => {
  it('writes the directions prose only', () => {
    expect(render(anToanBucXa, { licences: 10, plans: ['Tăng cường công tác quản lý nhà nước về an toàn bức xạ và hạt nhân.'] }).plans).toEqual([
      '1. Công tác an toàn bức xạ và hạt nhân',
      'Tăng cường công tác quản lý nhà nước về an toàn bức xạ và hạt nhân.',
    ]);
  });
});

describe('an-toan-buc-xa checks', () => {
  it('inspections-exceed-facilities: passes when fewer facilities are inspected than managed', () => {
    expect(codes(diagnose(anToanBucXa, { facilities: 3, inspections: 3 }))).toEqual([]);
  });

  it('inspections-exceed-facilities: warns when more facilities are inspected than managed', () => {
    expect(diagnose(anToanBucXa, { facilities: 2, inspections: 3 })).toEqual([
      {
        code: 'an-toan-buc-xa/inspections-exceed-facilities',
        severity: 'warning',
        path: ['inspections'],
        message: 'Số cơ sở được kiểm tra (3) lớn hơn số cơ sở tiến hành công việc bức xạ đang quản lý (2).',
      },
    ]);
  });
});
