import { defineAreaSection, type BlockInput, type Diagnostic, type SectionContext } from '@baocao-khcn/core';
import { capitalize, countFigure, inlineOf, isoDateSchema, punctuateList, richTextSchema, seriesFigure, type Clause } from '@baocao-khcn/core/plugin';
import { z } from 'zod';

const ID = 'tham-muu';

/** A document the agency drafted or advised on (quyết định, kế hoạch, chỉ thị, tờ trình …). */
const documentSchema = z.object({
  kind: z.string().min(1).optional().meta({ title: 'Loại văn bản', description: 'Loại văn bản như trong báo cáo, ví dụ "Quyết định", "Kế hoạch", "Tờ trình".' }),
  number: z.string().min(1).optional().meta({ title: 'Số, ký hiệu', description: 'Số và ký hiệu văn bản, ví dụ "388/QĐ-UBND".' }),
  date: isoDateSchema.optional().meta({ title: 'Ngày ban hành', description: 'Ngày ban hành văn bản, dạng YYYY-MM-DD.' }),
  issuer: z.string().min(1).optional().meta({ title: 'Cơ quan ban hành', description: 'Cơ quan ban hành, viết sau chữ "của", ví dụ "UBND tỉnh".' }),
  connector: z.string().optional().meta({ title: 'Chữ nối', description: 'Chữ nối giữa số, ký hiệu và trích yếu: mặc định "về"; có thể là "về việc", hoặc "" để bỏ.' }),
  subject: richTextSchema.meta({ title: 'Trích yếu', description: 'Trích yếu nội dung văn bản, viết sau chữ nối.' }),
  status: z.string().min(1).optional().meta({ title: 'Tình trạng', description: 'Tình trạng, viết trong ngoặc đơn, ví dụ "dự thảo", "đã trình UBND tỉnh".' }),
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
    intro: richTextSchema.optional().meta({ title: 'Câu dẫn', description: 'Câu dẫn trước danh sách như trong báo cáo; khi không có, viết "Tham mưu xây dựng, ban hành NN văn bản:".' }),
    documents: z.array(documentSchema).default([]).meta({ title: 'Các văn bản', description: 'Các văn bản Sở tham mưu, trình ban hành, in thành danh sách gạch đầu dòng.' }),
    stated: z.number().int().nonnegative().optional().meta({ title: 'Số văn bản ghi tay', description: 'Số văn bản ghi tay trong báo cáo; được đối chiếu với danh sách.' }),
  },
  summarize: (data, ctx) => {
    const out: BlockInput[] = [];
    if (data.intro !== undefined) out.push(inlineOf(data.intro));
    else if (data.documents.length > 0 || data.stated !== undefined) {
      // The count written by hand is the indicator; a count of the list is not.
      const count = data.stated === undefined ? countFigure(data.documents.length, 'văn bản') : seriesFigure(countFigure(data.stated, 'văn bản'), 'stated', ctx);
      out.push(['Tham mưu xây dựng, ban hành ', count, data.documents.length > 0 ? ':' : '.']);
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
