import type { Handle } from 'mdast-util-to-markdown';
import { defaultHandlers } from 'mdast-util-to-markdown';

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Any UTF-16 surrogate: without one, no `_` can touch a character outside the BMP. */
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * The tokens of {@link escapeAstralUnderscores}, left to right: an escape pair other than `\_`
 * (copied whole, so `\\_` is a pair then a run), or a run of underscores, escaped or not
 * (captured). Any other character is skipped by the search and copied.
 */
const UNDERSCORE_RUN = /\\[^_]|((?:\\?_)+)/g;

/**
 * Escapes every `_` of a run of underscores that touches a character outside the Basic
 * Multilingual Plane (emoji, historic scripts …).
 *
 * `mdast-util-to-markdown` leaves an intra-word `_` unescaped (`a_b` cannot be emphasis), but
 * it measures "the character next to the `_`" in UTF-16 code units. When that character is a
 * surrogate pair next to an emphasis marker, it may later be written as a character reference
 * (`&#x10000;`), and the `_` then turns into an emphasis delimiter. Escaping the whole run is
 * always correct (`\_\_` reads back as `__`) and leaves no lone `_` beside an escaped one.
 */
export function escapeAstralUnderscores(value: string): string {
  // Fast path (nearly all text): no underscore, or nothing outside the BMP for one to touch.
  if (value.indexOf('_') === -1 || !SURROGATE.test(value)) return value;
  return value.replace(UNDERSCORE_RUN, (match: string, run: string | undefined, offset: number) => {
    if (run === undefined) return match;
    const touches = isLowSurrogate(value.charCodeAt(offset - 1)) || isHighSurrogate(value.charCodeAt(offset + match.length));
    if (!touches) return match;
    let count = 0;
    for (let i = 0; i < match.length; i++) if (match.charCodeAt(i) === 95 /* `_` */) count++;
    return '\\_'.repeat(count);
  });
}

function isAsciiAlpha(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiAlpha(code) || (code >= 48 && code <= 57);
}

/**
 * Drops the backslash of `\&` where the `&` cannot start a character reference: followed by
 * letters and digits that end before anything but `;` (`KH\&CN` → `KH&CN`, common in these
 * reports). When the name runs to the end of `value`, `after` (the character the serialiser
 * says comes next, if it knows) decides; an `&` followed by `;` or `#` keeps its escape.
 */
export function unescapeAmpersands(value: string, after = ''): string {
  // Fast path: without `\&` there is nothing to do.
  if (value.indexOf('\\&') === -1) return value;
  const length = value.length;
  let out = '';
  let copied = 0;
  let index = 0;
  // Every backslash not taken by the pair before it starts an escape pair (`\\`, `\&` …).
  for (;;) {
    const backslash = value.indexOf('\\', index);
    if (backslash === -1 || backslash + 1 >= length) break;
    if (value.charCodeAt(backslash + 1) === 38 /* `&` */) {
      let end = backslash + 2;
      const named = end < length && isAsciiAlpha(value.charCodeAt(end));
      if (named) {
        end++;
        while (end < length && isAsciiAlphanumeric(value.charCodeAt(end))) end++;
      }
      const following = end < length ? value.charAt(end) : after.charAt(0);
      if (named && following !== '' && following !== ';') {
        out += value.slice(copied, backslash);
        copied = backslash + 1;
      }
    }
    index = backslash + 2;
  }
  return copied === 0 ? value : out + value.slice(copied);
}

/** The default `text` handler, plus {@link escapeAstralUnderscores} and {@link unescapeAmpersands}. */
export const text: Handle = (node, parent, state, info) =>
  unescapeAmpersands(escapeAstralUnderscores(defaultHandlers.text(node, parent, state, info)), info.after);
