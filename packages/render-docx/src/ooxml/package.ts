/**
 * The package parts around the document: content types, relationships, document properties, settings, font
 * table, endnotes, numbering and headers. Their bytes are those docx 9 wrote for a document like ours (no image,
 * no comment), which the oracle test keeps.
 */
import { ENDNOTES_ROOT, FONTS_ELEMENT, HEADER_ROOT, NUMBERING_ROOT, SETTINGS_ROOT } from './namespaces';
import { DECLARATION, empty } from './xml';

/** The declaration of the parts docx did not mark standalone. */
const PLAIN_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006';
const PACKAGE = 'http://schemas.openxmlformats.org/package/2006';
const WORD = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

/** The relationships of the document part before its headers (`rId1` …), then after them. */
const BEFORE_HEADERS = ['styles', 'numbering', 'footnotes', 'endnotes', 'settings'];

/** The id of the relationship of header `n` (from 1) of the document part. */
export function headerRelationshipId(n: number): string {
  return `rId${BEFORE_HEADERS.length + n}`;
}

function relationships(items: readonly { type: string; target: string }[]): string {
  if (items.length === 0) return `${PLAIN_DECLARATION}<Relationships xmlns="${PACKAGE}/relationships"/>`;
  const list = items.map((r, i) => empty('Relationship', { Id: `rId${i + 1}`, Type: r.type, Target: r.target })).join('');
  return `${PLAIN_DECLARATION}<Relationships xmlns="${PACKAGE}/relationships">${list}</Relationships>`;
}

/** A part with no relationships. */
export const NO_RELATIONSHIPS = relationships([]);

/** `word/_rels/document.xml.rels` for a document with `headers` header parts. */
export function documentRelationships(headers: number): string {
  const rel = (name: string, target = `${name}.xml`) => ({ type: `${OFFICE}/relationships/${name}`, target });
  return relationships([
    ...BEFORE_HEADERS.map((name) => rel(name)),
    ...Array.from({ length: headers }, (_, i) => rel('header', `header${i + 1}.xml`)),
    rel('theme', 'theme/theme1.xml'),
    rel('fontTable'),
  ]);
}

/** `_rels/.rels` */
export const PACKAGE_RELATIONSHIPS = relationships([
  { type: `${OFFICE}/relationships/officeDocument`, target: 'word/document.xml' },
  { type: `${PACKAGE}/relationships/metadata/core-properties`, target: 'docProps/core.xml' },
  { type: `${OFFICE}/relationships/extended-properties`, target: 'docProps/app.xml' },
  { type: `${OFFICE}/relationships/custom-properties`, target: 'docProps/custom.xml' },
]);

const DEFAULTS: readonly [string, string][] = [
  ['image/png', 'png'],
  ['image/jpeg', 'jpeg'],
  ['image/jpeg', 'jpg'],
  ['image/bmp', 'bmp'],
  ['image/gif', 'gif'],
  ['image/svg+xml', 'svg'],
  ['application/vnd.openxmlformats-package.relationships+xml', 'rels'],
  ['application/xml', 'xml'],
  ['application/vnd.openxmlformats-officedocument.obfuscatedFont', 'odttf'],
];

