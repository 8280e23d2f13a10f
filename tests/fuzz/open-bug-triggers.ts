/**
 * Recognises inputs that trigger a *crash* bug of open-bugs.test.ts, so that property 1 (which mutates reports
 * freely and cannot avoid them) keeps searching for new crashes. A crash on such an input is excused unless
 * FUZZ_OPEN_BUGS=1. Delete the matching rule when its bug is fixed.
 */

type Json = Record<string, unknown>;

/** Helper for rules: a plain object. */
export const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Helper for rules: whether `test` holds for some value inside `value` (cycles cut). */
export function some(value: unknown, test: (v: unknown, key: string | number | undefined) => boolean, key?: string | number, seen = new Set<object>()): boolean {
  if (test(value, key)) return true;
  if (value === null || typeof value !== 'object' || seen.has(value)) return false;
  seen.add(value);
  if (Array.isArray(value)) return value.some((v, i) => some(v, test, i, seen));
  return Object.entries(value).some(([k, v]) => some(v, test, k, seen));
}

/**
 * The id of the open bug an input triggers (e.g. "B15"), or undefined. No open bug makes validateReport or
 * composeReport crash today (B1–B4 and B13 did; fixed 2026-11-25), so there is no rule. Add one per crash bug:
 *
 *   // B15: a table cell whose content mixes strings and arrays crashes composeReport.
 *   if (some(input, (v, key) => key === 'content' && Array.isArray(v) && v.some(Array.isArray) && !v.every(Array.isArray))) return 'B15';
 */
export function explainOpenBug(input: unknown): string | undefined {
  void input;
  return undefined;
}
