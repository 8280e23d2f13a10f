import { formatNumber, percentOf } from '../../format';
import type { Diagnostic, JsonPath } from '../diagnostic';
import type { DiagnosticCode } from '../codes';

/**
 * Cross-field checks for the figures of a section: a part that exceeds its whole, parts that do not add up to their
 * total, a stated percentage that disagrees with its part and whole. Each returns warnings with the code the section
 * chooses (prefixed with its id) and a Vietnamese message; paths are relative to the section data.
 */

/** Relative tolerance for sums of money written with decimals (33.427,9 + 33.342 = 66.769,9). */
const RELATIVE_EPSILON = 1e-9;

/** Number of decimals a stated number is written with (`85` → 0, `98.31` → 2). */
export function decimalsShown(value: number): number {
  const s = String(value);
  const dot = s.indexOf('.');
  return dot < 0 || s.includes('e') ? 0 : s.length - dot - 1;
}

/**
 * One side of a comparison in {@link checkAtMost}: its value (missing values are not compared), its path in the
 * section data and what it counts (in Vietnamese).
 *
 * @example
 * const side: LabelledValue = { value: 5, path: ['recognized'], label: 'Số sáng kiến được công nhận' };
 */
export type LabelledValue = { value: number | undefined; path: JsonPath; label: string };

/**
 * Warns when `part` is greater than `whole` (both given). The warning is at the part's path.
 *
 * @example
 * checkAtMost('sang-kien/recognized-exceeds-reviewed',
 *   { value: 5, path: ['recognized'], label: 'Số sáng kiến được công nhận' },
 *   { value: 4, label: 'số hồ sơ được đánh giá' })
 * // → [{ code: 'sang-kien/recognized-exceeds-reviewed', severity: 'warning', path: ['recognized'],
 * //      message: 'Số sáng kiến được công nhận (5) lớn hơn số hồ sơ được đánh giá (4).' }]
 * checkAtMost('x/y', { value: 4, path: ['a'], label: 'A' }, { value: undefined, label: 'b' }) // → []
 */
export function checkAtMost(code: DiagnosticCode, part: LabelledValue, whole: Omit<LabelledValue, 'path'>): Diagnostic[] {
  if (part.value === undefined || whole.value === undefined || part.value <= whole.value) return [];
  return [{ code, severity: 'warning', path: part.path, message: `${part.label} (${formatNumber(part.value)}) lớn hơn ${whole.label} (${formatNumber(whole.value)}).` }];
}

/**
 * Warns when parts do not add up to their total. Nothing is reported for a missing or empty list of parts, or a
 * missing total.
 *
 * @example
 * checkSum('nghien-cuu-khcn/by-field-sum', [{ value: 20 }, { value: 8 }], 29, ['tasks', 'byField'], 'Tổng theo lĩnh vực', 'tổng số nhiệm vụ')
 * // → [{ code: 'nghien-cuu-khcn/by-field-sum', severity: 'warning', path: ['tasks', 'byField'],
 * //      message: 'Tổng theo lĩnh vực (28) khác tổng số nhiệm vụ (29).' }]
 * checkSum('x/s', [{ value: 1 }, { value: 2 }], 3, ['p'], 'Tổng', 'tổng số') // → []
 */
export function checkSum(
  code: DiagnosticCode,
  parts: readonly { value: number }[] | undefined,
  total: number | undefined,
  path: JsonPath,
  partsLabel: string,
  totalLabel: string,
): Diagnostic[] {
  if (parts === undefined || parts.length === 0 || total === undefined) return [];
  const sum = parts.reduce((acc, p) => acc + p.value, 0);
  if (sum === total) return [];
  return [{ code, severity: 'warning', path, message: `${partsLabel} (${formatNumber(sum)}) khác ${totalLabel} (${formatNumber(total)}).` }];
}

/**
 * Whether a stated percentage agrees with `part / whole` at the precision it is written with (or `decimals`): the
 * rule core's figure check applies to a figure's `ratio`. Always true when `whole` is 0 (nothing to compare).
 *
 * @example
 * rateMatches(85, 850, 1000)  // true
 * rateMatches(98.3, 116, 118) // true  (98,305… rounds to 98,3)
 * rateMatches(98.4, 116, 118) // false
 * rateMatches(90, 850, 1000)  // false
 * rateMatches(12, 1, 0)       // true
 */
export function rateMatches(stated: number, part: number, whole: number, decimals = decimalsShown(stated)): boolean {
  if (whole === 0) return true;
  const computed = (part / whole) * 100;
  return Math.abs(computed - stated) <= 0.5 * 10 ** -decimals + 1e-9;
}

/**
 * Checks a stated percentage against `part / whole`: a warning with `code` at `path` when they disagree (see
 * {@link rateMatches}), or when a rate is stated although `whole` is 0. Nothing when no rate is stated.
 *
 * @example
 * checkRate('chuyen-doi-so/online-dossiers-rate', 90, 850, 1000, ['onlineDossiers', 'rate'])
 * // → [{ code: 'chuyen-doi-so/online-dossiers-rate', severity: 'warning', path: ['onlineDossiers', 'rate'],
 * //      message: 'Tỷ lệ ghi 90% nhưng 850/1.000 = 85%.' }]
 * checkRate('x/rate', 100, 0, 0, ['rate'])
 * // → [{ code: 'x/rate', severity: 'warning', path: ['rate'], message: 'Không tính được tỷ lệ khi tổng bằng 0 (tỷ lệ ghi 100%).' }]
 * checkRate('x/rate', undefined, 1, 2, ['rate']) // → []
 */
export function checkRate(code: DiagnosticCode, stated: number | undefined, part: number, whole: number, path: JsonPath): Diagnostic[] {
  if (stated === undefined) return [];
  if (whole === 0) {
    return [{ code, severity: 'warning', path, message: `Không tính được tỷ lệ khi tổng bằng 0 (tỷ lệ ghi ${formatNumber(stated)}%).` }];
  }
  if (rateMatches(stated, part, whole)) return [];
  const computed = percentOf(part, whole) ?? 0;
  return [{
    code,
    severity: 'warning',
    path,
    message: `Tỷ lệ ghi ${formatNumber(stated)}% nhưng ${formatNumber(part)}/${formatNumber(whole)} = ${formatNumber(computed)}%.`,
  }];
}

/**
 * Whether two amounts are equal up to floating-point noise (relative tolerance 1e-9), e.g. a total of money and the
 * sum of its items written with decimals.
 *
 * @example
 * sameAmount(66769.9, 33427.9 + 33342) // true
 * sameAmount(0.3, 0.1 + 0.2)           // true
 * sameAmount(66769.9, 66769.8)         // false
 */
export function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) <= RELATIVE_EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}
