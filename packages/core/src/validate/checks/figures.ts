import { MAX_MONEY_IN_WORDS, formatNumber, moneyToWords, parseMoneyWords } from '../../format';
import type { Figure } from '../../model/rich-text';
import type { Diagnostic, JsonPath } from '../diagnostic';
import { decimalsShown } from './sums';
import { append } from '../../_lib/append';

const EPSILON = 1e-9;

/**
 * Checks one figure: its breakdown adds up, its percentage agrees with its parts, a ratio does not exceed its whole,
 * counts are whole and not negative, and money written in words says the same as the digits.
 *
 * @example
 * checkFigure({ type: 'figure', format: 'count', value: 50, breakdown: [{ value: 30 }, { value: 19 }] }, ['x'])
 * // → [{ code: 'figure/breakdown-sum', severity: 'warning', path: ['x', 'breakdown'], … }]
 */
export function checkFigure(figure: Figure, path: JsonPath): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { value } = figure;
  if (figure.breakdown && figure.breakdown.length > 0) {
    const sum = figure.breakdown.reduce((acc, part) => acc + part.value, 0);
    if (Math.abs(sum - value) > EPSILON * Math.max(1, Math.abs(value))) {
      out.push({
        code: 'figure/breakdown-sum',
        severity: 'warning',
        path: [...path, 'breakdown'],
        message: `Tổng các thành phần (${safe(sum)}) khác số liệu tổng (${safe(value)}).`,
      });
    }
  }
  if (figure.ratio) {
    const { part, whole } = figure.ratio;
    if (whole === 0) {
      out.push({ code: 'figure/percent-zero-whole', severity: 'warning', path: [...path, 'ratio', 'whole'], message: 'Không tính được tỷ lệ phần trăm khi tổng bằng 0.' });
    } else {
      const computed = (part / whole) * 100;
      const decimals = figure.decimals ?? decimalsShown(value);
      const tolerance = 0.5 * 10 ** -decimals + EPSILON;
      if (Math.abs(computed - value) > tolerance) {
        out.push({
          code: 'figure/percent-mismatch',
          severity: 'warning',
          path: [...path, 'value'],
          message: `Tỷ lệ ghi ${safe(value)}% nhưng ${safe(part)}/${safe(whole)} = ${safe(Math.round(computed * 100) / 100)}%.`,
        });
      }
    }
  }
  if (figure.format === 'count' && figure.of !== undefined && (!Number.isSafeInteger(figure.of) || figure.of < 0)) {
    out.push({ code: 'figure/invalid-whole', severity: 'error', path: [...path, 'of'], message: `Tổng của tỷ số phải là số nguyên không âm (${safe(figure.of)}).` });
  }
  if (figure.of !== undefined && value > figure.of) {
    out.push({ code: 'figure/ratio-exceeds', severity: 'warning', path: [...path, 'value'], message: `Số ${safe(value)} lớn hơn tổng ${safe(figure.of)}.` });
  }
  if (figure.format === 'count') {
    if (value < 0 || Object.is(value, -0)) {
      out.push({ code: 'figure/negative-count', severity: 'error', path: [...path, 'value'], message: `Số đếm không được âm (${safe(value)}).` });
    } else if (!Number.isInteger(value)) {
      out.push({ code: 'figure/fractional-count', severity: 'warning', path: [...path, 'value'], message: `Số đếm phải là số nguyên (${safe(value)}).` });
    }
  }
  if (!Number.isSafeInteger(Math.trunc(value)) && Number.isFinite(value)) {
    out.push({ code: 'figure/unsafe-number', severity: 'warning', path: [...path, 'value'], message: `Số ${safe(value)} quá lớn để ghi chính xác.` });
  }
  if (figure.words !== undefined) append(out, checkMoneyWords(value, figure.words, [...path, 'words']));
  return out;
}

/**
 * Compares money written in words with the digits. A different amount is an error; the same amount spelt
 * differently from the standard reading (e.g. "mươi năm" for "mươi lăm") is only advice.
 *
 * @example
 * checkMoneyWords(45998409, 'Bốn mươi lăm triệu đồng', ['fines', 'words'])
 * // → [{ code: 'money/words-mismatch', severity: 'error', … }]
 */
export function checkMoneyWords(amount: number, words: string, path: JsonPath): Diagnostic[] {
  if (!Number.isInteger(amount) || amount < 0 || amount > MAX_MONEY_IN_WORDS) {
    return [{ code: 'money/out-of-range', severity: 'error', path, message: `Không đọc được số tiền ${safe(amount)} thành chữ (chỉ số nguyên từ 0 đến ${formatNumber(MAX_MONEY_IN_WORDS)}).` }];
  }
  const read = parseMoneyWords(words);
  if (read === undefined) {
    return [{ code: 'money/words-unreadable', severity: 'warning', path, message: `Không đọc được số tiền bằng chữ "${words}".` }];
  }
  if (read !== amount) {
    return [{
      code: 'money/words-mismatch',
      severity: 'error',
      path,
      message: `Số tiền bằng chữ (${formatNumber(read)} đồng) khác số tiền bằng số (${formatNumber(amount)} đồng).`,
    }];
  }
  const canonical = moneyToWords(amount);
  if (norm(canonical) !== norm(words)) {
    return [{ code: 'money/words-spelling', severity: 'info', path, message: `Cách đọc chuẩn: "${canonical}".` }];
  }
  return [];
}

function norm(s: string): string {
  return s.normalize('NFC').toLocaleLowerCase('vi').replace(/[\s,.]+/g, ' ').trim();
}

function safe(n: number): string {
  return Number.isFinite(n) && Math.abs(n) < 1e21 ? formatNumber(n) : String(n);
}
