import { describe, expect, it } from 'vitest';
import { rollupIndicators } from './rollup';
import { month, quarter, reportOf, samplesSection, seriesProfile } from './_test/fixtures';

const options = { profile: seriesProfile, sections: [samplesSection] };
const monthly = (year: number, m: number, samples: number, holders: number, online: number, total: number) =>
  reportOf(month(year, m), { samples, holders, dossiers: { online, total } });
const values = (r: ReturnType<typeof rollupIndicators>) => Object.fromEntries(r.indicators.map((i) => [i.id, i.value]));

describe('rollupIndicators', () => {
  const q1 = [monthly(2025, 1, 10, 5, 8, 10), monthly(2025, 2, 20, 6, 15, 20), monthly(2025, 3, 30, 4, 27, 30)];

  it('a quarter: flows summed, stocks at the end, ratios recomputed from their parts', () => {
    const out = rollupIndicators(q1, quarter(2025, 1), options);
    expect(out.diagnostics).toEqual([]);
    expect(values(out)).toEqual({ 'mau-thu/samples': 60, 'mau-thu/holders': 4, 'mau-thu/dossiers.rate': 83.33, 'mau-thu/dossiers.online': 50, 'mau-thu/dossiers.total': 60 });
    expect(out.indicators[0]).toEqual({ id: 'mau-thu/samples', label: 'Mẫu thử nghiệm', unit: 'mẫu', kind: 'flow', value: 60, sources: [0, 1, 2] });
  });

  it('a half, nine months and a year from quarters and months mixed', () => {
    const reports = [
      reportOf(quarter(2025, 1), { samples: 60, holders: 4 }),
      monthly(2025, 4, 1, 9, 1, 1), monthly(2025, 5, 2, 9, 1, 1), monthly(2025, 6, 3, 10, 1, 1),
      reportOf(quarter(2025, 3), { samples: 100, holders: 12 }),
      reportOf(quarter(2025, 4), { samples: 200, holders: 15 }),
    ];
    expect(values(rollupIndicators(reports, { kind: 'half', year: 2025, half: 1 }, options))['mau-thu/samples']).toBe(66);
    expect(values(rollupIndicators(reports, { kind: 'half', year: 2025, half: 1 }, options))['mau-thu/holders']).toBe(10);
    expect(values(rollupIndicators(reports, { kind: 'nine-months', year: 2025 }, options))['mau-thu/samples']).toBe(166);
    expect(values(rollupIndicators(reports, { kind: 'nine-months', year: 2025 }, options))['mau-thu/holders']).toBe(12);
    const year = rollupIndicators(reports, { kind: 'year', year: 2025 }, options);
    expect([values(year)['mau-thu/samples'], values(year)['mau-thu/holders']]).toEqual([366, 15]);
  });

  it('overlaps: months are preferred to the quarter that holds them, nothing counted twice', () => {
    const out = rollupIndicators([reportOf(quarter(2025, 1), { samples: 999 }), ...q1], quarter(2025, 1), options);
    expect(values(out)['mau-thu/samples']).toBe(60);
    expect(out.indicators[0]?.sources).toEqual([1, 2, 3]);
  });

  it('a gap is a diagnostic naming the missing months, and the indicator is left out', () => {
    const out = rollupIndicators([q1[0], q1[2]], quarter(2025, 1), options);
    expect(values(out)['mau-thu/samples']).toBeUndefined();
    expect(values(out)['mau-thu/holders']).toBe(4); // a stock needs only the last month
    expect(out.diagnostics[0]).toEqual({
      code: 'series/gap', severity: 'warning', path: [0, 'sections', 'mau-thu', 'samples'],
      message: 'Không tính được số liệu quý I năm 2025 của "Mẫu thử nghiệm": lịch sử thiếu báo cáo tháng 2/2025; số liệu này được bỏ qua.',
    });
  });

  it('a stock with no report for the last month is a gap', () => {
    const out = rollupIndicators([q1[0], q1[1]], quarter(2025, 1), options);
    expect(values(out)['mau-thu/holders']).toBeUndefined();
    expect(out.diagnostics.map((d) => d.message)).toContain('Không tính được số liệu quý I năm 2025 của "Doanh nghiệp có chứng nhận": lịch sử thiếu báo cáo tháng 3/2025; số liệu này được bỏ qua.');
  });

  it('leaves out plans, reports of other years and reports outside the period', () => {
    const out = rollupIndicators(
      [...q1, reportOf({ kind: 'year', year: 2025 }, { samples: 700 }, [], 'ke-hoach'), monthly(2024, 2, 1000, 1, 1, 1), monthly(2025, 4, 1000, 1, 1, 1)],
      quarter(2025, 1), options,
    );
    expect(values(out)['mau-thu/samples']).toBe(60);
  });

  it('reports unusable items at their index and never throws', () => {
    const out = rollupIndicators([null, q1[0], { period: { kind: 'custom', from: '2025-01-01', to: '2025-01-31', label: 'x' } }] as unknown[], month(2025, 1), options);
    expect(values(out)['mau-thu/samples']).toBe(10);
    expect(out.diagnostics.map((d) => [d.code, d.path])).toEqual([['series/invalid-history', [0]], ['series/invalid-history', [2]]]);
    expect(rollupIndicators('nope' as unknown as unknown[], month(2025, 1), options).diagnostics[0]?.code).toBe('series/invalid-history');
    expect(rollupIndicators(q1, { kind: 'custom', from: '2025-01-01', to: '2025-01-31', label: 'x' }, options).diagnostics[0]?.code).toBe('series/unsupported-period');
  });

  it('a figure of the text with an undeclared indicator cannot be rolled up', () => {
    const withVisits = reportOf(month(2025, 1), {}, [[{ type: 'figure', value: 3, indicator: 'tham-quan/visits' }]]);
    const out = rollupIndicators([withVisits], month(2025, 1), options);
    expect(out.diagnostics).toEqual([{ code: 'series/missing-kind', severity: 'warning', path: [0, 'body', 0, 'content', 0, 0, 'value'], message: 'Chỉ tiêu "tham-quan/visits" chưa khai báo loại (flow, stock hay ratio): không cộng dồn được cho tháng 1/2025.' }]);
  });
});
