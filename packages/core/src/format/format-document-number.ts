import { DRAFT_BLANK } from './constants';

/** Parts of a document identifier (số, ký hiệu) — Nghị định 30/2020/NĐ-CP, Phụ lục III. */
export interface DocumentNumberInput {
  /** The number; undefined or blank for a draft. Integers below 10 get a leading zero. A string is kept as written (`'30c'`), except that a one-digit string is padded. */
  number?: number | string;
  /** Document-type abbreviation (`BC`, `KH`, `QĐ`, `TTr`, `TB`…); omit for a công văn. */
  kindCode?: string;
  /** Issuing-agency abbreviation, e.g. `SKHCN`, `UBND`, `KHCN-TĐC`. */
  agencyCode: string;
  /** Year of issue, for legal documents numbered per year (`30/2020/NĐ-CP`). */
  year?: number;
}

/**
 * Builds a document identifier (without the `Số:` label; see
 * `documentNumberLine`): number, optional year, then the kind and agency
 * codes joined by a hyphen. A draft (no number) starts with `DRAFT_BLANK`.
 * Codes are trimmed and NFC-normalised.
 *
 * @param input - number, kind code, agency code, year
 * @returns e.g. `05/BC-SKHCN`
 * @throws RangeError (Vietnamese message) for a missing agency code, a number that is
 *   not a positive integer (or a string containing `/` or spaces), or a year that is not a 4-digit integer
 *
 * @example
 * ```ts
 * formatDocumentNumber({ number: 5, kindCode: 'BC', agencyCode: 'SKHCN' })  // '05/BC-SKHCN'
 * formatDocumentNumber({ number: 1161, agencyCode: 'KHCN-TĐC' })           // '1161/KHCN-TĐC'
 * formatDocumentNumber({ kindCode: 'BC', agencyCode: 'SKHCN' })             // '      /BC-SKHCN'
 * formatDocumentNumber({ number: 30, year: 2020, kindCode: 'NĐ', agencyCode: 'CP' }) // '30/2020/NĐ-CP'
 * ```
 */
export function formatDocumentNumber(input: DocumentNumberInput): string {
  const agency = clean(input.agencyCode);
  if (agency === '') throw new RangeError('Thiếu ký hiệu cơ quan ban hành văn bản.');
  const kind = clean(input.kindCode);
  const { year } = input;
  if (year !== undefined && (!Number.isInteger(year) || year < 1000 || year > 9999)) {
    throw new RangeError(`Năm của số văn bản không hợp lệ: ${String(year)}.`);
  }
  const number = numberPart(input.number);
  return `${number}${year === undefined ? '' : `/${year}`}/${kind === '' ? '' : `${kind}-`}${agency}`;
}

function clean(code: string | undefined): string {
  return typeof code === 'string' ? code.normalize('NFC').trim() : '';
}

function numberPart(value: number | string | undefined): string {
  if (value === undefined) return DRAFT_BLANK;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new RangeError(`Số văn bản phải là số nguyên dương (nhận được ${String(value)}).`);
    }
    return String(value).padStart(2, '0');
  }
  const text = clean(value);
  if (text === '') return DRAFT_BLANK;
  if (/[\s/]/.test(text) || /^0+$/.test(text)) {
    throw new RangeError(`Số văn bản không hợp lệ: ${JSON.stringify(value)}.`);
  }
  return /^\d$/.test(text) ? `0${text}` : text;
}
