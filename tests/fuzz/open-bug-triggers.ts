/**
 * Recognises inputs that trigger a bug of open-bugs.test.ts, so that property 1 (which mutates reports
 * freely and cannot avoid them) keeps searching for *new* crashes. A crash on such an input is excused
 * unless FUZZ_OPEN_BUGS=1. Delete the matching rule when a bug is fixed.
 */

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

function isRealIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return true; // not date-shaped: the schema refuses it, no crash
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1 && mo >= 1 && mo <= 12 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Visits every value of `value` (cycles cut). */
function some(value: unknown, test: (v: unknown, key: string | number | undefined) => boolean, key?: string | number, seen = new Set<object>()): boolean {
  if (test(value, key)) return true;
  if (value === null || typeof value !== 'object' || seen.has(value)) return false;
  seen.add(value);
  if (Array.isArray(value)) return value.some((v, i) => some(v, test, i, seen));
  return Object.entries(value).some(([k, v]) => some(v, test, k, seen));
}

/** The id of the open bug an input triggers (B1 …), or undefined. */
export function explainOpenBug(input: unknown): string | undefined {
  if (!isObject(input)) return undefined;
  // B1: an impossible issue date crashes composeReport.
  if (typeof input.issueDate === 'string' && !isRealIsoDate(input.issueDate)) return 'B1';
  // B2: a count figure with an unsafe integer value, or an `of` that is not a non-negative safe integer.
  const b2 = some(input, (v) => {
    if (!isObject(v) || v.type !== 'figure' || v.format !== 'count') return false;
    const value = v.value as number;
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) return true;
    return v.of !== undefined && typeof v.of === 'number' && !(Number.isSafeInteger(v.of) && v.of >= 0);
  });
  if (b2) return 'B2';
  // B3: a document number with a space or "/" (or only zeros), a blank place or agency code.
  if (typeof input.number === 'string') {
    const n = input.number.normalize('NFC').trim();
    if (n !== '' && (/[\s/]/.test(n) || /^0+$/.test(n))) return 'B3';
  }
  if (isObject(input.agency)) {
    const { place, code } = input.agency;
    if (typeof place === 'string' && place.replace(FORBIDDEN, '').normalize('NFC').trim() === '') return 'B3';
    if (typeof code === 'string' && code.normalize('NFC').trim() === '') return 'B3';
  }
  // B4: a table cell whose paragraph list mixes rich texts that are arrays with ones that are not.
  const b4 = some(input, (v, key) => key === 'content' && Array.isArray(v) && v.some((x) => Array.isArray(x)) && !v.every((x) => Array.isArray(x)));
  if (b4) return 'B4';
  return undefined;
}
