import { describe, expect, it } from 'vitest';
import { codes, langSon } from '@baocao-khcn/test-utils';
import { thamMuu } from './tham-muu';

const { diagnose, render } = langSon;

const documents = [
  { kind: 'Quyết định', number: '388/QĐ-UBND', date: '2021-01-25', issuer: 'UBND tỉnh', subject: 'phê duyệt Danh mục nhiệm vụ khoa học và công nghệ đặt hàng đợt 1 năm 2021' },
  { kind: 'Quyết định', number: '31/QĐ-BTC', date: '2021-02-17', issuer: 'BTC cuộc thi sáng tạo dành cho thanh thiếu niên, nhi đồng', connector: '', subject: 'Ban hành Thể lệ Cuộc thi' },
  { kind: 'Kế hoạch', subject: 'khoa học, công nghệ và đổi mới sáng tạo đến năm 2025', status: 'dự thảo' },
];

describe('tham-muu schema', () => {
  it('accepts documents, a stated count and prose, with defaults', () => {
    const parsed = thamMuu.schema.parse({ documents, stated: 3 });
    expect(parsed.documents).toHaveLength(3);
    expect(parsed.stated).toBe(3);
    expect(parsed.results).toEqual([]);
    expect(parsed.subsections).toEqual([]);
  });

  it('rejects a document without subject, a date not in ISO form and a negative count', () => {
    const result = thamMuu.schema.safeParse({ documents: [{ kind: 'Quyết định', date: '25/1/2021' }], stated: -1 });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.')).sort();
    expect(paths).toEqual(['documents.0.date', 'documents.0.subject', 'stated']);
  });

  it('turns bad data into diagnostics inside the section, not exceptions', () => {
    expect(diagnose(thamMuu, { documents: [{ kind: 'Quyết định' }] }).map((d) => [d.code, d.path.join('.')])).toEqual([['schema/invalid_union', 'documents.0.subject']]);
  });
});

describe('tham-muu results', () => {
  it('writes a lead sentence with the count and the documents as a "-" list, then the prose', () => {
    const { results, diagnostics } = render(thamMuu, { documents, results: ['Xây dựng dự thảo Kế hoạch năm 2023.'] });
    expect(diagnostics).toEqual([]);
    expect(results).toEqual([
      '1. Công tác tham mưu',
      'Tham mưu xây dựng, ban hành 03 văn bản:',
      '- Quyết định số 388/QĐ-UBND ngày 25/1/2021 của UBND tỉnh về phê duyệt Danh mục nhiệm vụ khoa học và công nghệ đặt hàng đợt 1 năm 2021;',
      '- Quyết định số 31/QĐ-BTC ngày 17/2/2021 của BTC cuộc thi sáng tạo dành cho thanh thiếu niên, nhi đồng Ban hành Thể lệ Cuộc thi;',
      '- Kế hoạch khoa học, công nghệ và đổi mới sáng tạo đến năm 2025 (dự thảo).',
      'Xây dựng dự thảo Kế hoạch năm 2023.',
    ]);
  });

  it('uses the intro as written instead of the generated lead sentence', () => {
    const intro = 'Với chức năng nhiệm vụ được giao, Sở Khoa học và Công nghệ đã tham mưu cho tỉnh ban hành một số văn bản chỉ đạo:';
    const { results } = render(thamMuu, { intro, documents: documents.slice(0, 1) });
    expect(results.slice(1)).toEqual([intro, '- Quyết định số 388/QĐ-UBND ngày 25/1/2021 của UBND tỉnh về phê duyệt Danh mục nhiệm vụ khoa học và công nghệ đặt hàng đợt 1 năm 2021.']);
  });

  it('writes only the stated count when no document is listed, and only the prose when there are no figures', () => {
    expect(render(thamMuu, { stated: 5 }).results).toEqual(['1. Công tác tham mưu', 'Tham mưu xây dựng, ban hành 05 văn bản.']);
    expect(render(thamMuu, { results: ['Trình UBND tỉnh dự thảo Kế hoạch.'] }).results).toEqual(['1. Công tác tham mưu', 'Trình UBND tỉnh dự thảo Kế hoạch.']);
  });
});

describe('tham-muu plans', () => {
  it('writes the directions prose only', () => {
    const { plans } = render(thamMuu, { documents, plans: ['Tham mưu ban hành Kế hoạch KH&CN năm 2023.'] });
    expect(plans).toEqual(['1. Công tác tham mưu', 'Tham mưu ban hành Kế hoạch KH&CN năm 2023.']);
  });
});

describe('tham-muu checks', () => {
  it('stated-count: passes when the stated count matches the list', () => {
    expect(diagnose(thamMuu, { documents, stated: 3 })).toEqual([]);
  });

  it('stated-count: warns when the stated count differs from the list', () => {
    expect(diagnose(thamMuu, { documents, stated: 4 })).toEqual([
      { code: 'tham-muu/stated-count', severity: 'warning', path: ['stated'], message: 'Ghi 4 văn bản nhưng danh sách có 3 văn bản.' },
    ]);
  });

  it('date/invalid: core refuses a date that does not exist', () => {
    const result = diagnose(thamMuu, { documents: [{ kind: 'Quyết định', number: '1/QĐ-UBND', date: '2022-02-30', subject: 'x' }] });
    expect(result).toEqual([{ code: 'date/invalid', severity: 'error', path: ['documents', 0, 'date'], message: 'Ngày "2022-02-30" không có thật.' }]);
  });

  it('date-after-cutoff: passes on the cut-off day, warns the day after', () => {
    expect(codes(diagnose(thamMuu, { documents: [{ kind: 'Quyết định', date: '2022-09-14', subject: 'x' }] }))).toEqual([]);
    expect(diagnose(thamMuu, { documents: [{ kind: 'Quyết định', date: '2022-09-15', subject: 'x' }] })).toEqual([
      { code: 'tham-muu/date-after-cutoff', severity: 'warning', path: ['documents', 0, 'date'], message: 'Văn bản ngày 15/9/2022 ban hành sau ngày chốt số liệu 14/9/2022.' },
    ]);
  });
});
