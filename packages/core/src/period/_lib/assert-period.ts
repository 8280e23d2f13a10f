import type { Period } from '../types';
import { parseIsoDate } from '../../format/parse-iso-date';

function fail(message: string): never {
  throw new RangeError(message);
}

/**
 * Throws a `RangeError` with a Vietnamese message unless `p` is a well-formed
 * period (year an integer 1000–9999, month 1–12, quarter 1–4, half 1–2,
 * months 3 or 6, custom window of real ISO dates with from ≤ to).
 *
 * @internal
 */
export function assertPeriod(p: Period): void {
  if (typeof p !== 'object' || p === null) fail('Kỳ báo cáo không hợp lệ.');
  if (p.kind === 'custom') {
    if (parseIsoDate(p.from) === undefined || parseIsoDate(p.to) === undefined) {
      fail(`Kỳ báo cáo tùy chỉnh có ngày không hợp lệ: ${JSON.stringify(p.from)} – ${JSON.stringify(p.to)}.`);
    }
    if (p.from > p.to) fail(`Kỳ báo cáo tùy chỉnh có ngày bắt đầu (${p.from}) sau ngày kết thúc (${p.to}).`);
    if (typeof p.label !== 'string') fail('Kỳ báo cáo tùy chỉnh thiếu nhãn.');
    return;
  }
  if (!Number.isInteger(p.year) || p.year < 1000 || p.year > 9999) {
    fail(`Năm của kỳ báo cáo không hợp lệ: ${String(p.year)}.`);
  }
  switch (p.kind) {
    case 'month':
      if (!Number.isInteger(p.month) || p.month < 1 || p.month > 12) fail(`Tháng không hợp lệ: ${String(p.month)}.`);
      return;
    case 'quarter':
      if (![1, 2, 3, 4].includes(p.quarter)) fail(`Quý không hợp lệ: ${String(p.quarter)}.`);
      return;
    case 'half':
      if (p.half !== 1 && p.half !== 2) fail(`Nửa năm không hợp lệ: ${String(p.half)} (chỉ 1 hoặc 2).`);
      return;
    case 'remaining':
      if (p.months !== 3 && p.months !== 6) fail(`Số tháng còn lại không hợp lệ: ${String(p.months)} (chỉ 3 hoặc 6).`);
      return;
    case 'nine-months':
    case 'year':
      return;
    default:
      fail(`Loại kỳ báo cáo không hợp lệ: ${JSON.stringify((p as { kind?: unknown }).kind)}.`);
  }
}
