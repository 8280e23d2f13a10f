import type { Diagnostic, ReportDocument } from '@baocao-khcn/core';
import { dispatchNode, type BlockNode, type NumberStyle, type TableRowNode } from '@baocao-khcn/core/tree';
import {
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  TextRun,
  type IPropertiesOptions,
  type ISectionOptions,
  type ISectionPropertiesOptions,
} from 'docx';
import { createFootnoteRegistry, type RenderContext } from './context';
import { coreXml } from './core-props';
import { appendix } from './handle/appendix';
import { blocks } from './handle/block';
import { header } from './handle/header';
import { headingLevel } from './handle/heading';
import { resolveDate, resolveLayout, type DocxOptions, type Layout } from './options';
import { closing } from './part/closing';
import { titleBlock } from './part/title';
import { sanitizeText } from './sanitize';
import { ND30, STYLE_IDS } from './style';
import { stylesPart } from './styles-part';
import { hasBrace, writeDocumentXml } from './xml';
import { normalizeZip } from './zip';

/**
 * Below this many table cells docx writes the document part about as fast as the renderer, and the
 * twin file that writing it ourselves takes costs more (measured on the example reports).
 */
const OWN_XML_FROM_CELLS = 50;

/** The number of table cells in the document (rows that are not lists are left to the table handler to report). */
function tableCells(document: ReportDocument): number {
  let cells = 0;
  const count = (rows: readonly TableRowNode[]): void => {
    if (Array.isArray(rows)) for (const row of rows) cells += Array.isArray(row?.cells) ? row.cells.length : 0;
  };
  for (const nodes of [document.body, ...document.appendices.map((a) => a.blocks)]) {
    for (const node of nodes) {
      if (node.type !== 'table') continue;
      count(node.headerRows);
      count(node.rows);
    }
  }
  return cells;
}

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

function pageProperties(layout: Layout, landscape: boolean, titlePage: boolean): ISectionPropertiesOptions {
  const { top, bottom, left, right } = layout.margins;
  return {
    titlePage,
    page: {
      // docx swaps width and height itself for a landscape page and writes w:orient.
      size: {
        width: ND30.page.widthTwips,
        height: ND30.page.heightTwips,
        orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: { top, bottom, left, right, header: ND30.page.headerTwips, footer: ND30.page.footerTwips, gutter: 0 },
    },
  };
}

/** Section properties whose page numbers start again at 1. */
function withPageNumbersFromOne(properties: ISectionPropertiesOptions): ISectionPropertiesOptions {
  return { ...properties, page: { ...properties.page, pageNumbers: { start: 1 } } };
}

/** The page number, centred at the top (the first page of the document gets an empty header). */
function pageNumberHeader(): Header {
  return new Header({
    children: [new Paragraph({ style: STYLE_IDS.pageNumber, children: [new TextRun({ children: [PageNumber.CURRENT] })] })],
  });
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

async function renderReport(document: ReportDocument, options?: DocxOptions): Promise<Uint8Array> {
  const sink = options?.onDiagnostic;
  const report = (d: Diagnostic): void => sink?.(d);
  const { layout, diagnostics } = resolveLayout(options);
  diagnostics.forEach(report);

  const used = headingStyles(document);
  // docx's serializer takes seconds and hundreds of megabytes for a long table: the renderer writes
  // the document part itself (xml.ts) when there are tables, unless a text has a `{`, which docx's
  // packer may replace.
  const writesXml = tableCells(document) >= OWN_XML_FROM_CELLS && !hasBrace(document);
  const ctx: RenderContext = {
    layout,
    textWidth: textWidth(layout, false),
    report,
    footnotes: createFootnoteRegistry(report),
    headingStyles: used,
    writesXml,
  };

  const sections: ISectionOptions[] = [
    {
      properties: pageProperties(layout, false, true),
      headers: { first: new Header({ children: [new Paragraph({ style: STYLE_IDS.pageNumber })] }), default: pageNumberHeader() },
      children: [
        header(document.header, ctx, ['header']),
        ...titleBlock(document, ctx),
        ...blocks(document.body, ctx, ['body']),
        ...closing(document, ctx),
      ],
    },
    ...document.appendices.map((node, i): ISectionOptions => {
      const landscape = node.orientation === 'landscape';
      return {
        // ND 30, Phụ lục I, mục III, điểm 1đ: each appendix numbers its pages from 1.
        properties: withPageNumbersFromOne({ ...pageProperties(layout, landscape, false), type: SectionType.NEXT_PAGE }),
        headers: { default: pageNumberHeader() },
        children: appendix(node, { ...ctx, textWidth: textWidth(layout, landscape) }, ['appendices', i]),
      };
    }),
  ];

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

  const properties: Omit<IPropertiesOptions, 'sections'> = {
    title,
    creator,
    lastModifiedBy: creator,
    theme: { fonts: { headings: ND30.font.family, body: ND30.font.family } },
    footnotes: ctx.footnotes.entries(),
  };
  const language = document.meta.language || ND30.font.language;
  const core = { path: 'docProps/core.xml', data: coreXml({ title, creator, language, category: kind, date }) };
  // The ND 30 styles are written once per layout and kept (styles-part.ts); docx's packer takes them as a finished
  // part (docx types a part's data as text but zips bytes as they are).
  const styles = stylesPart(layout, used) as unknown as { path: string; data: string };
  if (!writesXml) return normalizeZip(await Packer.pack(new Document({ ...properties, sections }), 'uint8array', false, [core, styles]));
  // The document part written here goes to docx's packer with a twin of the file that has no body
  // content, so docx does not write it again; the twin's other parts (styles, headers, footnotes,
  // relationships …) are the same, as nothing in the body adds to them (no image, link or Word list).
  const bodiless = sections.map((section) => ({ ...section, children: [] }));
  const documentXml = writeDocumentXml(properties, sections);
  // docx types a part's data as text, but zips any data as bytes (as it does images): bytes spare the
  // tens of megabytes a string of a long document takes, and are what docx would write for it.
  const packed = await Packer.pack(new Document({ ...properties, sections: bodiless }), 'uint8array', false, [
    core,
    styles,
    { path: 'word/document.xml', data: documentXml as unknown as string },
  ]);
  return normalizeZip(packed);
}
