import { hasForbiddenChars } from '../../text/clean';
import type { Diagnostic, JsonPath } from '../diagnostic';

/**
 * Checks one text leaf: characters XML 1.0 forbids are reported (they are removed on output),
 * and text that is not in Unicode NFC is reported (it is normalised on output).
 */
export function checkText(text: string, path: JsonPath): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (hasForbiddenChars(text)) {
    out.push({ code: 'text/forbidden-char', severity: 'warning', path, message: 'Văn bản có ký tự điều khiển hoặc ký tự không hợp lệ; các ký tự này bị loại bỏ khi xuất.' });
  }
  if (text !== text.normalize('NFC')) {
    out.push({ code: 'text/not-nfc', severity: 'info', path, message: 'Văn bản chưa ở dạng Unicode dựng sẵn (NFC); đã được chuẩn hóa khi xuất.' });
  }
  return out;
}
