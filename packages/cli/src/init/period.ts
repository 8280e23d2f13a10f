import type { Period } from '@baocao-khcn/core';
import { CliError } from '../errors';

/**
 * `--period` of `init`: `2025-06` (tháng), `2025-Q2` (quý), `2025-H1` / `2025-H2` (6 tháng), `2025-9T` (9 tháng đầu
 * năm), `2025` (năm).
 */
export function parsePeriod(text: string): Period {
  const m = /^(\d{4})(?:-(?:(\d{2})|[Qq]([1-4])|[Hh]([12])|(9[Tt]))?)?$/.exec(text.trim());
  const year = Number(m?.[1]);
  if (m === null) throw new CliError(`--period "${text}" không hợp lệ: dùng 2025-06, 2025-Q2, 2025-H1, 2025-9T hoặc 2025.`);
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) throw new CliError(`--period "${text}": tháng phải từ 01 đến 12.`);
    return { kind: 'month', year, month };
  }
  if (m[3] !== undefined) return { kind: 'quarter', year, quarter: Number(m[3]) as 1 | 2 | 3 | 4 };
  if (m[4] !== undefined) return { kind: 'half', year, half: Number(m[4]) as 1 | 2 };
  if (m[5] !== undefined) return { kind: 'nine-months', year };
  return { kind: 'year', year };
}

/** The first and last month of a period (1–12). */
export function monthsOf(period: Period): { first: number; last: number } {
  switch (period.kind) {
    case 'month':
      return { first: period.month, last: period.month };
    case 'quarter':
      return { first: period.quarter * 3 - 2, last: period.quarter * 3 };
    case 'half':
      return { first: period.half * 6 - 5, last: period.half * 6 };
    case 'nine-months':
      return { first: 1, last: 9 };
    default:
      return { first: 1, last: 12 };
  }
}
