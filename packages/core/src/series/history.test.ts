import { describe, expect, it } from 'vitest';
import { composeReport } from '../compose/compose-report';
import type { Period } from '../period/types';
import { validateReport } from '../validate/validate-report';
import type { FigureInput } from '../model/rich-text';
import { month, quarter, reportOf, samplesSection, seriesProfile } from './_test/fixtures';
import { resolvePath } from './resolve';

const sections = [samplesSection];
/** Monthly reports of a year: samples = month × 10, holders = month, dossiers online/total = month / 10. */
const year = (y: number, months: number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], scale = 1) =>
  months.map((m) => reportOf(month(y, m), { samples: m * 10 * scale, holders: m, dossiers: { online: m, total: 10 } }));
const plan2025 = reportOf({ kind: 'year', year: 2025 }, { samples: 1000, holders: 20 }, [], 'ke-hoach');

/** The text of the first paragraph of the results part, for a report whose content is one paragraph. */
function sentence(period: Period, figure: FigureInput, history: unknown[]): { text: string; codes: string[] } {
  const input = reportOf(period, {}, [['Thử nghiệm ', figure, '.']]);
  const { document, diagnostics } = composeReport(input, { profile: seriesProfile, sections, history });
  const para = document.body[1];
  const text = para?.type === 'paragraph' ? para.children.map((c) => (c.type === 'text' ? c.text : '')).join('') : '';
  for (const d of diagnostics) expect(resolvePath(input, d.path).found, `${d.code} ${JSON.stringify(d.path)}`).toBe(true);
  return { text, codes: diagnostics.map((d) => d.code) };
}
const samples = (value: number, show: FigureInput['show']): FigureInput => ({ type: 'figure', value, unit: 'mẫu', indicator: 'mau-thu/samples', show });

