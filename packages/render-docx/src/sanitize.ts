import type { Diagnostic, JsonPath } from '@baocao-khcn/core';

/**
 * Characters XML 1.0 forbids: C0 controls except tab, line feed and carriage return; U+FFFE and
 * U+FFFF; surrogate halves that are not part of a pair.
 */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Every match of {@link FORBIDDEN} holds one of these characters. */
const SUSPECT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

function codePoint(ch: string): string {
  return `U+${(ch.charCodeAt(0) || 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Makes a string safe for a WordprocessingML part: removes the characters XML 1.0 forbids (reporting
 * them as one `docx/invalid-char` warning), turns `\r\n` and `\r` into `\n`, and normalises to NFC.
 * `\n` and `\t` are kept: the text handler turns them into a line break and a tab.
 *
 * @example
 * ```ts
 * sanitizeText('Số liệu\u0007 quý III', ['body', 2], (d) => console.log(d.code));
 * // logs 'docx/invalid-char', returns 'Số liệu quý III'
 * ```
 */
export function sanitizeText(text: string, path: JsonPath, report: (d: Diagnostic) => void): string {
  let clean = text;
  // Testing this plain class first is much faster than the look-around pattern, and almost no text has these characters.
  const found = SUSPECT.test(text) ? text.match(FORBIDDEN) : null;
  if (found !== null) {
    const listed = [...new Set(found.map(codePoint))].join(', ');
    report({
      code: 'docx/invalid-char',
      severity: 'warning',
      path,
      message: `Đã bỏ ${found.length} ký tự không hợp lệ trong XML (${listed}).`,
    });
    clean = text.replace(FORBIDDEN, '');
  }
  return (clean.includes('\r') ? clean.replace(/\r\n?/g, '\n') : clean).normalize('NFC');
}

/** Escapes text for an XML element or attribute written by hand (core properties). */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
