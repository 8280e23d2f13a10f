/**
 * The root elements of the parts, with the namespaces each declares (as Word's own files declare them; the
 * bytes are those docx 9 wrote, which the oracle test keeps).
 */

/** Namespace URIs by prefix, as the parts declare them. */
const URIS: Readonly<Record<string, string>> = {
  wpc: 'http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  o: 'urn:schemas-microsoft-com:office:office',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  m: 'http://schemas.openxmlformats.org/officeDocument/2006/math',
  v: 'urn:schemas-microsoft-com:vml',
  wp14: 'http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  w10: 'urn:schemas-microsoft-com:office:word',
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  w14: 'http://schemas.microsoft.com/office/word/2010/wordml',
  w15: 'http://schemas.microsoft.com/office/word/2012/wordml',
  wpg: 'http://schemas.microsoft.com/office/word/2010/wordprocessingGroup',
  wpi: 'http://schemas.microsoft.com/office/word/2010/wordprocessingInk',
  wne: 'http://schemas.microsoft.com/office/word/2006/wordml',
  wps: 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
  cx: 'http://schemas.microsoft.com/office/drawing/2014/chartex',
  cx1: 'http://schemas.microsoft.com/office/drawing/2015/9/8/chartex',
  cx2: 'http://schemas.microsoft.com/office/drawing/2015/10/21/chartex',
  cx3: 'http://schemas.microsoft.com/office/drawing/2016/5/9/chartex',
  cx4: 'http://schemas.microsoft.com/office/drawing/2016/5/10/chartex',
  cx5: 'http://schemas.microsoft.com/office/drawing/2016/5/11/chartex',
  cx6: 'http://schemas.microsoft.com/office/drawing/2016/5/12/chartex',
  cx7: 'http://schemas.microsoft.com/office/drawing/2016/5/13/chartex',
  cx8: 'http://schemas.microsoft.com/office/drawing/2016/5/14/chartex',
  aink: 'http://schemas.microsoft.com/office/drawing/2016/ink',
  am3d: 'http://schemas.microsoft.com/office/drawing/2017/model3d',
  w16cex: 'http://schemas.microsoft.com/office/word/2018/wordml/cex',
  w16cid: 'http://schemas.microsoft.com/office/word/2016/wordml/cid',
  w16: 'http://schemas.microsoft.com/office/word/2018/wordml',
  w16sdtdh: 'http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash',
  w16se: 'http://schemas.microsoft.com/office/word/2015/wordml/symex',
};
/** The namespace declarations of the prefixes listed (space-separated), each with a leading space. */
function xmlns(prefixes: string): string {
  return prefixes
    .split(' ')
    .map((prefix) => ` xmlns:${prefix}="${URIS[prefix] ?? ''}"`)
    .join('');
}

/** The namespaces of the main document parts. */
const MAIN = 'wpc mc o r m v wp14 wp w10 w w14 w15 wpg wpi wne wps';
const CHARTS = 'cx cx1 cx2 cx3 cx4 cx5 cx6 cx7 cx8';
const IGNORABLE = ' mc:Ignorable="w14 w15 wp14"';

/** `<w:document …>` */
export const DOCUMENT_ROOT = `<w:document${IGNORABLE}${xmlns(`${MAIN} ${CHARTS} aink am3d w16cex w16cid w16 w16sdtdh w16se`)}>`;
/** `<w:footnotes …>` */
export const FOOTNOTES_ROOT = `<w:footnotes${xmlns(MAIN)}${IGNORABLE}>`;
/** `<w:endnotes …>` */
export const ENDNOTES_ROOT = `<w:endnotes${xmlns(MAIN)}${IGNORABLE}>`;
/** `<w:hdr …>` */
export const HEADER_ROOT = `<w:hdr${xmlns(`${MAIN} ${CHARTS} w16cid w16se`)}>`;
/** `<w:settings …>` */
export const SETTINGS_ROOT = `<w:settings${xmlns(MAIN)}${IGNORABLE}>`;
/** `<w:numbering …>` */
export const NUMBERING_ROOT = `<w:numbering${IGNORABLE}${xmlns(MAIN)}>`;
/** `<w:fonts …/>`, the whole (empty) font table. */
export const FONTS_ELEMENT = `<w:fonts${xmlns('mc r w w14 w15 w16cex w16cid w16 w16sdtdh w16se')} mc:Ignorable="w14 w15 w16se w16cid w16 w16cex w16sdtdh"/>`;
/** `<w:styles …>` */
export const STYLES_ROOT = `<w:styles mc:Ignorable="w14 w15"${xmlns('mc r w w14 w15')}>`;
