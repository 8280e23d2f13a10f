import type { JsonPath } from '@baocao-khcn/core';
import type { HeaderNode } from '@baocao-khcn/core/tree';
import type { RenderContext, RunFormat } from '../context';
import { measureLinesTwips, type FontFace } from '../metrics';
import { paragraphProperties, paragraphXml } from '../ooxml/paragraph';
import { cellProperties, cellXml, ROW_END, rowStart, TABLE_END, tableStart } from '../ooxml/table';
import { ruleParagraph } from '../rule';
import { sanitizeText } from '../sanitize';
import { ND30, ptToTwips, STYLE_IDS, TWIPS_PER_MM } from '../style';
import { plainRuns, upper } from './text';

/** A layout table's frame: no borders, no cell margins, fixed widths. */
export function layoutTableStart(grid: readonly number[]): string {
  return tableStart(grid, { style: 'none' }, { top: 0, left: 0, bottom: 0, right: 0 });
}

/** A cell of a layout table: its width and its paragraphs. */
export function layoutCell(width: number, paragraphs: string): string {
  return cellXml(cellProperties({ width }), paragraphs);
}

function mm(twips: number): string {
  return String(Math.round(twips / TWIPS_PER_MM));
}

/**
 * The column widths of the header table. The right column gets at least what Quốc hiệu needs at
 * its smallest size (it must never wrap), the left at least what its lines need at their smallest
 * sizes and 40 % of the width when that leaves the right column enough; within those bounds the
 * left column takes its usual share (45 %).
 */
export function headerColumns(
  textWidth: number,
  right: { nationalTitle: string },
  left: { agency: string; parentAgency?: string; numberLine: string },
): [number, number] {
  const h = ND30.header;
  const need = (width: number): number => Math.ceil(width / h.fitShare);
  const needRight = need(measureLinesTwips(right.nationalTitle, 'bold', Math.min(...h.nationalTitleSizes)));
  const needLeft = need(
    Math.max(
      measureLinesTwips(left.agency, 'bold', Math.min(...h.agencySizes)),
      left.parentAgency === undefined ? 0 : measureLinesTwips(left.parentAgency, 'regular', Math.min(...h.parentAgencySizes)),
      measureLinesTwips(left.numberLine, 'regular', h.numberLineSize),
    ),
  );
  const hi = textWidth - needRight;
  const lo = Math.min(hi, Math.max(needLeft, Math.round(textWidth * h.leftMinShare)));
  const width = Math.min(hi, Math.max(lo, Math.round(textWidth * h.leftShare)));
  return [width, textWidth - width];
}

type Line = { text: string; face: FontFace; path: JsonPath };

/** The largest of `sizes` at which every line fits `width`; the smallest (and a diagnostic) when none does. */
function fitSize(lines: readonly Line[], sizes: readonly number[], width: number, ctx: RenderContext): number {
  const limit = width * ND30.header.fitShare;
  for (const size of sizes) {
    if (lines.every((l) => measureLinesTwips(l.text, l.face, size) <= limit)) return size;
  }
  const size = Math.min(...sizes);
  for (const l of lines) {
    const w = measureLinesTwips(l.text, l.face, size);
    if (w > limit) {
      ctx.report({
        code: 'docx/header-overflow',
        severity: 'warning',
        path: l.path,
        message: `Dòng "${l.text}" rộng khoảng ${mm(w)} mm, không vừa một dòng trong cột rộng ${mm(width)} mm ở cỡ chữ ${size} pt nên sẽ xuống dòng.`,
      });
    }
  }
  return size;
}

/**
 * An agency name too long for one line of its column at the smallest ND 30 size ("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN")
 * is broken into two balanced lines at a space, as clerks write it ("ỦY BAN NHÂN DÂN" / "TỈNH LẠNG SƠN").
 * Text that already holds a line break is kept as written.
 */
export function breakToFit(text: string, face: FontFace, sizes: readonly number[], width: number): string {
  const size = Math.min(...sizes);
  const limit = width * ND30.header.breakShare;
  if (text.includes('\n') || measureLinesTwips(text, face, size) <= limit) return text;
  let best = text;
  let bestWidth = Number.POSITIVE_INFINITY;
  for (let i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
    const candidate = `${text.slice(0, i)}\n${text.slice(i + 1)}`;
    const w = measureLinesTwips(candidate, face, size);
    if (w < bestWidth) {
      best = candidate;
      bestWidth = w;
    }
  }
  return best;
}

