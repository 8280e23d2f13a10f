import type { Diagnostic, ReportDocument } from '@baocao-khcn/core';
import { dispatchNode, type BlockNode, type NumberStyle } from '@baocao-khcn/core/tree';
import { createFootnoteRegistry, type RenderContext } from './context';
import { coreXml } from './core-props';
import { appendix } from './handle/appendix';
import { blocks } from './handle/block';
import { header } from './handle/header';
import { headingLevel } from './handle/heading';
import { BodyWriter, sectionProperties, type SectionProps } from './ooxml/body';
import { footnotesXml } from './ooxml/footnotes';
import { DOCUMENT_ROOT } from './ooxml/namespaces';
import {
  APP_XML,
  contentTypes,
  CUSTOM_XML,
  documentRelationships,
  ENDNOTES_XML,
  FONT_TABLE_XML,
  headerRelationshipId,
  headerXml,
  NO_RELATIONSHIPS,
  NUMBERING_XML,
  PACKAGE_RELATIONSHIPS,
  PAGE_FIELD,
  SETTINGS_XML,
} from './ooxml/package';
import { stylesXml } from './ooxml/styles';
import { THEME_XML } from './ooxml/theme';
import { DECLARATION, Sink } from './ooxml/xml';
import { resolveDate, resolveLayout, type DocxOptions, type Layout } from './options';
import { closing } from './part/closing';
import { titleBlock } from './part/title';
import { sanitizeText } from './sanitize';
import { ND30 } from './style';
import { zipParts } from './zip';

/** The number style first met at each heading depth (body, then appendices): it defines `Heading N`. */
function headingStyles(document: ReportDocument): Map<number, NumberStyle> {
  const used = new Map<number, NumberStyle>();
  const visit = (nodes: readonly BlockNode[]): void => {
    for (const node of nodes) {
      if (node.type !== 'heading') continue;
      const level = headingLevel(node.level);
      if (!used.has(level)) used.set(level, node.style);
    }
  };
  visit(document.body);
  for (const a of document.appendices) visit(a.blocks);
  return used;
}

/** The page of a section: A4, portrait or landscape, the layout's margins, the page number header. */
function pageProperties(layout: Layout, landscape: boolean, headers: SectionProps['headers'], first: boolean): SectionProps {
  return {
    headers,
    nextPage: !first,
    page: { width: ND30.page.widthTwips, height: ND30.page.heightTwips, landscape },
    margins: { ...layout.margins, header: ND30.page.headerTwips, footer: ND30.page.footerTwips },
    // ND 30, Phụ lục I, mục III, điểm 1đ: each appendix numbers its pages from 1.
    restartNumbers: !first,
    titlePage: first,
  };
}

function textWidth(layout: Layout, landscape: boolean): number {
  const width = landscape ? ND30.page.heightTwips : ND30.page.widthTwips;
  return width - layout.margins.left - layout.margins.right;
}

/**
 * Renders a report document tree as a .docx laid out by Nghị định 30/2020/NĐ-CP: A4, ND 30
 * margins, Times New Roman, the two-column header block, title and trích yếu, body, Nơi nhận and
 * signature side by side, then each appendix in its own (portrait or landscape) section. The output
 * is byte-identical for identical input and options. Works in browsers (no `fs`). A document, block or inline
 * node of an unknown `type` rejects with a `TypeError` naming it (as `renderMarkdown` throws).
 *
 * @example
 * ```ts
 * import { renderDocx } from '@baocao-khcn/render-docx';
 * const bytes = await renderDocx(document, { fontSize: 14, onDiagnostic: (d) => console.warn(d.message) });
 * // Uint8Array starting with "PK"; write it to a .docx file or offer it as a download
 * ```
 */
export async function renderDocx(document: ReportDocument, options?: DocxOptions): Promise<Uint8Array> {
  const handlers = { report: (node: ReportDocument) => renderReport(node, options) };
  return dispatchNode(handlers, document, { renderer: 'render-docx', kind: 'document' });
}

