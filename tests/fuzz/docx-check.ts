/**
 * Checks that a .docx is a valid zip whose XML parts are well-formed XML 1.0: fflate `unzipSync`,
 * strict UTF-8 decoding, fast-xml-parser's `XMLValidator`, and an explicit scan for characters outside
 * the XML 1.0 `Char` production (fast-xml-parser accepts them), literal or as character references.
 */
import { XMLValidator } from 'fast-xml-parser';
import { unzipSync } from 'fflate';

/**
 * XML 1.0 `Char`: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
 * With the `u` flag a lone surrogate is one code point in D800–DFFF, so it is caught too.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
const CHAR_REF = /&#(?:x([0-9a-fA-F]+)|([0-9]+));/g;

function isXmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

const REQUIRED = ['[Content_Types].xml', '_rels/.rels', 'word/document.xml'];

/** The XML parts of a .docx (name → text); throws when the zip or the UTF-8 is broken. */
export function xmlParts(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const out = new Map<string, string>();
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) out.set(name, decoder.decode(data));
  }
  return out;
}

/** Every problem found in a .docx (empty when the file is valid). */
export function docxProblems(bytes: Uint8Array): string[] {
  const problems: string[] = [];
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) problems.push('does not start with "PK"');
  let parts: Map<string, string>;
  try {
    parts = xmlParts(bytes);
  } catch (error) {
    return [...problems, `not a valid zip of UTF-8 parts: ${String(error)}`];
  }
  for (const name of REQUIRED) if (!parts.has(name)) problems.push(`missing part ${name}`);
  for (const [name, xml] of parts) {
    const bad = NOT_XML_CHAR.exec(xml);
    if (bad) {
      const cp = bad[0].codePointAt(0) ?? 0;
      problems.push(`${name}: character U+${cp.toString(16).toUpperCase().padStart(4, '0')} outside XML 1.0 Char at offset ${bad.index}: ${JSON.stringify(xml.slice(Math.max(0, bad.index - 40), bad.index + 40))}`);
    }
    for (const m of xml.matchAll(CHAR_REF)) {
      const cp = m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2]);
      if (!isXmlChar(cp)) problems.push(`${name}: character reference ${m[0]} to a character XML 1.0 forbids`);
    }
    const valid = XMLValidator.validate(xml, { allowBooleanAttributes: false });
    if (valid !== true) problems.push(`${name}: not well-formed XML: ${valid.err.code} ${valid.err.msg} (line ${valid.err.line}, col ${valid.err.col})`);
  }
  return problems;
}

/** The text of the `<w:t>` elements of word/document.xml (entities decoded), for spot checks. */
export function documentXmlText(bytes: Uint8Array): string {
  const xml = xmlParts(bytes).get('word/document.xml') ?? '';
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1] ?? '')).join('');
}
