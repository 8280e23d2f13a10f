/**
 * The physical floor of the 10,000-row report (the floor row of `pnpm bench`): the appendix table alone, written
 * as directly as a program can — no tree, no styles, no diagnostics. `docxFloor` writes it as a minimal
 * WordprocessingML package (one `document.xml` holding the table, the content types and the package
 * relationship) zipped with fflate; `markdownFloor` writes it as a GFM table of escaped strings joined. Both walk
 * the composed table to know *what* to write, as ours do.
 */
import type { ReportDocument } from '@baocao-khcn/core';
import type { TableNode } from '@baocao-khcn/core/tree';
import { strToU8, zipSync } from 'fflate';

/** The first table of the first appendix (the large table of `large-report.ts`). */
export function appendixTable(document: ReportDocument): TableNode {
  const table = document.appendices[0]?.blocks.find((b): b is TableNode => b.type === 'table');
  if (table === undefined) throw new Error('bench/floor: the report has no appendix table');
  return table;
}

/** The plain text of a cell: its runs joined, its paragraphs joined with a space. */
function cellText(paragraphs: TableNode['rows'][number]['cells'][number]['paragraphs']): string {
  let out = '';
  for (let p = 0; p < paragraphs.length; p++) {
    if (p > 0) out += ' ';
    for (const run of paragraphs[p]!) if (run.type === 'text') out += run.text;
  }
  return out;
}

const XML_SPECIAL = /[&<>]/g;
const XML_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const xml = (s: string) => (/[&<>]/.test(s) ? s.replace(XML_SPECIAL, (c) => XML_ENTITY[c]!) : s);

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '</Types>';
const PACKAGE_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '</Relationships>';

/** The table as WordprocessingML rows: one paragraph with one run per cell. */
function xmlRow(cells: TableNode['rows'][number]['cells']): string {
  let out = '<w:tr>';
  for (const cell of cells) out += `<w:tc><w:p><w:r><w:t xml:space="preserve">${xml(cellText(cell.paragraphs))}</w:t></w:r></w:p></w:tc>`;
  return `${out}</w:tr>`;
}

/** The DOCX floor: `document.xml` with the table (header row repeated on each page), zipped by fflate (level 6). */
export function docxFloor(table: TableNode): Uint8Array {
  const parts: string[] = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body><w:tbl>`,
    '<w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr><w:tblGrid>',
  ];
  for (const column of table.columns) parts.push(`<w:gridCol w:w="${Math.round(column.width * 14000)}"/>`);
  parts.push('</w:tblGrid>');
  for (const row of table.headerRows) parts.push(xmlRow(row.cells).replace('<w:tr>', '<w:tr><w:trPr><w:tblHeader/></w:trPr>'));
  for (const row of table.rows) parts.push(xmlRow(row.cells));
  parts.push('</w:tbl><w:p/><w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr></w:body></w:document>');
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(PACKAGE_RELS),
    'word/document.xml': strToU8(parts.join('')),
  });
}

const MD_SPECIAL = /[\\`*_[\]<>|&]/g;
const md = (s: string) => s.replace(MD_SPECIAL, '\\$&');

/** The Markdown floor: the GFM table, every cell escaped (one regular expression) and the strings joined. */
export function markdownFloor(table: TableNode): string {
  const lines: string[] = [];
  const line = (cells: TableNode['rows'][number]['cells']) => {
    let out = '|';
    for (const cell of cells) out += ` ${md(cellText(cell.paragraphs))} |`;
    return out;
  };
  const [head, ...more] = table.headerRows;
  lines.push(head === undefined ? '|' : line(head.cells));
  lines.push(`|${' - |'.repeat(table.columns.length)}`);
  for (const row of more) lines.push(line(row.cells));
  for (const row of table.rows) lines.push(line(row.cells));
  return `${lines.join('\n')}\n`;
}
