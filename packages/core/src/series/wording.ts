import { formatFigure } from '../compose/figure';
import { formatNumber } from '../format/format-number';
import { formatPercent } from '../format/format-percent';
import type { Figure } from '../model/rich-text';
import type { SeriesFacts } from './facts';
import { monthsLabel } from './months';
import type { Gap } from './facts';
import type { IndicatorKind, SeriesShow } from './types';

/**
 * The words written after a figure that asks for lũy kế, kế hoạch năm and cùng kỳ, in that order, each left out
 * when the history cannot give it: `, lũy kế 502/700 mẫu, đạt 71,7% kế hoạch năm, tăng 12,5% so với cùng kỳ năm 2024`.
 *
 * @example
 * annotationText({ type: 'figure', value: 38, format: 'number', unit: 'mẫu' }, { current: 38, cumulative: 502, target: 700, planShare: 71.714, gaps: [] }, ['cumulative', 'plan'], 'flow', 2025)
 * // ', lũy kế 502/700 mẫu, đạt 71,7% kế hoạch năm'
 */
export function annotationText(figure: Figure, facts: SeriesFacts, show: readonly SeriesShow[], kind: IndicatorKind, year: number): string {
  let out = '';
  const plan = show.includes('plan');
  if (show.includes('cumulative') && facts.cumulative !== undefined) {
    const cumulative: Figure = { ...figure, value: facts.cumulative, words: undefined, breakdown: undefined };
    delete cumulative.of;
    if (plan && facts.target !== undefined && kind !== 'ratio') cumulative.of = facts.target;
    out += `, lũy kế ${formatFigure(cumulative)}`;
  }
  if (plan && facts.planShare !== undefined) out += `, đạt ${formatPercent(facts.planShare, { decimals: 1 })} kế hoạch năm`;
  if (show.includes('previousYear') && facts.previousYear !== undefined) out += `, ${changeText(facts, kind, year - 1)}`;
  return out;
}

/**
 * "tăng 12,5% so với cùng kỳ năm 2024", "giảm 3 điểm phần trăm so với cùng kỳ năm 2024" (a ratio), "bằng cùng kỳ
 * năm 2024"; a cùng kỳ of 0 gives the value it had.
 *
 * @example
 * changeText({ current: 45, previousYear: 40, change: 12.5, gaps: [] }, 'flow', 2024) // 'tăng 12,5% so với cùng kỳ năm 2024'
 */
export function changeText(facts: SeriesFacts, kind: IndicatorKind, previousYear: number): string {
  const change = facts.change;
  if (facts.current === facts.previousYear) return `bằng cùng kỳ năm ${previousYear}`;
  if (change === undefined) return `cùng kỳ năm ${previousYear}: ${formatNumber(facts.previousYear ?? 0)}`;
  const word = change > 0 || (change === 0 && facts.current > (facts.previousYear ?? 0)) ? 'tăng' : 'giảm';
  const amount = kind === 'ratio' ? `${formatNumber(Math.abs(change), { decimals: 1 })} điểm phần trăm` : formatPercent(Math.abs(change), { decimals: 1 });
  return `${word} ${amount} so với cùng kỳ năm ${previousYear}`;
}

/**
 * The Vietnamese message of a gap: which fact, which indicator, which periods are missing.
 *
 * @example
 * gapMessage({ fact: 'cumulative', year: 2025, missing: [3] }, 'Mẫu thử nghiệm')
 * // 'Không tính được lũy kế của "Mẫu thử nghiệm": lịch sử thiếu báo cáo tháng 3/2025; số liệu này được bỏ qua.'
 */
export function gapMessage(gap: Gap, label: string): string {
  const what = gap.fact === 'cumulative' ? 'lũy kế' : gap.fact === 'previousYear' ? 'số liệu cùng kỳ' : '% kế hoạch năm';
  let why: string;
  if (gap.fact === 'plan') why = `không có kế hoạch năm ${gap.year} nêu chỉ tiêu này`;
  else if (gap.overlap) why = `các báo cáo của ${monthsLabel(gap.year, gap.overlap)} chồng lấn nhau, không cộng được mà không tính trùng`;
  else if (gap.missing && gap.missing.length > 0) why = `lịch sử thiếu báo cáo ${monthsLabel(gap.year, gap.missing)}`;
  else why = 'thiếu số liệu thành phần để tính lại tỷ lệ';
  return `Không tính được ${what} của "${label}": ${why}; số liệu này được bỏ qua.`;
}
