/** The body of `word/document.xml`, written as the renderer goes, and the properties of its sections. */
import { paragraphXml } from './paragraph';
import { Sink, empty } from './xml';

/** A section's page: A4 portrait or landscape, margins and header distance in twips. */
export type SectionProps = {
  /** Relationship ids of the default header and, for a title page, of the first page's header. */
  readonly headers: { readonly default: string; readonly first?: string };
  /** Starts on a new page (every section after the first). */
  readonly nextPage: boolean;
  readonly page: { readonly width: number; readonly height: number; readonly landscape: boolean };
  readonly margins: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number; readonly header: number; readonly footer: number };
  /** Page numbers start again at 1. */
  readonly restartNumbers: boolean;
  /** A different (empty) header on the first page. */
  readonly titlePage: boolean;
};

/**
 * `<w:sectPr>` of a section.
 *
 * @example
 * ```ts
 * sectionProperties({ headers: { default: 'rId8' }, nextPage: true, page: { width: 11906, height: 16838, landscape: true }, … });
 * // '<w:sectPr><w:headerReference w:type="default" r:id="rId8"/><w:type w:val="nextPage"/><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>…'
 * ```
 */
export function sectionProperties(s: SectionProps): string {
  let xml = `<w:sectPr>${empty('w:headerReference', { 'w:type': 'default', 'r:id': s.headers.default })}`;
  if (s.headers.first !== undefined) xml += empty('w:headerReference', { 'w:type': 'first', 'r:id': s.headers.first });
  if (s.nextPage) xml += '<w:type w:val="nextPage"/>';
  const { width, height, landscape } = s.page;
  xml += empty('w:pgSz', { 'w:w': landscape ? height : width, 'w:h': landscape ? width : height, 'w:orient': landscape ? 'landscape' : 'portrait' });
  const m = s.margins;
  xml += empty('w:pgMar', { 'w:top': m.top, 'w:right': m.right, 'w:bottom': m.bottom, 'w:left': m.left, 'w:header': m.header, 'w:footer': m.footer, 'w:gutter': 0 });
  xml += s.restartNumbers ? '<w:pgNumType w:start="1"/>' : '<w:pgNumType/>';
  xml += s.titlePage ? '<w:titlePg/>' : '<w:titlePg w:val="false"/>';
  return `${xml}<w:docGrid w:linePitch="360"/></w:sectPr>`;
}

/**
 * Writes the blocks of the body in order. The last paragraph of a section is held back: a section that ends with a
 * paragraph carries its properties in that paragraph's `<w:pPr>`; one that ends otherwise (a table, or nothing)
 * gets an empty paragraph for them. The last section's properties close the body.
 *
 * @example
 * ```ts
 * const body = new BodyWriter(sink);
 * body.paragraph('<w:pStyle w:val="NDTitle"/>', runs);
 * body.endSection(sectionProperties(first));
 * body.finish(sectionProperties(last));
 * ```
 */
export class BodyWriter {
  private pending: { properties: string; runs: string } | undefined;

  constructor(private readonly sink: Sink) {}

  /** A paragraph of the body, from the content of its `<w:pPr>` and its runs. */
  paragraph(properties: string, runs: string): void {
    this.flush();
    this.pending = { properties, runs };
  }

  /** Other block content (a table, or a piece of one), as XML. */
  xml(text: string): void {
    this.flush();
    this.sink.push(text);
  }

  /** Ends a section that is not the last one. */
  endSection(sectPr: string): void {
    const last = this.pending;
    this.pending = undefined;
    this.sink.push(last === undefined ? paragraphXml(sectPr, '') : paragraphXml(last.properties + sectPr, last.runs));
  }

  /** Ends the last section and the body. */
  finish(sectPr: string): void {
    this.flush();
    this.sink.push(sectPr);
  }

  private flush(): void {
    if (this.pending === undefined) return;
    this.sink.push(paragraphXml(this.pending.properties, this.pending.runs));
    this.pending = undefined;
  }
}
