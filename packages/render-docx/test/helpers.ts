import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import type { Diagnostic, ReportDocument } from '@baocao-khcn/core';
import { renderDocx, type DocxOptions } from '@baocao-khcn/render-docx';

/** The parts of a .docx as strings, by path. */
export function unzipDocx(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([path, data]) => [path, strFromU8(data)]));
}

/** Renders and unzips, collecting the diagnostics. */
export async function render(
  document: ReportDocument,
  options: DocxOptions = {},
): Promise<{ bytes: Uint8Array; parts: Record<string, string>; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const bytes = await renderDocx(document, { ...options, onDiagnostic: (d) => diagnostics.push(d) });
  return { bytes, parts: unzipDocx(bytes), diagnostics };
}

/** Parses a part keeping attributes (`@_w:val`) and the order-insensitive structure. */
export function parseXml(xml: string): Record<string, unknown> {
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', preserveOrder: false }).parse(xml) as Record<string, unknown>;
}

/** All `<w:p>…</w:p>` of a part (paragraphs never nest outside text boxes, which we do not write). */
export function paragraphs(xml: string): string[] {
  return xml.match(/<w:p\b[^>]*?(?:\/>|>[\s\S]*?<\/w:p>)/g) ?? [];
}

/** The visible text of a fragment (`w:t` contents joined). */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(br|tab)\/>/g)]
    .map((m) => (m[2] === 'br' ? '\n' : m[2] === 'tab' ? '\t' : (m[1] ?? '')))
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** The paragraph whose text contains `needle`. */
export function paragraphWith(xml: string, needle: string): string {
  const found = paragraphs(xml).find((p) => textOf(p).includes(needle));
  if (found === undefined) throw new Error(`no paragraph containing ${JSON.stringify(needle)}`);
  return found;
}

/** All `<w:tbl>` of a part, outermost (tables are not nested in what we write). */
export function tables(xml: string): string[] {
  return xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
}

/** The `w:style` element with a style id. */
export function styleXml(stylesXml: string, id: string): string {
  const found = stylesXml.match(new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`));
  if (found === null) throw new Error(`no style ${id}`);
  return found[0];
}

/** The value of an attribute on the first element matching `element` in `xml`. */
export function attr(xml: string, element: string, attribute: string): string | undefined {
  const el = xml.match(new RegExp(`<${element}\\b[^>]*>`));
  if (el === null) return undefined;
  return el[0].match(new RegExp(`\\b${attribute}="([^"]*)"`))?.[1];
}
