import { formatNumber } from '../format/format-number';
import { formatPercent } from '../format/format-percent';
import type { Figure } from '../model/rich-text';
import { rateMatches, sameAmount } from '../validate/checks/sums';
import type { Diagnostic, JsonPath } from '../validate/diagnostic';
import type { SeriesFacts } from './facts';
import type { IndicatorKind, SeriesMeasure } from './types';
import { changeText } from './wording';

type Spec = { id: string; label: string; unit?: string; kind: IndicatorKind };

/**
 * Checks a number a report states about an indicator (`measure` other than `value`) against the history:
 * `series/cumulative-mismatch` (lũy kế; and the "/700" of a lũy kế written with its target), `series/change-mismatch`
 * (the cùng kỳ value, or the change against it in percent: compared without its sign, which the words carry),
 * `series/plan-share-mismatch` (% kế hoạch năm). A number the history cannot check is left alone. A percentage
 * matches when the computed one, rounded to the decimals written, is the same.
 *
 * @example
 * // stated lũy kế 510, computed 464 + 38:
 * // → [{ code: 'series/cumulative-mismatch', severity: 'warning', path, message: 'Lũy kế "Mẫu hàng hóa thử nghiệm" ghi 510 nhưng tính từ các báo cáo trước và kỳ này là 502.' }]
 */
export function checkStated(figure: Figure, measure: Exclude<SeriesMeasure, 'value'>, path: JsonPath, spec: Spec, facts: SeriesFacts, year: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  const stated = figure.value;
  const n = (v: number) => formatNumber(v);
  if (measure === 'cumulative' && facts.cumulative !== undefined) {
    if (!sameAmount(stated, facts.cumulative)) {
      out.push({ code: 'series/cumulative-mismatch', severity: 'warning', path, message: `Lũy kế "${spec.label}" ghi ${n(stated)} nhưng tính từ các báo cáo trước và kỳ này là ${n(facts.cumulative)}.` });
    }
    if (figure.of !== undefined && facts.target !== undefined && !sameAmount(figure.of, facts.target)) {
      out.push({ code: 'series/plan-share-mismatch', severity: 'warning', path: [...path.slice(0, -1), 'of'], message: `Kế hoạch năm ${year} của "${spec.label}" là ${n(facts.target)}, không phải ${n(figure.of)}.` });
    }
  }
  if (measure === 'previousYear' && facts.previousYear !== undefined && !sameAmount(stated, facts.previousYear)) {
    out.push({ code: 'series/change-mismatch', severity: 'warning', path, message: `Số liệu cùng kỳ năm ${year - 1} của "${spec.label}" ghi ${n(stated)} nhưng báo cáo năm ${year - 1} cho ${n(facts.previousYear)}.` });
  }
  if (measure === 'change' && facts.change !== undefined && facts.previousYear !== undefined) {
    const matches = spec.kind === 'ratio' ? sameAmount(Math.abs(stated), Math.abs(facts.change)) || roundsTo(Math.abs(stated), Math.abs(facts.change)) : rateMatches(Math.abs(stated), Math.abs(facts.current - facts.previousYear), facts.previousYear);
    if (!matches) {
      out.push({ code: 'series/change-mismatch', severity: 'warning', path, message: `Mức tăng/giảm của "${spec.label}" ghi ${formatPercent(stated)} nhưng tính từ số liệu là ${changeText(facts, spec.kind, year - 1)}.` });
    }
  }
  if (measure === 'planShare' && facts.cumulative !== undefined && facts.target !== undefined && facts.planShare !== undefined) {
    if (!rateMatches(stated, facts.cumulative, facts.target)) {
      out.push({ code: 'series/plan-share-mismatch', severity: 'warning', path, message: `Tỷ lệ hoàn thành kế hoạch năm ${year} của "${spec.label}" ghi ${formatPercent(stated)} nhưng lũy kế ${n(facts.cumulative)}/${n(facts.target)} là ${formatPercent(facts.planShare, { decimals: 1 })}.` });
    }
  }
  return out;
}

function roundsTo(stated: number, computed: number): boolean {
  const text = String(stated);
  const decimals = text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
  return Math.abs(Number(computed.toFixed(Math.min(decimals, 10))) - stated) < 1e-9;
}
