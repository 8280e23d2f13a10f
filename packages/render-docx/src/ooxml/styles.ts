/**
 * `word/styles.xml`: the document defaults (Times New Roman, vi-VN, the body size), Word's built-in styles docx 9
 * wrote, `Normal` as ND 30 body text, `Heading 1`–`Heading 9` and one named style per layout element. The bytes
 * are those docx 9 wrote for these styles (kept by the oracle test).
 */
import type { NumberStyle } from '@baocao-khcn/core/tree';
import { headingFormat } from '../handle/heading';
import type { Layout } from '../options';
import { halfPoints, ND30, ptToTwips, STYLE_IDS, STYLE_NAMES } from '../style';
import { STYLES_ROOT } from './namespaces';
import { paragraphProperties, type ParagraphProps } from './paragraph';
import { DECLARATION, empty, onOff, wrapIfAny } from './xml';

/** Word's built-in styles as docx wrote them, up to `toc 1` (the `toc 2`–`toc 9` indents follow the body size). */
const BUILT_IN_BEFORE_TOC2 =
  '<w:style w:type="table" w:styleId="TableNormal" w:default="true"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:type="dxa" w:w="0"/><w:tblCellMar><w:top w:type="dxa" w:w="0"/><w:left w:type="dxa" w:w="108"/><w:bottom w:type="dxa" w:w="0"/><w:right w:type="dxa" w:w="108"/></w:tblCellMar></w:tblPr></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:sz w:val="56"/><w:szCs w:val="56"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Strong"><w:name w:val="Strong"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:b/><w:bCs/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/></w:style><w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="35"/><w:semiHidden/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:spacing w:after="200"/></w:pPr><w:rPr><w:i/><w:iCs/><w:color w:val="44546A" w:themeColor="dark2"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Bibliography"><w:name w:val="Bibliography"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="37"/><w:unhideWhenUsed/></w:style><w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:semiHidden/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="100"/></w:pPr></w:style>';

/** Word's built-in character and endnote styles as docx wrote them. */
const BUILT_IN_AFTER_TOC =
  '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style><w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style><w:style w:type="character" w:styleId="FootnoteTextChar"><w:name w:val="Footnote Text Char"/><w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="FootnoteText"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style><w:style w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="EndnoteText"><w:name w:val="endnote text"/><w:basedOn w:val="Normal"/><w:link w:val="EndnoteTextChar"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style><w:style w:type="character" w:styleId="EndnoteTextChar"><w:name w:val="Endnote Text Char"/><w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="EndnoteText"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style><w:style w:type="character" w:styleId="LineNumber"><w:name w:val="line number"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>';

/** The `toc 2`–`toc 9` styles: each level indented by one more body font size. */
function tocStyles(bodySize: number): string {
  let xml = '';
  for (let level = 2; level <= 9; level++) {
    xml +=
      `<w:style w:type="paragraph" w:styleId="TOC${level}"><w:name w:val="toc ${level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>` +
      `<w:uiPriority w:val="39"/><w:semiHidden/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="100"/>${empty('w:ind', { 'w:left': (level - 1) * halfPoints(bodySize) * 10 })}</w:pPr></w:style>`;
  }
  return xml;
}

/** Style run formatting, in `w:rPr` order. `italic: false` is written without its complex-script twin, as docx did. */
type StyleRun = { readonly fonts?: boolean; readonly bold?: boolean; readonly italic?: boolean; readonly color?: string; readonly size?: number; readonly language?: boolean };

function styleRun(r: StyleRun): string {
  const font = ND30.font.family;
  let xml = r.fonts === true ? empty('w:rFonts', { 'w:ascii': font, 'w:cs': font, 'w:eastAsia': font, 'w:hAnsi': font }) : '';
  if (r.bold === true) xml += '<w:b/><w:bCs/>';
  if (r.italic !== undefined) xml += r.italic ? '<w:i/><w:iCs/>' : onOff('w:i', false);
  if (r.color !== undefined) xml += empty('w:color', { 'w:val': r.color });
  if (r.size !== undefined) xml += empty('w:sz', { 'w:val': halfPoints(r.size) }) + empty('w:szCs', { 'w:val': halfPoints(r.size) });
  if (r.language === true) xml += empty('w:lang', { 'w:val': ND30.font.language, 'w:eastAsia': ND30.font.language });
  return xml;
}

type StyleDef = { id: string; name: string; basedOn?: string; next?: string; quickFormat?: boolean; paragraph?: ParagraphProps; run?: StyleRun };

function styleXml(s: StyleDef, isDefault = false): string {
  let xml = `<w:style w:type="paragraph" w:styleId="${s.id}"${isDefault ? ' w:default="1"' : ''}>${empty('w:name', { 'w:val': s.name })}`;
  if (s.basedOn !== undefined) xml += empty('w:basedOn', { 'w:val': s.basedOn });
  if (s.next !== undefined) xml += empty('w:next', { 'w:val': s.next });
  if (s.quickFormat === true) xml += '<w:qFormat/>';
  xml += wrapIfAny('w:pPr', s.paragraph === undefined ? '' : paragraphProperties(s.paragraph));
  return `${xml + wrapIfAny('w:rPr', s.run === undefined ? '' : styleRun(s.run))}</w:style>`;
}

/** Single line spacing, no space around: layout paragraphs (header block, cells, signature). */
const TIGHT = { after: 0, before: 0, line: 240, lineRule: 'auto' } as const;
const CENTRED = { alignment: 'center', indent: { firstLine: 0 } } as const;
const TIGHT_CENTRED = { spacing: TIGHT, ...CENTRED } as const;

