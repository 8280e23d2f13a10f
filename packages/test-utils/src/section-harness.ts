/**
 * A harness for section plugin tests: a tiny report around one section, composed with a small profile, returned
 * as lines of text and diagnostics whose paths are relative to the section data.
 */
import { composeReport, defineProfile, validateReport, type AnySectionPlugin, type Diagnostic, type Period, type Profile, type ReportInput } from '@baocao-khcn/core';
import type { BlockNode } from '@baocao-khcn/core/tree';
import { lines } from './lines';
import { unresolvedPaths } from './paths';

/**
 * Where the section goes in the tiny report.
 *
 * @example
 * const placement: Placement = { period: { kind: 'half', year: 2025, half: 1 }, title: 'Công tác phối hợp' };
 */
export interface Placement {
  /** Report period; the harness's default when left out. */
  period?: Period;
  /** The section block's own title. */
  title?: string;
  /** Also place the section (data shared through `sections[id]`) in an appendix. */
  appendix?: boolean;
  /** Leave the plans part empty (so checks run once, on the results block). */
  resultsOnly?: boolean;
  /** Earlier reports of the province (composeReport's `history`): lũy kế, cùng kỳ, kế hoạch năm. */
  history?: readonly unknown[];
}

/**
 * What {@link SectionHarness.render} returns.
 *
 * @example
 * const { results, plans, appendix, footnotes, diagnostics }: Rendered = bacGiang.render(tuDo, { results: ['Một đoạn.'] });
 */
export type Rendered = {
  /** Lines of the results part, after its part heading (the section's heading first). */
  results: string[];
  /** Lines of the plans part, after its part heading. */
  plans: string[];
  /** Lines of the first appendix. */
  appendix: string[];
  /** Footnotes in order (results, plans, appendix), as `"1. text"`. */
  footnotes: string[];
  /** Every diagnostic of the report, paths as {@link SectionHarness.diagnose} gives them. */
  diagnostics: Diagnostic[];
  /** The composed body (for assertions on nodes). */
  body: BlockNode[];
  /** The blocks of the first appendix. */
  appendixBlocks: BlockNode[];
};

/**
 * The functions a section test calls, bound to one profile and default period.
 *
 * @example
 * const { render, diagnose } = langSon;
 */
export type SectionHarness = {
  /** The profile the tiny report is composed with. */
  profile: Profile;
  /** The tiny report: the section in the results and plans parts (or, with `appendix`, results and an appendix). */
  reportWith(section: AnySectionPlugin, data: unknown, placement?: Placement): ReportInput;
  /** Composes the tiny report and returns its lines. */
  render(section: AnySectionPlugin, data: unknown, placement?: Placement): Rendered;
  /**
   * The diagnostics of the section's data alone (results part only), paths relative to the data as a section's
   * `checks` returns them; diagnostics elsewhere keep their full path prefixed by `"!"`.
   */
  diagnose(section: AnySectionPlugin, data: unknown, placement?: Placement): Diagnostic[];
};

/**
 * What a harness is made of.
 *
 * @example
 * sectionHarness({ profile, period: { kind: 'year', year: 2024 } })
 */
export type HarnessSpec = {
  /** The profile: parts `results` and `plans` at least. */
  profile: Profile;
  /** The period when the test names none. */
  period: Period;
  /** The issue date; by default December of the period's year. */
  issueDate?: { year: number; month: number };
};

const DATA_PREFIX: readonly (string | number)[] = ['body', 0, 'content', 0, 'data'];

function relative(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.map((d) => {
    const inside = DATA_PREFIX.every((key, i) => d.path[i] === key);
    return inside ? { ...d, path: d.path.slice(DATA_PREFIX.length) } : { ...d, path: ['!', ...d.path] };
  });
}

