/**
 * The smallest XML writer WordprocessingML needs: escaping, empty elements with attributes in the order given,
 * and a sink that turns the pieces of a long part into UTF-8 as they come.
 */

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
/** What is escaped, and the control characters XML 1.0 forbids (dropped; `sanitizeText` reports them first). */
const TO_ESCAPE = /[&"'<>\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
const TO_ESCAPE_ALL = new RegExp(TO_ESCAPE.source, 'g');

/**
 * Text or an attribute value escaped for XML: `& " ' < >` as entities, forbidden control characters dropped.
 *
 * @example
 * ```ts
 * escapeText('Sở <KH&CN>'); // 'Sở &lt;KH&amp;CN&gt;'
 * ```
 */
export function escapeText(value: string): string {
  return TO_ESCAPE.test(value) ? value.replace(TO_ESCAPE_ALL, (char) => ESCAPES[char] ?? '') : value;
}

/** An attribute value: a number or boolean as `String` writes it, a string escaped. */
type Value = string | number | boolean;

/**
 * An empty element with attributes in the order given (WordprocessingML's order, as Word writes it).
 *
 * @example
 * ```ts
 * empty('w:jc', { 'w:val': 'center' }); // '<w:jc w:val="center"/>'
 * ```
 */
export function empty(name: string, attributes?: Readonly<Record<string, Value>>): string {
  if (attributes === undefined) return `<${name}/>`;
  let text = `<${name}`;
  for (const key in attributes) {
    const value = attributes[key] as Value;
    text += ` ${key}="${typeof value === 'string' ? escapeText(value) : String(value)}"`;
  }
  return `${text}/>`;
}

/** `<w:val …/>`-style switch: `<w:b/>` when on, `<w:b w:val="false"/>` when off. */
export function onOff(name: string, on: boolean): string {
  return on ? `<${name}/>` : `<${name} w:val="false"/>`;
}

/** An element around content, or nothing when the content is empty. */
export function wrapIfAny(name: string, content: string): string {
  return content === '' ? '' : `<${name}>${content}</${name}>`;
}

/** The XML declaration of the parts Word's own writer marks standalone. */
export const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** The platform's UTF-8 encoder (browsers, Node): this package's TypeScript lib has no DOM types. */
declare const TextEncoder: new () => {
  encode(text: string): Uint8Array;
  encodeInto(text: string, into: Uint8Array): { read: number; written: number };
};
const UTF8 = new TextEncoder();

/**
 * UTF-8 written piece after piece into a growing buffer: each piece (a tag, a row of a table …) is encoded as it
 * comes, so that a part of tens of megabytes is never one string, nor a list of millions of them, and no string is
 * joined only to be encoded. A piece is a whole string, so no character is split.
 *
 * @example
 * ```ts
 * const sink = new Sink();
 * sink.push('<w:p/>');
 * sink.bytes(); // Uint8Array [60, 119, 58, 112, 47, 62]
 * ```
 */
export class Sink {
  private buffer = new Uint8Array(1 << 16);
  private length = 0;

  push(piece: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    const most = piece.length * 3;
    if (this.length + most > this.buffer.length) {
      const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + most));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    this.length += UTF8.encodeInto(piece, this.buffer.subarray(this.length)).written;
  }

  /** The bytes written (a view of the sink's buffer). */
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}
