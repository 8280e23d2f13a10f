import { BaseXmlComponent, Document, FileChild, type IContext, type IPropertiesOptions, type ISectionOptions, type IXmlableObject, type Table } from 'docx';

/**
 * WordprocessingML as the objects docx's serializer takes (what its components' `prepForXml`
 * return). Two costs of docx grow with a long table, and this module removes both:
 *
 * - A docx component per element, converted again by `prepForXml`: a table cell is a dozen of them.
 *   The rows of a table are built here directly as these objects ({@link element},
 *   {@link TableWithRows}), with exactly the shape docx's own components give.
 * - docx's serializer builds a second tree and joins the text of every level into a new string: for
 *   a 10,000-row appendix, seconds and hundreds of megabytes. {@link writeDocumentXml} writes the
 *   same bytes in one pass, and the rows of a table are written as soon as they are built
 *   ({@link XmlText}), so that their objects do not pile up.
 */
export type Xml = IXmlableObject;

/**
 * An element with its children (attributes first), shaped as docx's `XmlComponent` shapes it: no
 * children make `<name/>`, a lone attributes object stands for itself, anything else is a list.
 */
export function element(name: string, children: readonly unknown[]): Xml {
  const only = children.length === 1 ? (children[0] as Xml) : undefined;
  return { [name]: children.length === 0 ? {} : only?._attr !== undefined ? only : children };
}

/**
 * Freezes a prepared element that many places share (the properties of the cells of a column …):
 * it cannot change, so an {@link XmlWriter} writes its text once.
 */
export function shared(xml: Xml): Xml {
  return Object.freeze(xml);
}

/** An element with attributes only (in the order docx writes them), e.g. `<w:jc w:val="left"/>`. */
export function empty(name: string, attributes?: Record<string, string | number | boolean>): Xml {
  return element(name, attributes === undefined ? [] : [{ _attr: attributes }]);
}

/**
 * XML already written by an {@link XmlWriter}, as UTF-8 (half the memory of a string of Vietnamese
 * text). Only {@link writeDocumentXml} can write it: rows are written ahead only when the renderer
 * writes the document part itself (`RenderContext.writesXml`).
 */
export class XmlText {
  constructor(readonly bytes: Uint8Array) {}
}

/**
 * A table whose frame (properties and grid) docx writes from an empty docx `Table`, and whose rows
 * are prepared {@link Xml} or {@link XmlText}. docx components may be left inside rows (a footnote
 * reference, a run docx must write itself); they are written with the document, as docx writes its
 * own children.
 */
export class TableWithRows extends FileChild {
  constructor(
    private readonly frame: Table,
    private readonly rows: readonly (Xml | XmlText)[],
    private readonly hasComponents: boolean,
  ) {
    super('w:tbl');
  }

  override prepForXml(context: IContext): IXmlableObject {
    const frame = this.frame.prepForXml(context)?.['w:tbl'] as unknown[];
    const rows = this.hasComponents ? this.rows.map((row) => (row instanceof XmlText ? row : writeComponents(row, context))) : this.rows;
    return { 'w:tbl': [...frame, ...rows] };
  }
}

/** Replaces the docx components inside prepared objects by what they write (a run docx splits in several included). */
function writeComponents(xml: unknown, context: IContext): unknown {
  if (Array.isArray(xml)) {
    return xml.flatMap((child) =>
      child instanceof BaseXmlComponent
        ? (child.writtenAs ?? [child]).map((part) => part.prepForXml(context)).filter((part) => part !== undefined)
        : [writeComponents(child, context)],
    );
  }
  if (xml === null || typeof xml !== 'object') return xml;
  return Object.fromEntries(Object.entries(xml).map(([key, value]) => [key, writeComponents(value, context)]));
}

/**
 * Whether a text of `value` (a document tree) has a `{`. docx's packer replaces `{key}` placeholders
 * (list numbers, images) in the document part it writes: a document with one is left to docx
 * entirely (its tables keep their rows as objects and docx writes the document part).
 */
export function hasBrace(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('{');
  if (value === null || typeof value !== 'object') return false;
  return (Array.isArray(value) ? value : Object.values(value)).some(hasBrace);
}

/**
 * `word/document.xml` of a docx file with these properties and sections, byte for byte as docx's
 * packer writes it when no text has a `{` (see {@link hasBrace}): docx's own objects (`prepForXml`
 * with the context docx's compiler gives), written by an {@link XmlWriter}. The sections are taken
 * out of `sections` (which is left empty), so that their content can be freed once written.
 */
