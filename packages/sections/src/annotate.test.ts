import { defineProfile, type AnySectionPlugin, type BlockInput, type FigureInput, type Period } from '@baocao-khcn/core';
import { LANG_SON, sectionHarness, type Rendered } from '@baocao-khcn/test-utils';
import { describe, expect, it } from 'vitest';
import { ANNOTATED_DATA } from './annotate.fixtures';
import { allSections, buuChinhVienThong, chuyenDoiSo, keHoachTaiChinh, sangKien, soHuuTriTue } from './index';

type Show = 'cumulative' | 'previousYear' | 'plan';
const SHOW: Show[] = ['cumulative', 'previousYear', 'plan'];
/** The report: tháng 3/2025 (after the 2025 merger, before the district level ends). */
const MARCH_2025: Period = { kind: 'month', year: 2025, month: 3 };
const month = (year: number, m: number): Period => ({ kind: 'month', year, month: m });

/** A Lạng Sơn-like harness whose profile annotates the given indicators. */
function annotating(annotate: Record<string, Show[]>) {
  const profile = defineProfile({ id: 'lang-son-chuoi', name: 'Sở KH&CN Lạng Sơn (chuỗi)', ...LANG_SON, series: { annotate } });
  return sectionHarness({ profile, period: MARCH_2025, issueDate: { year: 2025, month: 3 } });
}

/** Every number of the data times `factor` (the year's plan: ten times a month). */
function scaled(data: unknown, factor: number): unknown {
  if (typeof data === 'number') return data * factor;
  if (Array.isArray(data)) return data.map((d) => scaled(d, factor));
  if (data !== null && typeof data === 'object') return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, scaled(v, factor)]));
  return data;
}

/** Section data of the earlier reports; a report left out is missing from the history. */
type History = { january?: unknown; february?: unknown; march2024?: unknown; plan?: unknown };

/** January and February 2025, March 2024 (cùng kỳ) and the 2025 plan (kế hoạch, its figures are the targets). */
function historyOf(section: AnySectionPlugin, h: History): unknown[] {
  const { reportWith } = annotating({});
  const reports: [unknown, Period][] = [[h.january, month(2025, 1)], [h.february, month(2025, 2)], [h.march2024, month(2024, 3)]];
  return [
    ...reports.filter(([data]) => data !== undefined).map(([data, period]) => reportWith(section, data, { period })),
    ...(h.plan === undefined ? [] : [{ ...reportWith(section, h.plan, { period: { kind: 'year', year: 2025 } }), kind: 'ke-hoach' }]),
  ];
}

/** The figures a section generates (results, plans, appendix), captured on their way to composition. */
function capturing(section: AnySectionPlugin): { plugin: AnySectionPlugin; figures: FigureInput[] } {
  const figures: FigureInput[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      if ((node as { type?: unknown }).type === 'figure') figures.push(node as FigureInput);
      Object.values(node).forEach(walk);
    }
  };
  const keep = <A extends unknown[]>(f: ((...args: A) => BlockInput[]) | undefined) =>
    f === undefined ? undefined : (...args: A) => { const out = f(...args); walk(out); return out; };
  const plugin = { ...section, results: keep(section.results), plans: keep(section.plans), appendix: keep(section.appendix) } as AnySectionPlugin;
  return { plugin, figures };
}

/** Renders `data` of `section` for tháng 3/2025 with `history`, the profile showing `show` for `indicator`. */
function renderAnnotated(section: AnySectionPlugin, data: unknown, indicator: string, history: History, show = SHOW): Rendered & { figures: FigureInput[] } {
  const { plugin, figures } = capturing(section);
  return { ...annotating({ [indicator]: show }).render(plugin, data, { history: historyOf(section, history), resultsOnly: true }), figures };
}

/** The same data every month, the same in March 2024, and a plan of ten times it. */
const steady = (data: unknown): History => ({ january: data, february: data, march2024: data, plan: scaled(data, 10) });

const withIndicators = allSections.filter((s) => Object.keys(s.indicators ?? {}).length > 0);

describe('built-in sections annotate their indicators when the profile asks (series.annotate)', () => {
  it('every section with indicators has data to annotate them with', () => {
    expect(withIndicators.map((s) => s.id).filter((id) => ANNOTATED_DATA[id] === undefined)).toEqual([]);
    expect(withIndicators.flatMap((s) => Object.keys(s.indicators ?? {})).length).toBe(75);
  });

  describe.each(withIndicators.map((s) => [s.id, s] as [string, AnySectionPlugin]))('%s', (id, section) => {
    const ids = Object.keys(section.indicators ?? {}).map((path) => `${id}/${path}`);
    it.each(ids)('%s: the generated figure carries the indicator and the words from the history', (indicator) => {
      let printed = 0;
      let worded = 0;
      for (const data of ANNOTATED_DATA[id] ?? []) {
        const { figures, results, footnotes, diagnostics } = renderAnnotated(section, data, indicator, steady(data));
        // Only the figure asked about is marked, and every figure of it is.
        expect(figures.filter((f) => f.indicator !== undefined && f.indicator !== indicator)).toEqual([]);
        const marked = figures.filter((f) => f.indicator === indicator);
        for (const f of marked) expect(f.show).toEqual(SHOW);
        expect(diagnostics.filter((d) => d.code === 'series/missing-kind')).toEqual([]);
        if (marked.length === 0) continue;
        printed += marked.length;
        // The cùng kỳ words follow the figure, or a diagnostic says why the history cannot give them (a ratio stated
        // in one report and computed in another has no value to compare with).
        const words = /(so với|bằng) cùng kỳ năm 2024/.test([...results, ...footnotes].join('\n'));
        if (words) worded += 1;
        else expect(diagnostics.map((d) => d.code)).toContain('series/gap');
      }
      expect(printed, `${indicator} is printed as a figure in some ANNOTATED_DATA of ${id}`).toBeGreaterThan(0);
      expect(worded, `${indicator} is annotated from the history in some ANNOTATED_DATA of ${id}`).toBeGreaterThan(0);
    });

    it('output without an annotating profile has no series words and no marked figure', () => {
      for (const data of ANNOTATED_DATA[id] ?? []) {
        const { plugin, figures } = capturing(section);
        const { results } = annotating({}).render(plugin, data, { resultsOnly: true });
        expect(figures.filter((f) => f.indicator !== undefined || f.show !== undefined)).toEqual([]);
        expect(results.join('\n')).not.toMatch(/lũy kế|cùng kỳ|kế hoạch năm/);
      }
    });
  });
});