describe('lũy kế, cùng kỳ and kế hoạch năm in the text', () => {
  it('a month: the months before it plus its own value, and the share of the plan', () => {
    expect(sentence(month(2025, 9), samples(90, ['cumulative', 'plan']), [...year(2025, [1, 2, 3, 4, 5, 6, 7, 8]), plan2025])).toEqual({
      text: 'Thử nghiệm 90 mẫu, lũy kế 450/1.000 mẫu, đạt 45,0% kế hoạch năm.', codes: [],
    });
  });
  it('January: just January; December: the whole year', () => {
    expect(sentence(month(2025, 1), samples(10, ['cumulative']), []).text).toBe('Thử nghiệm 10 mẫu, lũy kế 10 mẫu.');
    expect(sentence(month(2025, 12), samples(120, ['cumulative']), year(2025, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])).text).toBe('Thử nghiệm 120 mẫu, lũy kế 780 mẫu.');
  });
  it('December does not reach into the next year, January not into the last', () => {
    expect(sentence(month(2026, 1), samples(7, ['cumulative']), year(2025)).text).toBe('Thử nghiệm 7 mẫu, lũy kế 7 mẫu.');
  });
  it('a quarter, a half, nine months and a year', () => {
    const h = year(2025);
    expect(sentence(quarter(2025, 2), samples(150, ['cumulative']), h).text).toBe('Thử nghiệm 150 mẫu, lũy kế 210 mẫu.');
    expect(sentence({ kind: 'half', year: 2025, half: 2 }, samples(570, ['cumulative']), h).text).toBe('Thử nghiệm 570 mẫu, lũy kế 780 mẫu.');
    expect(sentence({ kind: 'nine-months', year: 2025 }, samples(450, ['cumulative']), []).text).toBe('Thử nghiệm 450 mẫu, lũy kế 450 mẫu.');
    expect(sentence({ kind: 'year', year: 2025 }, samples(780, ['cumulative', 'plan']), [plan2025]).text).toBe('Thử nghiệm 780 mẫu, lũy kế 780/1.000 mẫu, đạt 78,0% kế hoạch năm.');
  });
  it('a quarterly report in the history stands for its months', () => {
    const history = [reportOf(quarter(2025, 1), { samples: 60 }), reportOf(quarter(2025, 2), { samples: 150 })];
    expect(sentence(month(2025, 7), samples(70, ['cumulative']), history).text).toBe('Thử nghiệm 70 mẫu, lũy kế 280 mẫu.');
  });
  it('the current period in the history (an earlier draft) does not count twice', () => {
    expect(sentence(month(2025, 2), samples(20, ['cumulative']), year(2025, [1, 2])).text).toBe('Thử nghiệm 20 mẫu, lũy kế 30 mẫu.');
  });
  it('cùng kỳ: the same period a year earlier and the change', () => {
    const h = [...year(2024, [1, 2, 3, 4, 5, 6, 7, 8, 9], 0.5)];
    expect(sentence(month(2025, 9), samples(90, ['previousYear']), h).text).toBe('Thử nghiệm 90 mẫu, tăng 100,0% so với cùng kỳ năm 2024.');
    expect(sentence(month(2025, 9), samples(45, ['previousYear']), h).text).toBe('Thử nghiệm 45 mẫu, bằng cùng kỳ năm 2024.');
    expect(sentence(quarter(2025, 3), samples(100, ['previousYear']), h).text).toBe('Thử nghiệm 100 mẫu, giảm 16,7% so với cùng kỳ năm 2024.');
  });
  it('a stock: lũy kế is its current value; cùng kỳ is the value at the end of last year\'s period', () => {
    const f: FigureInput = { type: 'figure', value: 9, unit: 'doanh nghiệp', indicator: 'mau-thu/holders', show: ['cumulative', 'previousYear', 'plan'] };
    expect(sentence(quarter(2025, 3), f, [...year(2024), plan2025]).text).toBe('Thử nghiệm 9 doanh nghiệp, lũy kế 9/20 doanh nghiệp, đạt 45,0% kế hoạch năm, bằng cùng kỳ năm 2024.');
  });
  it('a ratio: recomputed from the parts; change in percentage points', () => {
    const f: FigureInput = { type: 'figure', value: 30, format: 'percent', indicator: 'mau-thu/dossiers.rate', ratio: { part: 3, whole: 10 }, show: ['cumulative', 'previousYear'] };
    const h = [...year(2025, [1, 2]), reportOf(month(2024, 3), { dossiers: { online: 1, total: 4 } })];
    expect(sentence(month(2025, 3), f, h).text).toBe('Thử nghiệm 30%, lũy kế 20%, tăng 5,0 điểm phần trăm so với cùng kỳ năm 2024.');
  });
  it('a gap: the figure is left out and a warning names the missing months', () => {
    const out = sentence(quarter(2025, 2), samples(150, ['cumulative', 'plan']), year(2025, [1, 3]));
    expect(out).toEqual({ text: 'Thử nghiệm 150 mẫu.', codes: ['series/gap', 'series/no-plan'] });
    const input = reportOf(quarter(2025, 2), {}, [[samples(150, ['cumulative'])]]);
    expect(validateReport(input, { profile: seriesProfile, sections, history: year(2025, [1, 3]) })).toEqual([{
      code: 'series/gap', severity: 'warning', path: ['body', 0, 'content', 0, 0, 'value'],
      message: 'Không tính được lũy kế của "Mẫu thử nghiệm": lịch sử thiếu báo cáo tháng 2/2025; số liệu này được bỏ qua.',
    }]);
  });
  it('an overlap that cannot be split is named', () => {
    const h = [reportOf({ kind: 'nine-months', year: 2024 }, { samples: 450 }), reportOf({ kind: 'half', year: 2024, half: 2 }, { samples: 570 })];
    const input = reportOf({ kind: 'year', year: 2025 }, {}, [[samples(800, ['previousYear'])]]);
    expect(validateReport(input, { profile: seriesProfile, sections, history: h }).map((d) => d.message)).toEqual([
      'Không tính được số liệu cùng kỳ của "Mẫu thử nghiệm": các báo cáo của tháng 10/2024 – tháng 12/2024 chồng lấn nhau, không cộng được mà không tính trùng; số liệu này được bỏ qua.',
    ]);
  });
});