export function writeDocumentXml(properties: Omit<IPropertiesOptions, 'sections'>, sections: ISectionOptions[]): Uint8Array {
  const file = new Document({ ...properties, sections: sections.splice(0) });
  const xml = file.Document.View.prepForXml({ file, viewWrapper: file.Document, stack: [] });
  if (xml === undefined) throw new Error('render-docx: docx wrote no document');
  return createXmlWriter().bytes(xml, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>');
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
const TO_ESCAPE = /[&"'<>\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
const TO_ESCAPE_ALL = new RegExp(TO_ESCAPE.source, 'g');

/** A value as docx writes it: a string escaped (characters XML forbids dropped), anything else as `String` gives it. */
function escaped(value: unknown): string {
  if (typeof value !== 'string') return String(value);
  return TO_ESCAPE.test(value) ? value.replace(TO_ESCAPE_ALL, (char) => ESCAPES[char] ?? '') : value;
}

/** Whether a child of an element is text (docx writes anything but an object as text). */
function isText(child: unknown): boolean {
  return typeof child !== 'object';
}

/** The first key of an object (`Object.keys(o)[0]`, without the array). */
function firstKey(object: object): string | undefined {
  for (const key in object) return key;
  return undefined;
}

/** Writes docx's objects (and {@link XmlText}) as XML, in UTF-8, after `prefix` if any. */
export type XmlWriter = { bytes(xml: Xml, prefix?: string): Uint8Array };

/**
 * Makes an {@link XmlWriter} that writes as docx's `stringifyXmlable` does without indentation,
 * quirks included (a text child replaces the child before it; an element without a name writes only
 * its content), but in one pass. It remembers the text of each tag, attribute list and frozen
 * element (see {@link shared}): keep one per document or table.
 */
export function createXmlWriter(): XmlWriter {
  const tags = new Map<string, { open: string; close: string }>();
  const attributeText = new Map<object, string>();
  const sharedText = new Map<Xml, string>();
  const tag = (name: string) => {
    let known = tags.get(name);
    if (known === undefined) {
      known = { open: `<${name}`, close: `</${name}>` };
      tags.set(name, known);
    }
    return known;
  };
  const attributes = (values: Record<string, unknown>): string => {
    let text = attributeText.get(values);
    if (text === undefined) {
      text = '';
      for (const key in values) text += ` ${key}="${escaped(values[key])}"`;
      attributeText.set(values, text);
    }
    return text;
  };
  const write = (data: Xml | XmlText, out: Sink): void => {
    if (data instanceof XmlText) return out.pushBytes(data.bytes);
    if (!Object.isFrozen(data)) return writeElement(data, out);
    let text = sharedText.get(data);
    if (text === undefined) {
      const own = new Sink(false);
      writeElement(data, own);
      text = own.text();
      sharedText.set(data, text);
    }
    out.push(text);
  };
  const writeElement = (data: Xml, out: Sink): void => {
    const name = firstKey(data);
    const values: unknown = name === undefined ? undefined : data[name];
    const open = name ? tag(name).open : '';
    const close = name ? tag(name).close : '';
    if (typeof values !== 'object' || values === null) {
      // Text content, or nothing (`null`); `undefined` is an empty element with a closing tag.
      if (values === null) out.push(`${open}/>`);
      else out.push(`${name ? `${open}>` : ''}${values === undefined ? '' : escaped(values)}${close}`);
      return;
    }
    const { _attr, _cdata } = values as { _attr?: Record<string, unknown>; _cdata?: string };
    let attrs = _attr ? attributes(_attr) : '';
    const cdata = _cdata ? `<![CDATA[${_cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>` : '';
    if (!Array.isArray(values)) {
      out.push(cdata === '' ? `${open}${attrs}/>` : `${name ? `${open}${attrs}>` : attrs}${cdata}${close}`);
      return;
    }
    // docx gathers the attributes from the whole list before the children.
    if (cdata === '' && !values.some(isText)) {
      for (const child of values) if (firstKey(child) === '_attr') attrs += attributes(child._attr);
      out.push(name ? `${open}${attrs}>` : attrs);
      for (const child of values) if (firstKey(child) !== '_attr') write(child, out);
      out.push(close);
      return;
    }
    // A text child replaces the item before it (docx's quirk): such a list is resolved first, as
    // docx's `resolve` does.
    const content: unknown[] = cdata === '' ? [''] : [cdata, ''];
    for (const child of values) {
      if (isText(child)) {
        content.pop();
        content.push(escaped(child));
      } else if (firstKey(child) === '_attr') attrs += attributes(child._attr);
      else content.push(child);
    }
    out.push(name ? `${open}${attrs}>` : attrs);
    for (const item of content) {
      if (typeof item === 'string') out.push(item);
      else write(item as Xml, out);
    }
    out.push(close);
  };
  return {
    bytes(xml, prefix) {
      const out = new Sink();
      if (prefix !== undefined) out.push(prefix);
      write(xml, out);
      return out.bytes();
    },
  };
}

/** The platform's UTF-8 encoder (browsers, Node): this package's TypeScript lib has no DOM types. */
declare const TextEncoder: new () => { encode(text: string): Uint8Array };
const UTF8 = new TextEncoder();

/**
 * XML written piece after piece. Small strings are joined as they come (no list of millions of them
 * builds up) and kept as UTF-8; text written ahead ({@link XmlText}) is taken as it is. A piece is a
 * whole string (a tag, an escaped text …), so no character is split between two encodings.
 */
class Sink {
  private readonly chunks: Uint8Array[] = [];
  private pieces: string[] = [];

  /** `utf8: false` keeps everything as text, for {@link Sink.text}. */
  constructor(private readonly utf8 = true) {}

  push(piece: string): void {
    this.pieces.push(piece);
    if (this.utf8 && this.pieces.length === 8192) this.flush();
  }

  pushBytes(bytes: Uint8Array): void {
    this.flush();
    this.chunks.push(bytes);
  }

  /** The text written to a sink made with `utf8: false`. */
  text(): string {
    return this.pieces.join('');
  }

  bytes(): Uint8Array {
    this.flush();
    const out = new Uint8Array(this.chunks.reduce((n, chunk) => n + chunk.length, 0));
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }

  private flush(): void {
    if (this.pieces.length === 0) return;
    this.chunks.push(UTF8.encode(this.pieces.join('')));
    this.pieces = [];
  }
}
