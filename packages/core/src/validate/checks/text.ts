import type { Diagnostic, JsonPath } from '../diagnostic';

/**
 * Checks one printed text leaf: text that is not in Unicode NFC is reported (it is normalised on output). Characters
 * `cleanText` removes are reported where the input is read (`readInput`, `text/forbidden-char`), for every string of
 * the input whether printed or not.
 */
export function checkText(text: string, path: JsonPath): Diagnostic[] {
  if (text === text.normalize('NFC')) return [];
  return [{ code: 'text/not-nfc', severity: 'info', path, message: 'Văn bản chưa ở dạng Unicode dựng sẵn (NFC); đã được chuẩn hóa khi xuất.' }];
}
