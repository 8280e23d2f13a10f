/**
 * Characters XML 1.0 forbids (C0 controls except tab, line feed and carriage return; U+FFFE, U+FFFF; lone
 * surrogates) and those it discourages (DEL and the C1 controls U+007F–U+009F, the noncharacters U+FDD0–U+FDEF and
 * U+xFFFE/U+xFFFF of every plane). They corrupt a .docx or turn into U+FFFD in Markdown, and mean nothing in a report.
 * With the `u` flag a lone surrogate is a code point of its own, a valid pair is not.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{3FFFE}\u{3FFFF}\u{4FFFE}\u{4FFFF}\u{5FFFE}\u{5FFFF}\u{6FFFE}\u{6FFFF}\u{7FFFE}\u{7FFFF}\u{8FFFE}\u{8FFFF}\u{9FFFE}\u{9FFFF}\u{AFFFE}\u{AFFFF}\u{BFFFE}\u{BFFFF}\u{CFFFE}\u{CFFFF}\u{DFFFE}\u{DFFFF}\u{EFFFE}\u{EFFFF}\u{FFFFE}\u{FFFFF}\u{10FFFE}\u{10FFFF}]/gu;

/**
 * Every match of {@link FORBIDDEN} holds one of these characters (the astral noncharacters are surrogate pairs).
 * This plain class without the `u` flag is tested first: it is much faster, and almost all text has none of them.
 */
// eslint-disable-next-line no-control-regex
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/;

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
