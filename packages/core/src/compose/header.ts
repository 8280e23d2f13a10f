import type { Agency, Report, Signer } from '../model/report';
import { cleanText } from '../text/clean';
import type { HeaderNode, RecipientsNode, SignatureNode } from '../tree/types';

/**
 * Quốc hiệu and Tiêu ngữ (Nghị định 30/2020/NĐ-CP, Phụ lục I).
 *
 * @example
 * NATIONAL_TITLE // 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
 */
export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
/**
 * @example
 * MOTTO // 'Độc lập - Tự do - Hạnh phúc'
 */
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Caps, then NFC again: upper-casing can decompose ("ΐ" → three code points). */
const upper = (s: string) => cleanText(s).toLocaleUpperCase('vi').normalize('NFC');

/** The header block: agency lines in caps, `Số: …`, Quốc hiệu, Tiêu ngữ and the date line. */
export function composeHeader(agency: Agency, lines: { numberLine: string; dateLine: string }): HeaderNode {
  const header: HeaderNode = {
    agency: upper(agency.name),
    numberLine: lines.numberLine,
    nationalTitle: NATIONAL_TITLE,
    motto: MOTTO,
    dateLine: lines.dateLine,
  };
  if (agency.parent) header.parentAgency = upper(agency.parent);
  return header;
}

/**
 * The signature lines for an authority mode.
 *
 * @example
 * signatureLines({ mode: 'KT', for: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'A' }) // ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']
 * signatureLines({ mode: 'TM', for: 'ỦY BAN NHÂN DÂN', on: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'B' })
 * // ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']
 */
export function signatureLines(signer: Signer): string[] {
  const title = upper(signer.title);
  switch (signer.mode) {
    case 'direct':
      return [title];
    case 'Q':
      return [`Q. ${title}`];
    default: {
      const lines = [`${signer.mode}. ${upper(signer.for ?? '')}`.trim()];
      if (signer.on) lines.push(upper(signer.on));
      lines.push(title);
      return lines;
    }
  }
}

export function composeSignature(signer: Signer): SignatureNode {
  return { lines: signatureLines(signer), name: cleanText(signer.name) };
}

export function composeRecipients(recipients: Report['recipients']): RecipientsNode {
  const node: RecipientsNode = { label: 'Nơi nhận:', items: recipients.items.map(cleanText) };
  if (recipients.note) node.note = cleanText(recipients.note);
  return node;
}