describe('annotated figures, word for word', () => {
  const body = (r: Rendered) => r.results.slice(1);
  const codesAndPaths = (r: Rendered) => r.diagnostics.map((d) => [d.code, d.path.join('.')]);

  it('a flow: lũy kế with the plan, its share and the change against cùng kỳ', () => {
    const r = renderAnnotated(soHuuTriTue, { applications: 13 }, 'so-huu-tri-tue/applications', {
      january: { applications: 12 }, february: { applications: 15 }, march2024: { applications: 10 }, plan: { applications: 100 },
    });
    expect(body(r)).toEqual([
      'Hướng dẫn, hỗ trợ 13 hồ sơ đăng ký xác lập quyền sở hữu công nghiệp, lũy kế 40/100 hồ sơ đăng ký xác lập quyền sở hữu công nghiệp, đạt 40,0% kế hoạch năm, tăng 30,0% so với cùng kỳ năm 2024.',
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it('a month missing from the history: no lũy kế (never guessed), a diagnostic, cùng kỳ still written', () => {
    const r = renderAnnotated(soHuuTriTue, { applications: 13 }, 'so-huu-tri-tue/applications', { january: { applications: 12 }, march2024: { applications: 10 }, plan: { applications: 100 } });
    expect(body(r)).toEqual(['Hướng dẫn, hỗ trợ 13 hồ sơ đăng ký xác lập quyền sở hữu công nghiệp, tăng 30,0% so với cùng kỳ năm 2024.']);
    expect(codesAndPaths(r)).toEqual([['series/gap', 'applications']]);
    expect(r.diagnostics[0]?.message).toContain('lịch sử thiếu báo cáo tháng 2/2025');
  });

  it('a stock (through countClause): lũy kế is the current value', () => {
    const r = renderAnnotated(buuChinhVienThong, { btsStations: 1850 }, 'buu-chinh-vien-thong/btsStations', {
      january: { btsStations: 1800 }, february: { btsStations: 1820 }, march2024: { btsStations: 1800 }, plan: { btsStations: 2000 },
    });
    expect(body(r)).toEqual([
      'Toàn tỉnh có 1.850 trạm thu phát sóng di động (BTS), lũy kế 1.850/2.000 trạm thu phát sóng di động (BTS), đạt 92,5% kế hoạch năm, tăng 2,8% so với cùng kỳ năm 2024.',
    ]);
  });

  it('a ratio: recomputed from its parts over the months, the change in điểm phần trăm', () => {
    const dossiers = (online: number) => ({ onlineDossiers: { online, total: 1000 } });
    const r = renderAnnotated(chuyenDoiSo, dossiers(850), 'chuyen-doi-so/onlineDossiers.rate', {
      january: dossiers(800), february: dossiers(900), march2024: dossiers(700), plan: dossiers(900),
    });
    expect(body(r)).toEqual(['Tiếp nhận 850 hồ sơ trực tuyến trên tổng số 1.000 hồ sơ, đạt tỷ lệ 85%, lũy kế 85%, đạt 94,4% kế hoạch năm, tăng 15,0 điểm phần trăm so với cùng kỳ năm 2024.']);
  });

  it('money, and what the profile asks only: lũy kế without plan or cùng kỳ', () => {
    const money = (disbursed: number) => ({ disbursement: { allocated: 1000, disbursed } });
    const r = renderAnnotated(keHoachTaiChinh, money(450), 'ke-hoach-tai-chinh/disbursement.disbursed', { january: money(100), february: money(200), march2024: money(300), plan: money(1000) }, ['cumulative']);
    expect(body(r)).toEqual(['Kinh phí được giao 1.000 triệu đồng, đã giải ngân 450 triệu đồng, lũy kế 750 triệu đồng, đạt 45%.']);
  });

  it('words standing for a figure give way to it when it is annotated ("các sáng kiến đều được công nhận")', () => {
    const initiatives = (reviewed: number, recognized: number) => ({ reviewed, recognized });
    const history = { january: initiatives(3, 2), february: initiatives(5, 4), march2024: initiatives(5, 5) };
    const r = renderAnnotated(sangKien, initiatives(4, 4), 'sang-kien/recognized', history, ['cumulative', 'previousYear']);
    expect(body(r)).toEqual(['Tổ chức họp đánh giá 04 hồ sơ đề nghị công nhận sáng kiến cấp tỉnh, 04 sáng kiến được công nhận, lũy kế 10 sáng kiến được công nhận, giảm 20,0% so với cùng kỳ năm 2024.']);
    expect(body(renderAnnotated(sangKien, initiatives(4, 4), 'sang-kien/reviewed', history, ['cumulative']))).toEqual([
      'Tổ chức họp đánh giá 04 hồ sơ đề nghị công nhận sáng kiến cấp tỉnh, lũy kế 12 hồ sơ đề nghị công nhận sáng kiến cấp tỉnh, các sáng kiến đều được công nhận.',
    ]);
  });
});