describe('stated numbers checked against the history', () => {
  const input = (figures: FigureInput[]) => reportOf(month(2025, 9), { samples: 90 }, [figures.flatMap((f) => [f, ' '])]);
  const options = { profile: seriesProfile, sections, history: [...year(2025, [1, 2, 3, 4, 5, 6, 7, 8]), ...year(2024, [9], 0.5), plan2025] };
  const stated = (measure: FigureInput['measure'], value: number, of?: number): FigureInput => ({ type: 'figure', value, indicator: 'mau-thu/samples', measure, ...(of ? { of } : {}) });

  it('right numbers pass', () => {
    expect(validateReport(input([stated('cumulative', 450, 1000), stated('planShare', 45), stated('previousYear', 45), stated('change', 100)]), options)).toEqual([]);
    expect(validateReport(input([stated('planShare', 45.0), stated('change', 100.0)]), options)).toEqual([]);
  });
  it('wrong numbers get the three codes, the computed value and the path of the stated value', () => {
    const wrong = input([stated('cumulative', 460, 900), stated('planShare', 46), stated('previousYear', 40), stated('change', 80)]);
    const out = validateReport(wrong, options);
    expect(out).toEqual([
      { code: 'series/cumulative-mismatch', severity: 'warning', path: ['body', 0, 'content', 0, 0, 'value'], message: 'Lũy kế "Mẫu thử nghiệm" ghi 460 nhưng tính từ các báo cáo trước và kỳ này là 450.' },
      { code: 'series/plan-share-mismatch', severity: 'warning', path: ['body', 0, 'content', 0, 0, 'of'], message: 'Kế hoạch năm 2025 của "Mẫu thử nghiệm" là 1.000, không phải 900.' },
      { code: 'series/plan-share-mismatch', severity: 'warning', path: ['body', 0, 'content', 0, 2, 'value'], message: 'Tỷ lệ hoàn thành kế hoạch năm 2025 của "Mẫu thử nghiệm" ghi 46% nhưng lũy kế 450/1.000 là 45,0%.' },
      { code: 'series/change-mismatch', severity: 'warning', path: ['body', 0, 'content', 0, 4, 'value'], message: 'Số liệu cùng kỳ năm 2024 của "Mẫu thử nghiệm" ghi 40 nhưng báo cáo năm 2024 cho 45.' },
      { code: 'series/change-mismatch', severity: 'warning', path: ['body', 0, 'content', 0, 6, 'value'], message: 'Mức tăng/giảm của "Mẫu thử nghiệm" ghi 80% nhưng tính từ số liệu là tăng 100,0% so với cùng kỳ năm 2024.' },
    ]);
    for (const d of out) expect(resolvePath(wrong, d.path).found).toBe(true);
  });
  it('a stated number with no history is left alone', () => {
    expect(validateReport(input([stated('cumulative', 460), stated('planShare', 46), stated('change', 80)]), { profile: seriesProfile, sections })).toEqual([]);
  });
  it('a figure of a section without a kind, or of no section, gets a clear diagnostic', () => {
    const out = validateReport(reportOf(month(2025, 2), {}, [[{ type: 'figure', value: 1, indicator: 'mau-thu/visits', show: ['cumulative'] }, { type: 'figure', value: 1, indicator: 'khac/x', show: ['plan'] }]]), { profile: seriesProfile, sections, history: [] });
    expect(out.map((d) => [d.code, d.path])).toEqual([['series/missing-kind', ['body', 0, 'content', 0, 0, 'value']], ['series/missing-kind', ['body', 0, 'content', 0, 1, 'value']]]);
    expect(out[0]?.message).toBe('Chỉ tiêu "mau-thu/visits" của lĩnh vực "mau-thu" chưa khai báo loại (flow, stock hay ratio) trong indicators của section: không tính được lũy kế, cùng kỳ hay kế hoạch.');
  });
  it('history that is no list of reports is reported, never thrown', () => {
    const ask = reportOf(month(2025, 2), {}, [[samples(20, ['cumulative'])]]);
    const codes = (history: unknown) => validateReport(ask, { profile: seriesProfile, sections, history: history as unknown[] }).map((d) => d.code);
    expect(codes('x')).toEqual(['series/invalid-history', 'series/gap']);
    expect(codes([null, 1, year(2025, [1])[0]])).toEqual(['series/invalid-history', 'series/invalid-history']);
  });
});