function line(text: string, format: RunFormat, spaceBeforePt = 0): string {
  const properties = paragraphProperties({
    style: STYLE_IDS.headerBlock,
    ...(spaceBeforePt > 0 ? { spacing: { before: ptToTwips(spaceBeforePt) } } : {}),
  });
  return paragraphXml(properties, plainRuns(text, format));
}

/**
 * The header block → a borderless two-column table with explicit widths. Left: parent authority
 * (caps, not bold), issuing agency (caps, bold) over a short centred rule (40 % of the line), then
 * `Số: …`. Right: Quốc hiệu (caps, bold), Tiêu ngữ (bold, one point larger) over a rule as long as
 * the line, then the italic date line. Each line takes the largest ND 30 size at which it fits one
 * line of its column (`docx/header-overflow` when none does). Without `parentAgency` the agency is
 * the first line.
 *
 * @example
 * ```ts
 * header({ parentAgency: 'UBND TỈNH LẠNG SƠN', agency: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', numberLine: 'Số:      /BC-SKHCN',
 *   nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', motto: 'Độc lập - Tự do - Hạnh phúc',
 *   dateLine: 'Lạng Sơn, ngày      tháng 8 năm 2022' }, ctx, ['header']);
 * ```
 */
export function header(node: HeaderNode, ctx: RenderContext, path: JsonPath): string {
  const clean = (value: string, key: string): string => sanitizeText(value, [...path, key], ctx.report);
  const oneLineParent = node.parentAgency !== undefined && node.parentAgency.trim() !== '' ? upper(clean(node.parentAgency, 'parentAgency')) : undefined;
  const oneLineAgency = upper(clean(node.agency, 'agency'));
  const numberLine = clean(node.numberLine, 'numberLine');
  const nationalTitle = upper(clean(node.nationalTitle, 'nationalTitle'));
  const motto = clean(node.motto, 'motto');
  const dateLine = clean(node.dateLine, 'dateLine');

  const [leftWidth, rightWidth] = headerColumns(ctx.textWidth, { nationalTitle }, { agency: oneLineAgency, numberLine, ...(oneLineParent !== undefined ? { parentAgency: oneLineParent } : {}) });
  const h = ND30.header;
  const parent = oneLineParent === undefined ? undefined : breakToFit(oneLineParent, 'regular', h.parentAgencySizes, leftWidth);
  const agency = breakToFit(oneLineAgency, 'bold', h.agencySizes, leftWidth);

  const parentSize =
    parent === undefined ? undefined : fitSize([{ text: parent, face: 'regular', path: [...path, 'parentAgency'] }], h.parentAgencySizes, leftWidth, ctx);
  const agencySize = fitSize([{ text: agency, face: 'bold', path: [...path, 'agency'] }], h.agencySizes, leftWidth, ctx);
  fitSize([{ text: numberLine, face: 'regular', path: [...path, 'numberLine'] }], [h.numberLineSize], leftWidth, ctx);
  const titleSize = fitSize([{ text: nationalTitle, face: 'bold', path: [...path, 'nationalTitle'] }], h.nationalTitleSizes, rightWidth, ctx);
  const mottoSize = titleSize + h.mottoSizeStep;
  fitSize([{ text: motto, face: 'bold', path: [...path, 'motto'] }], [mottoSize], rightWidth, ctx);
  const dateSize = ctx.layout.bodySize;
  fitSize([{ text: dateLine, face: 'italic', path: [...path, 'dateLine'] }], [dateSize], rightWidth, ctx);

  const agencyRule = Math.min(measureLinesTwips(agency, 'bold', agencySize), leftWidth) * h.agencyRuleShare;
  const mottoRule = Math.min(measureLinesTwips(motto, 'bold', mottoSize), rightWidth) * h.mottoRuleShare;

  const left =
    (parent !== undefined && parentSize !== undefined ? line(parent, { size: parentSize, bold: false }) : '') +
    line(agency, { size: agencySize, bold: true }) +
    paragraphXml(ruleParagraph(agencyRule, leftWidth), '');
  const right =
    line(nationalTitle, { size: titleSize, bold: true }) + line(motto, { size: mottoSize, bold: true }) + paragraphXml(ruleParagraph(mottoRule, rightWidth), '');
  const space = h.secondRowSpaceBeforePt;
  return (
    layoutTableStart([leftWidth, rightWidth]) +
    rowStart('plain') +
    layoutCell(leftWidth, left) +
    layoutCell(rightWidth, right) +
    ROW_END +
    rowStart('plain') +
    layoutCell(leftWidth, line(numberLine, { size: h.numberLineSize }, space)) +
    layoutCell(rightWidth, line(dateLine, { size: dateSize, italic: true }, space)) +
    ROW_END +
    TABLE_END
  );
}
