import { defineAreaSection, type BlockInput, type Diagnostic, type SectionContext } from '@baocao-khcn/core';
import { capitalize, countFigure, inlineOf, isoDateSchema, punctuateList, richTextSchema, type Clause } from '@baocao-khcn/core/plugin';
import { z } from 'zod';

const ID = 'tham-muu';

/** A document the agency drafted or advised on (quyết định, kế hoạch, chỉ thị, tờ trình …). */
const documentSchema = z.object({
  kind: z.string().min(1).optional().describe('Loại văn bản as written: "Quyết định", "Kế hoạch", "Tờ trình".'),
  number: z.string().min(1).optional().describe('Số, ký hiệu: "388/QĐ-UBND".'),
  date: isoDateSchema.optional().describe('Ngày ban hành (YYYY-MM-DD).'),
  issuer: z.string().min(1).optional().describe('Cơ quan ban hành, written after "của": "UBND tỉnh".'),
  connector: z.string().optional().describe('Words between the reference and the subject: "về" by default, "về việc", or "" for none.'),
  subject: richTextSchema.describe('Trích yếu: what the document is about, as written after the connector.'),
  status: z.string().min(1).optional().describe('Tình trạng, written in parentheses: "dự thảo", "đã trình UBND tỉnh".'),
});
type DocumentData = z.output<typeof documentSchema>;

/**
 * Công tác tham mưu, xây dựng cơ chế chính sách, văn bản: the documents the Sở drafted or advised the province to
 * issue, as a "-" list after a lead sentence, then the prose.
 *
 * Figures: `documents` (kind, number, date, issuer, connector, subject, status), `stated` (the count written by hand,
 * checked against the list), `intro` (the lead sentence as written; generated when absent).
 *
 * Checks: `tham-muu/stated-count` (stated ≠ number of documents), `tham-muu/date-after-cutoff` (issued after the
 * report's cut-off date). A date that does not exist is refused by core's `isoDateSchema` (`date/invalid`).
 *
 * @example
 * thamMuu.results({
 *   documents: [{ kind: 'Quyết định', number: '12/QĐ-UBND', date: '2023-09-05', issuer: 'UBND tỉnh', subject: 'phê duyệt danh mục nhiệm vụ KH&CN' }],
 *   results: [], plans: [], subsections: [],
 * }, ctx)
 * // → "Tham mưu xây dựng, ban hành 01 văn bản:"
 * //   "- Quyết định số 12/QĐ-UBND ngày 05/9/2023 của UBND tỉnh về phê duyệt danh mục nhiệm vụ KH&CN."
 */
export const thamMuu = defineAreaSection({
  id: ID,
  title: 'Công tác tham mưu',
  description: 'Công tác tham mưu, xây dựng cơ chế chính sách, văn bản: các văn bản Sở tham mưu, trình ban hành trong kỳ.',
  indicators: {
    stated: { kind: 'flow', label: 'Văn bản tham mưu', unit: 'văn bản' },
  },
  figures: {
    intro: richTextSchema.optional().describe('Lead sentence of the list as written; "Tham mưu xây dựng, ban hành NN văn bản:" when absent.'),
    documents: z.array(documentSchema).default([]).describe('Documents drafted or advised on, rendered as a "-" list.'),
    stated: z.number().int().nonnegative().optional().describe('Number of documents written by hand, checked against the list.'),
  },
  summarize: (data, ctx) => {
    const out: BlockInput[] = [];
    if (data.intro !== undefined) out.push(inlineOf(data.intro));
    else if (data.documents.length > 0 || data.stated !== undefined) {
      out.push(['Tham mưu xây dựng, ban hành ', countFigure(data.stated ?? data.documents.length, 'văn bản'), data.documents.length > 0 ? ':' : '.']);
    }
    if (data.documents.length > 0) out.push({ type: 'list', items: punctuateList(data.documents.map((doc) => documentLine(doc, ctx))) });
    return out;
  },
  checks: (data, ctx) => {
    const out: Diagnostic[] = [];
    if (data.stated !== undefined && data.documents.length > 0 && data.stated !== data.documents.length) {
      out.push({
        code: `${ID}/stated-count`,
        severity: 'warning',
        path: ['stated'],
        message: `Ghi ${ctx.format.number(data.stated)} văn bản nhưng danh sách có ${ctx.format.number(data.documents.length)} văn bản.`,
      });
    }
    data.documents.forEach((doc, i) => {
      if (doc.date !== undefined && doc.date > ctx.cutoff) {
        out.push({
          code: `${ID}/date-after-cutoff`,
          severity: 'warning',
          path: ['documents', i, 'date'],
          message: `Văn bản ngày ${ctx.format.shortDate(doc.date)} ban hành sau ngày chốt số liệu ${ctx.format.shortDate(ctx.cutoff)}.`,
        });
      }
    });
    return out;
  },
});

/** "Quyết định số 12/QĐ-UBND ngày 05/9/2023 của UBND tỉnh về … (dự thảo)" */
function documentLine(doc: DocumentData, ctx: SectionContext): Clause {
  const reference = [
    doc.number !== undefined ? `số ${doc.number}` : undefined,
    doc.date !== undefined ? `ngày ${ctx.format.shortDate(doc.date)}` : undefined,
    doc.issuer !== undefined ? `của ${doc.issuer}` : undefined,
  ].filter((s): s is string => s !== undefined);
  const connector = reference.length > 0 ? (doc.connector ?? 'về').trim() : '';
  const lead = [doc.kind, ...reference, connector].filter((s): s is string => s !== undefined && s !== '').join(' ');
  const subject = inlineOf(doc.subject);
  const line: Clause = lead === '' ? subject : [`${capitalize(lead)} `, ...subject];
  if (doc.status !== undefined) line.push(` (${doc.status})`);
  return line;
}
