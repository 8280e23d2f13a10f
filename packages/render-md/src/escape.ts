import type { Handle } from 'mdast-util-to-markdown';
import { defaultHandlers } from 'mdast-util-to-markdown';

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

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
  let out = '';
  let index = 0;
  while (index < value.length) {
    const start = index;
    // A run of underscores, escaped (`\_`) or not.
    let count = 0;
    while (index < value.length) {
      if (value.charAt(index) === '_') index += 1;
      else if (value.charAt(index) === '\\' && value.charAt(index + 1) === '_') index += 2;
      else break;
      count++;
    }
    if (count > 0) {
      const touches = isLowSurrogate(value.charCodeAt(start - 1)) || isHighSurrogate(value.charCodeAt(index));
      out += touches ? '\\_'.repeat(count) : value.slice(start, index);
      continue;
    }
    // Any other character; an escape pair (`\\`, `\*` …) is copied whole.
    const step = value.charAt(index) === '\\' && index + 1 < value.length ? 2 : 1;
    out += value.slice(index, index + step);
    index += step;
  }
  return out;
}

/**
 * Drops the backslash of `\&` where the `&` cannot start a character reference: followed by
 * letters and digits that end before anything but `;` (`KH\&CN` → `KH&CN`, common in these
 * reports). When the name runs to the end of `value`, `after` (the character the serialiser
 * says comes next, if it knows) decides; an `&` followed by `;` or `#` keeps its escape.
 */
export function unescapeAmpersands(value: string, after = ''): string {
  let out = '';
  let index = 0;
  while (index < value.length) {
    const character = value.charAt(index);
    if (character !== '\\' || index + 1 >= value.length) {
      out += character;
      index += 1;
      continue;
    }
    const next = value.charAt(index + 1);
    if (next === '&') {
      const name = /^[A-Za-z][A-Za-z0-9]*/.exec(value.slice(index + 2));
      const end = index + 2 + (name === null ? 0 : name[0].length);
      const following = end < value.length ? value.charAt(end) : after.charAt(0);
      const safe = name !== null && following !== '' && following !== ';';
      out += safe ? '&' : '\\&';
    } else {
      out += character + next;
    }
    index += 2;
  }
  return out;
}

/** The default `text` handler, plus {@link escapeAstralUnderscores} and {@link unescapeAmpersands}. */
export const text: Handle = (node, parent, state, info) =>
  unescapeAmpersands(escapeAstralUnderscores(defaultHandlers.text(node, parent, state, info)), info.after);
