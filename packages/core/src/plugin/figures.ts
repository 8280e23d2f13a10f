import { percentOf } from '../format';
import type { FigureInput } from '../model/rich-text';
import { rateMatches } from '../validate/checks/sums';

/**
 * Figure builders for section plugins. A generated sentence puts every number in a figure run, so core prints it the
 * Vietnamese way (`04`, `1.234,5`, `98,31%`) and the validator checks it (breakdowns, ratios, money in words).
 */

/**
 * A count figure: 1–9 get a leading zero, thousands get dots. An empty unit is left out.
 *
 * @example
 * countFigure(4, 'nhiệm vụ') // { type: 'figure', value: 4, format: 'count', unit: 'nhiệm vụ' } → "04 nhiệm vụ"
 * countFigure(1850, 'trạm')  // → "1.850 trạm"
 * countFigure(0)             // { type: 'figure', value: 0, format: 'count' } → "0"
 */
export function countFigure(value: number, unit?: string): FigureInput {
  const figure: FigureInput = { type: 'figure', value, format: 'count' };
  if (unit !== undefined && unit !== '') figure.unit = unit;
  return figure;
}

/**
 * A sum of money in the given unit (digits with thousands dots, decimals with a comma).
 *
 * @example
 * moneyFigure(66769.9, 'triệu đồng') // { type: 'figure', value: 66769.9, format: 'money', unit: 'triệu đồng' } → "66.769,9 triệu đồng"
 */
export function moneyFigure(value: number, unit: string): FigureInput {
  return { type: 'figure', value, format: 'money', unit };
}

/**
 * A percentage figure for `part / whole`: the stated rate when given, otherwise the computed one (2 decimals at
 * most). The figure carries its `ratio` so the validator re-checks it (`figure/percent-mismatch`) — except when the
 * stated rate is already known to disagree, which the section reports itself with `checkRate` at a path inside its
 * data (no duplicate). Returns `undefined` when no rate can be written (no stated rate and `whole` is 0).
 *
 * @example
 * rateFigure(116, 118)     // { type: 'figure', value: 98.31, format: 'percent', ratio: { part: 116, whole: 118 } } → "98,31%"
 * rateFigure(80, 100, 80)  // { type: 'figure', value: 80, format: 'percent', ratio: { part: 80, whole: 100 } } → "80%"
 * rateFigure(80, 100, 90)  // { type: 'figure', value: 90, format: 'percent' } → "90%" (checkRate warns)
 * rateFigure(1, 0)         // undefined
 */
export function rateFigure(part: number, whole: number, stated?: number): FigureInput | undefined {
  const value = stated ?? percentOf(part, whole);
  if (value === undefined) return undefined;
  const figure: FigureInput = { type: 'figure', value, format: 'percent' };
  if (whole !== 0 && (stated === undefined || rateMatches(stated, part, whole))) figure.ratio = { part, whole };
  return figure;
}