/** UTF-8 of a part written as one string. */
declare const TextEncoder: new () => { encode(text: string): Uint8Array };
const UTF8 = new TextEncoder();

async function renderReport(document: ReportDocument, options?: DocxOptions): Promise<Uint8Array> {
  const sink = options?.onDiagnostic;
  const report = (d: Diagnostic): void => sink?.(d);
  const { layout, diagnostics } = resolveLayout(options);
  diagnostics.forEach(report);

  const used = headingStyles(document);
  const out = new Sink();
  out.push(`${DECLARATION}${DOCUMENT_ROOT}<w:body>`);
  const body = new BodyWriter(out);
  const ctx: RenderContext = { layout, textWidth: textWidth(layout, false), report, footnotes: createFootnoteRegistry(report), headingStyles: used, body };

  // Header parts: the page number of the first section (header1), its empty first page (header2), then one page
  // number header per appendix.
  let headers = 2;
  body.xml(header(document.header, ctx, ['header']));
  titleBlock(document, ctx);
  blocks(document.body, ctx, ['body']);
  closing(document, ctx);
  let section = pageProperties(layout, false, { default: headerRelationshipId(1), first: headerRelationshipId(2) }, true);
  document.appendices.forEach((node, i) => {
    body.endSection(sectionProperties(section));
    const landscape = node.orientation === 'landscape';
    headers += 1;
    section = pageProperties(layout, landscape, { default: headerRelationshipId(headers) }, false);
    appendix(node, { ...ctx, textWidth: textWidth(layout, landscape) }, ['appendices', i]);
  });
  body.finish(sectionProperties(section));
  out.push('</w:body></w:document>');

  const title = sanitizeText(document.meta.title, ['meta', 'title'], report);
  const creator = sanitizeText(document.meta.creator, ['meta', 'creator'], report);
  const kind = sanitizeText(document.meta.kind, ['meta', 'kind'], report);
  const metaDate = resolveDate(document.meta.date);
  if (document.meta.date !== undefined && metaDate === undefined) {
    report({
      code: 'docx/date-invalid',
      severity: 'warning',
      path: ['meta', 'date'],
      message: `Ngày "${document.meta.date}" không hợp lệ; dùng ${ND30.defaultDate.slice(0, 10)}.`,
    });
  }
  const date = resolveDate(options?.date) ?? metaDate ?? new Date(ND30.defaultDate);
  const language = document.meta.language || ND30.font.language;

  const text = (name: string, xml: string) => ({ name, data: UTF8.encode(xml) });
  const pageNumber = headerXml(PAGE_FIELD);
  const parts = [
    text('[Content_Types].xml', contentTypes(headers)),
    text('_rels/.rels', PACKAGE_RELATIONSHIPS),
    text('docProps/app.xml', APP_XML),
    text('docProps/core.xml', coreXml({ title, creator, language, category: kind, date })),
    text('docProps/custom.xml', CUSTOM_XML),
    { name: 'word/document.xml', data: out.bytes() },
    text('word/_rels/document.xml.rels', documentRelationships(headers)),
    text('word/styles.xml', stylesXml(layout, used)),
    text('word/numbering.xml', NUMBERING_XML),
    text('word/footnotes.xml', footnotesXml(ctx.footnotes.entries())),
    text('word/endnotes.xml', ENDNOTES_XML),
    text('word/settings.xml', SETTINGS_XML),
    text('word/fontTable.xml', FONT_TABLE_XML),
    text('word/theme/theme1.xml', THEME_XML),
  ];
  for (const name of ['endnotes', 'fontTable', 'footnotes']) parts.push(text(`word/_rels/${name}.xml.rels`, NO_RELATIONSHIPS));
  for (let n = 1; n <= headers; n++) {
    parts.push(text(`word/header${n}.xml`, n === 2 ? headerXml('') : pageNumber));
    parts.push(text(`word/_rels/header${n}.xml.rels`, NO_RELATIONSHIPS));
  }
  return zipParts(parts);
}
