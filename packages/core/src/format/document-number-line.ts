import { DRAFT_BLANK } from './constants';
import type { DocumentNumberInput } from './format-document-number';
import { formatDocumentNumber } from './format-document-number';

/**
 * The `Số:` line of a document header: `Số: ` followed by
 * `formatDocumentNumber(input)`. For a draft the blank directly follows the
 * colon, as in the seeds (`Số:      /BC-SKHCN`, six spaces).
 *
 * @param input - as for `formatDocumentNumber`
 * @returns e.g. `Số: 05/BC-SKHCN`
 * @throws RangeError as `formatDocumentNumber`
 *
 * @example
 * ```ts
 * documentNumberLine({ number: 5, kindCode: 'BC', agencyCode: 'SKHCN' }) // 'Số: 05/BC-SKHCN'
 * documentNumberLine({ kindCode: 'BC', agencyCode: 'SKHCN' })            // 'Số:      /BC-SKHCN'
 * documentNumberLine({ number: 1161, agencyCode: 'KHCN-TĐC' })          // 'Số: 1161/KHCN-TĐC'
 * ```
 */
export function documentNumberLine(input: DocumentNumberInput): string {
  const id = formatDocumentNumber(input);
  return id.startsWith(DRAFT_BLANK) ? `Số:${id}` : `Số: ${id}`;
}
