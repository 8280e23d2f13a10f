/** `word/footnotes.xml`: the separators, then each footnote, one paragraph in the footnote text style. */
import { FOOTNOTES_ROOT } from './namespaces';
import { separators } from './package';
import { FOOTNOTE_MARK } from './run';
import { DECLARATION } from './xml';

/**
 * The footnotes part from the runs of each footnote's text, by id (written in id order); each starts with its
 * mark.
 *
 * @example
 * ```ts
 * footnotesXml(new Map([[1, '<w:r><w:t xml:space="preserve"> Trong đó …</w:t></w:r>']]));
 * ```
 */
export function footnotesXml(notes: ReadonlyMap<number, string>): string {
  let xml = `${DECLARATION}${FOOTNOTES_ROOT}${separators('footnote', 'FootnoteReference')}`;
  for (const id of [...notes.keys()].sort((a, b) => a - b)) {
    xml += `<w:footnote w:id="${id}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>${FOOTNOTE_MARK}${notes.get(id) ?? ''}</w:p></w:footnote>`;
  }
  return `${xml}</w:footnotes>`;
}
