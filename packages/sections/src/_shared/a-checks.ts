/**
 * Check helpers shared by sections 1–11 (prefix `a-`): "a part cannot exceed its whole" and "the parts add up to the
 * total", as warnings with Vietnamese messages and paths relative to the section data.
 */
import { formatNumber, type Diagnostic, type JsonPath } from '@baocao-khcn/core';

/**
 * One side of a comparison: its value, its path in the section data and what it counts (in Vietnamese).
 *
 * @example
 * const side: Side = { value: 5, path: ['recognized'], label: 'Số sáng kiến được công nhận' }
 */
export type Side = { value: number | undefined; path: JsonPath; label: string };

/**
 * Warns when `part` is greater than `whole` (both given).
 *
 * @example
 * checkAtMost('sang-kien/recognized-exceeds-reviewed',
 *   { value: 5, path: ['recognized'], label: 'Số sáng kiến được công nhận' },
 *   { value: 4, path: ['reviewed'], label: 'số hồ sơ được đánh giá' })
 * // → [{ code: 'sang-kien/recognized-exceeds-reviewed', severity: 'warning', path: ['recognized'],
 * //      message: 'Số sáng kiến được công nhận (5) lớn hơn số hồ sơ được đánh giá (4).' }]
 */
export function checkAtMost(code: string, part: Side, whole: Omit<Side, 'path'>): Diagnostic[] {
  if (part.value === undefined || whole.value === undefined || part.value <= whole.value) return [];
  return [{ code, severity: 'warning', path: part.path, message: `${part.label} (${formatNumber(part.value)}) lớn hơn ${whole.label} (${formatNumber(whole.value)}).` }];
}

/**
 * Warns when labelled parts do not add up to a total. Nothing is reported for an empty breakdown or a missing total.
 *
 * @example
 * checkSum('nghien-cuu-khcn/by-field-sum', [{ label: 'A', value: 20 }, { label: 'B', value: 8 }], 29, ['tasks', 'byField'], 'Tổng theo lĩnh vực', 'tổng số nhiệm vụ')
 * // → [{ code: 'nghien-cuu-khcn/by-field-sum', severity: 'warning', path: ['tasks', 'byField'],
 * //      message: 'Tổng theo lĩnh vực (28) khác tổng số nhiệm vụ (29).' }]
 */
export function checkSum(
  code: string,
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
