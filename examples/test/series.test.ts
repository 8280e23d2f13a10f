import { composeReport, indicatorsOf, rollupIndicators, validateReport } from '@baocao-khcn/core';
import { renderMarkdown } from '@baocao-khcn/render-md';
import { allSections } from '@baocao-khcn/sections';
import { resolvePath } from '@baocao-khcn/test-utils';
import { describe, expect, it } from 'vitest';
import { monthlyReports, plan2025, profile, seriesExamples } from '../series/reports';

const options = { profile, sections: allSections };

describe('examples/series: a province reporting every month of 2025', () => {
  const examples = seriesExamples();
  const byId = new Map(examples.map((e) => [e.id, e] as const));
  const compose = (id: string) => {
    const ex = byId.get(id);
    if (!ex) throw new Error(id);
    return { ex, ...composeReport(ex.input, { ...options, history: ex.history }) };
  };

  it('reproduces seed 004 from the history: 38 samples this month, 502 lũy kế, target 700 → 71,7%', () => {
    const { document } = compose('2025-thang-09');
    const md = renderMarkdown(document);
    expect(md).toContain('Thử nghiệm chất lượng 38 mẫu hàng hóa, lũy kế 502/700 mẫu hàng hóa, đạt 71,7% kế hoạch năm.');
    // The contract shape of the issue, in free text:
    const input = { ...byId.get('2025-thang-09')?.input, body: [{ part: 'results', content: [[{ type: 'figure', value: 38, unit: 'mẫu', indicator: 'tieu-chuan-do-luong-chat-luong/samplesTested', show: ['cumulative', 'plan'] }]] }] };
    const plain = renderMarkdown(composeReport(input, { ...options, history: byId.get('2025-thang-09')?.history }).document);
    expect(plain).toContain('38 mẫu, lũy kế 502/700 mẫu, đạt 71,7% kế hoạch năm');
  });

  it('writes cùng kỳ against the 2024 series and the comparison table', () => {
    const md = renderMarkdown(compose('2025-thang-09').document);
    expect(md).toContain('Tiếp nhận 10 hồ sơ đăng ký sở hữu công nghiệp, lũy kế 106 hồ sơ đăng ký sở hữu công nghiệp, tăng 11,1% so với cùng kỳ năm 2024');
    expect(md).toContain('| 1 | Mẫu hàng hóa thử nghiệm | mẫu | 38 | 35 | 8,6 | 502 | 700 | 71,7 |');
    expect(md).toContain('| 3 | Dự án về sở hữu trí tuệ đang quản lý | dự án | 21 | 17 | 23,5 | 21 | 25 | 84,0 |');
  });

  it('catches the wrong lũy kế stated by hand in October, at the stated value', () => {
    const { ex, diagnostics } = compose('2025-thang-10');
    const wrong = diagnostics.filter((d) => d.code.startsWith('series/'));
    expect(wrong).toEqual([{
      code: 'series/cumulative-mismatch', severity: 'warning', path: ['body', 0, 'content', 1, 1, 'value'],
      message: 'Lũy kế "Hồ sơ đăng ký xác lập quyền sở hữu công nghiệp" ghi 128 nhưng tính từ các báo cáo trước và kỳ này là 120.',
    }]);
    expect(resolvePath(ex.input, wrong[0]?.path ?? []).found).toBe(true);
  });

  it('every other report of the series is clean, and every diagnostic path resolves in its input', () => {
    for (const ex of examples) {
      const diagnostics = validateReport(ex.input, { ...options, history: ex.history });
      for (const d of diagnostics) expect(resolvePath(ex.input, d.path).found, `${ex.id} ${d.code}`).toBe(true);
      if (ex.id !== '2025-thang-10') expect(diagnostics, ex.id).toEqual([]);
    }
  });

  it('the longer reports take their figures from rollupIndicators', () => {
    const months = monthlyReports(2025);
    const h1 = rollupIndicators(months, { kind: 'half', year: 2025, half: 1 }, options);
    expect(h1.diagnostics).toEqual([]);
    expect(Object.fromEntries(h1.indicators.map((i) => [i.id, i.value]))).toEqual({
      'tieu-chuan-do-luong-chat-luong/samples.tested': 343,
      'so-huu-tri-tue/applications': 69,
      'so-huu-tri-tue/supportProjects': 20,
      'an-toan-buc-xa/licences': 21,
      'an-toan-buc-xa/facilities': 123,
    });
    const year = indicatorsOf(byId.get('2025-nam')?.input, options);
    expect(year.find((i) => i.id === 'tieu-chuan-do-luong-chat-luong/samples.tested')?.value).toBe(689);
    expect(indicatorsOf(plan2025, options).map((i) => [i.id, i.value])).toContainEqual(['tieu-chuan-do-luong-chat-luong/samples.tested', 700]);
  });
});
