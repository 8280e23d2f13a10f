import { escapeXml } from './sanitize';

/** What goes into `docProps/core.xml`. All strings already sanitized. */
export type CoreProps = { title: string; creator: string; language: string; category: string; date: Date };

/** W3C date-time without milliseconds: `2022-08-01T00:00:00Z`. */
export function w3cDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The core properties part, written here rather than by docx so that it carries the language and
 * fixed created/modified dates (docx stamps the current time).
 *
 * @example
 * ```ts
 * coreXml({ title: 'Kết quả …', creator: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', language: 'vi-VN', category: 'BC', date: new Date('2022-08-01') });
 * // '<?xml …?><cp:coreProperties …><dc:title>Kết quả …</dc:title> … <dcterms:created xsi:type="dcterms:W3CDTF">2022-08-01T00:00:00Z</dcterms:created> …'
 * ```
 */
export function coreXml(props: CoreProps): string {
  const when = w3cDate(props.date);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(props.title)}</dc:title>` +
    `<dc:creator>${escapeXml(props.creator)}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeXml(props.creator)}</cp:lastModifiedBy>` +
    (props.category !== '' ? `<cp:category>${escapeXml(props.category)}</cp:category>` : '') +
    `<dc:language>${escapeXml(props.language)}</dc:language>` +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}