/** The number style each Word heading level is formatted for: the document's first, else the default scheme. */
function levelStyle(level: number, used: ReadonlyMap<number, NumberStyle>): NumberStyle {
  const defaults = ND30.heading.defaultStyles;
  return used.get(level) ?? defaults[Math.min(level, defaults.length) - 1] ?? 'none';
}

function headingStyle(level: number, layout: Layout, used: ReadonlyMap<number, NumberStyle>): StyleDef {
  const format = headingFormat(levelStyle(level, used));
  return {
    id: STYLE_IDS.heading(level),
    name: `heading ${level}`,
    basedOn: STYLE_IDS.normal,
    next: STYLE_IDS.normal,
    quickFormat: true,
    run: { bold: format.bold, italic: format.italic, color: '000000' },
    paragraph: {
      keepNext: true,
      keepLines: true,
      outlineLevel: level - 1,
      ...(format.centred ? CENTRED : { alignment: 'both', indent: { firstLine: layout.firstLineTwips } }),
    },
  };
}

/** The ND 30 styles of the layout elements, after the headings. */
function layoutStyles(): StyleDef[] {
  const c = ND30.closing;
  const normal = STYLE_IDS.normal;
  const named = (key: keyof typeof STYLE_NAMES) => ({ id: STYLE_IDS[key], name: STYLE_NAMES[key], basedOn: normal });
  return [
    { ...named('headerBlock'), paragraph: TIGHT_CENTRED },
    { ...named('rule'), basedOn: STYLE_IDS.headerBlock, run: { size: ND30.rule.fontPt }, paragraph: { spacing: { after: 0, before: 0, line: ND30.rule.lineTwips, lineRule: 'exact' } } },
    { ...named('title'), next: STYLE_IDS.subject, run: { bold: true, size: ND30.title.size }, paragraph: { ...CENTRED, keepNext: true, spacing: { ...TIGHT, before: ptToTwips(ND30.title.spaceBeforePt) } } },
    { ...named('subject'), run: { bold: true, size: ND30.title.subjectSize }, paragraph: { ...TIGHT_CENTRED, keepNext: true } },
    { ...named('to'), paragraph: { ...TIGHT_CENTRED, keepNext: true } },
    { ...named('list'), next: STYLE_IDS.list },
    { ...named('tableText'), run: { size: ND30.table.size }, paragraph: { alignment: 'left', indent: { firstLine: 0 }, spacing: TIGHT } },
    { ...named('tableCaption'), next: normal, run: { bold: true }, paragraph: { ...CENTRED, keepNext: true } },
    { ...named('tableSpacer'), run: { size: ND30.table.spacerSize }, paragraph: { indent: { firstLine: 0 }, spacing: { ...TIGHT, after: ptToTwips(ND30.table.spaceAfterPt) } } },
    { ...named('recipients'), run: { size: c.recipientsItemSize }, paragraph: { alignment: 'left', indent: { firstLine: 0 }, spacing: TIGHT } },
    { ...named('signature'), run: { bold: true, size: c.signatureSize }, paragraph: TIGHT_CENTRED },
    { ...named('appendixTitle'), next: normal, run: { size: ND30.appendix.titleSize }, paragraph: { ...TIGHT_CENTRED, keepNext: true } },
    { id: STYLE_IDS.pageNumber, name: 'header', basedOn: normal, run: { size: ND30.pageNumber.size }, paragraph: TIGHT_CENTRED },
    { id: STYLE_IDS.footnoteText, name: 'footnote text', basedOn: normal, run: { size: ND30.footnote.size }, paragraph: { alignment: 'both', indent: { firstLine: 0 }, spacing: TIGHT } },
  ];
}

/**
 * The styles part for a layout and the number style of each heading level met in the document (the first one at
 * each depth defines `Heading N`).
 *
 * @example
 * ```ts
 * stylesXml(layout, new Map([[1, 'roman']]));
 * // '<?xml …?><w:styles …><w:docDefaults>…<w:style w:type="paragraph" w:styleId="Normal" w:default="1">…'
 * ```
 */
export function stylesXml(layout: Layout, used: ReadonlyMap<number, NumberStyle>): string {
  const body = layout.bodySize;
  const fontRun = { fonts: true, size: body, language: true } as const;
  const normal: StyleDef = {
    id: STYLE_IDS.normal,
    name: 'Normal',
    quickFormat: true,
    run: fontRun,
    paragraph: {
      spacing: { after: ptToTwips(ND30.body.spaceAfterPt), before: ptToTwips(ND30.body.spaceBeforePt), line: layout.lineTwips, lineRule: 'auto' },
      indent: { firstLine: layout.firstLineTwips },
      alignment: 'both',
    },
  };
  const headings = Array.from({ length: ND30.heading.maxLevel }, (_, i) => styleXml(headingStyle(i + 1, layout, used))).join('');
  return (
    `${DECLARATION}${STYLES_ROOT}<w:docDefaults><w:rPrDefault><w:rPr>${styleRun(fontRun)}</w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr>${paragraphProperties({ spacing: TIGHT })}</w:pPr></w:pPrDefault></w:docDefaults>` +
    BUILT_IN_BEFORE_TOC2 +
    tocStyles(body) +
    BUILT_IN_AFTER_TOC +
    styleXml(normal, true) +
    headings +
    layoutStyles().map((s) => styleXml(s)).join('') +
    '</w:styles>'
  );
}