/**
 * Binds the harness functions to a profile and a default period.
 *
 * @example
 * const { render } = sectionHarness({ profile, period: { kind: 'month', year: 2023, month: 9 } });
 * render(tuDo, { results: ['Một đoạn.'] }, { title: 'Công tác phối hợp' }).results // → ['1. Công tác phối hợp', 'Một đoạn.']
 */
export function sectionHarness(spec: HarnessSpec): SectionHarness {
  const { profile } = spec;
  const reportWith = (section: AnySectionPlugin, data: unknown, placement: Placement = {}): ReportInput => {
    const period = placement.period ?? spec.period;
    const block = (withData: boolean) => ({
      type: 'section' as const,
      section: section.id,
      ...(placement.title === undefined ? {} : { title: placement.title }),
      ...(withData ? { data: data as Record<string, unknown> } : {}),
    });
    const shared = placement.appendix === true;
    return {
      issueDate: spec.issueDate ?? { year: 'year' in period ? period.year : 2025, month: 12 },
      period,
      body: [
        { part: 'results', content: [block(!shared)] },
        { part: 'plans', content: shared || placement.resultsOnly === true ? [] : [block(true)] },
      ],
      ...(shared ? { sections: { [section.id]: data } } : {}),
      appendices: shared ? [{ label: 'Phụ lục', title: 'BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ', subtitle: '(Kèm theo Báo cáo)', orientation: 'landscape', content: [{ ...block(false), heading: false }] }] : [],
      signer: { mode: 'KT', for: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Triệu Ngọc Trung' },
      recipients: { items: ['Lưu: VT, VP.'] },
    };
  };
  const render = (section: AnySectionPlugin, data: unknown, placement: Placement = {}): Rendered => {
    const input = reportWith(section, data, placement);
    const { document, diagnostics } = composeReport(input, { profile, sections: [section], ...historyOf(placement) });
    expectPaths(diagnostics, input, profile, section, placement.history);
    const partStarts = document.body.flatMap((b, i) => (b.type === 'heading' && b.level === 1 ? [i] : []));
    const [first = 0, second = document.body.length] = partStarts;
    const appendixBlocks = document.appendices[0]?.blocks ?? [];
    const footnotes: string[] = [];
    return {
      results: lines(document.body.slice(first + 1, second), footnotes),
      plans: lines(document.body.slice(second + 1), footnotes),
      appendix: lines(appendixBlocks, footnotes),
      footnotes,
      diagnostics: relative(diagnostics),
      body: document.body,
      appendixBlocks,
    };
  };
  const diagnose = (section: AnySectionPlugin, data: unknown, placement: Placement = {}): Diagnostic[] => {
    const input = reportWith(section, data, { ...placement, resultsOnly: true });
    const diagnostics = validateReport(input, { profile, sections: [section], ...historyOf(placement) });
    expectPaths(diagnostics, input, profile, section, placement.history);
    return relative(diagnostics);
  };
  return { profile, reportWith, render, diagnose };
}

/**
 * Every section test is also a test of its diagnostics' paths (issue 15.4): a path that leads to no value of the
 * tiny report (by the rule of `paths.ts`) fails the test that made it.
 */
function expectPaths(diagnostics: readonly Diagnostic[], input: ReportInput, profile: Profile, section: AnySectionPlugin, history?: readonly unknown[]): void {
  const lost = unresolvedPaths(diagnostics, { input, profile, sections: [section], ...(history === undefined ? {} : { history }) });
  if (lost.length > 0) throw new Error(`Diagnostic paths that lead to no value of the report: ${lost.join('; ')}`);
}

/** The `history` option of compose and validate, when the placement gives one. */
function historyOf(placement: Placement): { history?: readonly unknown[] } {
  return placement.history === undefined ? {} : { history: placement.history };
}

/**
 * Diagnostic codes only (for short assertions).
 *
 * @example
 * codes(langSon.diagnose(sangKien, { reviewed: 1, recognized: 2 })) // → ['sang-kien/recognized-exceeds-reviewed']
 */
export function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => d.code);
}