/** `[Content_Types].xml` for a document with `headers` header parts. */
export function contentTypes(headers: number): string {
  const overrides: [string, string][] = [
    [`${WORD}.document.main+xml`, '/word/document.xml'],
    [`${WORD}.styles+xml`, '/word/styles.xml'],
    ['application/vnd.openxmlformats-package.core-properties+xml', '/docProps/core.xml'],
    ['application/vnd.openxmlformats-officedocument.custom-properties+xml', '/docProps/custom.xml'],
    ['application/vnd.openxmlformats-officedocument.extended-properties+xml', '/docProps/app.xml'],
    [`${WORD}.numbering+xml`, '/word/numbering.xml'],
    [`${WORD}.footnotes+xml`, '/word/footnotes.xml'],
    [`${WORD}.endnotes+xml`, '/word/endnotes.xml'],
    [`${WORD}.settings+xml`, '/word/settings.xml'],
    [`${WORD}.fontTable+xml`, '/word/fontTable.xml'],
    ['application/vnd.openxmlformats-officedocument.theme+xml', '/word/theme/theme1.xml'],
    ...Array.from({ length: headers }, (_, i): [string, string] => [`${WORD}.header+xml`, `/word/header${i + 1}.xml`]),
  ];
  return (
    `${PLAIN_DECLARATION}<Types xmlns="${PACKAGE}/content-types">` +
    DEFAULTS.map(([type, extension]) => empty('Default', { ContentType: type, Extension: extension })).join('') +
    overrides.map(([type, part]) => empty('Override', { ContentType: type, PartName: part })).join('') +
    '</Types>'
  );
}

const VT = `xmlns:vt="${OFFICE}/docPropsVTypes"`;
/** `docProps/app.xml` (no application statistics). */
export const APP_XML = `${DECLARATION}<Properties xmlns="${OFFICE}/extended-properties" ${VT}/>`;
/** `docProps/custom.xml` (no custom properties). */
export const CUSTOM_XML = `${DECLARATION}<Properties xmlns="${OFFICE}/custom-properties" ${VT}/>`;

/** `word/settings.xml` */
export const SETTINGS_XML =
  `${DECLARATION}${SETTINGS_ROOT}<w:displayBackgroundShape/><w:defaultTabStop w:val="720"/><w:evenAndOddHeaders w:val="false"/>` +
  '<w:compat><w:compatSetting w:val="15" w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"/></w:compat></w:settings>';

/** `word/fontTable.xml` (empty: the fonts are named in the styles). */
export const FONT_TABLE_XML = `${DECLARATION}${FONTS_ELEMENT}`;

/** The separator and continuation separator of footnotes or endnotes (`kind`), ids -1 and 0. */
export function separators(kind: 'footnote' | 'endnote', reference: string): string {
  const note = (type: string, id: number, mark: string) =>
    `<w:${kind} w:type="${type}" w:id="${id}"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>` +
    `<w:r><w:rPr><w:rStyle w:val="${reference}"/></w:rPr><w:${kind}Ref/></w:r><w:r><w:${mark}/></w:r></w:p></w:${kind}>`;
  return note('separator', -1, 'separator') + note('continuationSeparator', 0, 'continuationSeparator');
}

/** `word/endnotes.xml` (the separators only). */
export const ENDNOTES_XML = `${PLAIN_DECLARATION}${ENDNOTES_ROOT}${separators('endnote', 'EndnoteReference')}</w:endnotes>`;

const BULLETS = ['●', '○', '■', '●', '○', '■', '●', '●', '●'];

/** `word/numbering.xml`: docx's default bullet list (unused: list markers are text). */
export const NUMBERING_XML =
  `${DECLARATION}${NUMBERING_ROOT}<w:abstractNum w:abstractNumId="1" w15:restartNumberingAfterBreak="0"><w:multiLevelType w:val="hybridMultilevel"/>` +
  BULLETS.map(
    (bullet, level) =>
      `<w:lvl w:ilvl="${level}" w:tentative="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="${bullet}"/><w:lvlJc w:val="left"/>` +
      `<w:pPr><w:ind w:left="${720 * (level + 1)}" w:hanging="360"/></w:pPr></w:lvl>`,
  ).join('') +
  '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num></w:numbering>';

/** A header part with one paragraph in the header style, holding `runs`. */
export function headerXml(runs: string): string {
  const paragraph = runs === '' ? '<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr></w:p>' : `<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>${runs}</w:p>`;
  return `${PLAIN_DECLARATION}${HEADER_ROOT}${paragraph}</w:hdr>`;
}

/** The runs of a `PAGE` field (Word fills in the number). */
export const PAGE_FIELD =
  '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">PAGE</w:instrText></w:r>' +
  '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';
