import { defineAreaSection, type FigureInput, type SectionContext } from '@baocao-khcn/core';
import { afterFigure, checkAtMost, countFigure, joinClauses, moneyFigure, paragraph, sentence, seriesFigure, type Clause } from '@baocao-khcn/core/plugin';
import { MAX_MONEY_IN_WORDS } from '@baocao-khcn/core/format';
import { z } from 'zod';

const ID = 'thanh-tra';
const DEFAULT_FINES_LABEL = 'tổng số tiền xử phạt vi phạm hành chính là';

const finesSchema = z.object({
  amount: z.number().nonnegative().meta({ title: 'Số tiền', description: 'Số tiền, tính bằng đồng.' }),
  words: z.string().min(1).optional().meta({ title: 'Số tiền bằng chữ', description: 'Số tiền viết bằng chữ như trong báo cáo; khi không có thì tự tạo; được đối chiếu với chữ số.' }),
  label: z.string().min(1).optional().meta({ title: 'Câu dẫn số tiền', description: `Câu viết trước số tiền: mặc định "${DEFAULT_FINES_LABEL}"; có thể là "giảm trừ thanh toán số tiền là".` }),
});

const inspectionsSchema = z.object({
  count: z.number().int().nonnegative().meta({ title: 'Số cuộc', description: 'Số cuộc thanh tra, kiểm tra đã thực hiện.' }),
  establishments: z.number().int().nonnegative().optional().meta({ title: 'Số cơ sở được kiểm tra', description: 'Số cơ sở, tổ chức, cá nhân được thanh tra, kiểm tra.' }),
  violations: z.number().int().nonnegative().optional().meta({ title: 'Số cơ sở vi phạm', description: 'Số cơ sở phát hiện vi phạm; không quá số cơ sở được kiểm tra.' }),
  fines: finesSchema.optional().meta({ title: 'Tiền xử phạt', description: 'Số tiền xử phạt (hoặc thu hồi), bằng chữ số và bằng chữ.' }),
});

const complaintsSchema = z.object({
  received: z.number().int().nonnegative().meta({ title: 'Đơn thư tiếp nhận', description: 'Số đơn thư khiếu nại, tố cáo tiếp nhận.' }),
  resolved: z.number().int().nonnegative().meta({ title: 'Đã giải quyết', description: 'Số đơn thư đã giải quyết; không quá số tiếp nhận.' }),
});

/**
 * Thanh tra, kiểm tra, giải quyết khiếu nại tố cáo, phòng chống tham nhũng: inspections with the establishments
 * inspected, the violations found and the fines (in digits and in words), and the complaints received and resolved.
 *
 * Figures: `inspections` (`count`, `establishments`, `violations`, `fines`: `amount`, `words`, `label`), `complaints`
 * (`received`, `resolved`).
 *
 * Checks: `thanh-tra/violations-exceed-establishments`, `thanh-tra/fines-without-violations` (fines although no
 * violation was found; not for a sum with its own `label`, such as a deduction), `thanh-tra/resolved-exceeds-received`. Money in words that says another sum than the digits is
 * reported by core (`money/words-mismatch`, `money/words-spelling`) through the figure's `words`.
 *
 * @example
 * thanhTra.results({ inspections: { count: 1, establishments: 13, violations: 2, fines: { amount: 2550000 } }, results: [], plans: [], subsections: [] }, ctx)
 * // → "Thực hiện 01 cuộc thanh tra, kiểm tra đối với 13 cơ sở, phát hiện 02 cơ sở vi phạm; tổng số tiền xử phạt vi phạm
 * //    hành chính là 2.550.000 đồng (Hai triệu, năm trăm năm mươi nghìn đồng)."
 */
export const thanhTra = defineAreaSection({
  id: ID,
  title: 'Công tác thanh tra, giải quyết khiếu nại, tố cáo và phòng chống tham nhũng',
  description: 'Thanh tra, kiểm tra, giải quyết khiếu nại tố cáo, phòng chống tham nhũng.',
  indicators: {
    'inspections.count': { kind: 'flow', label: 'Cuộc thanh tra, kiểm tra', unit: 'cuộc' },
    'inspections.establishments': { kind: 'flow', label: 'Cơ sở được thanh tra, kiểm tra', unit: 'cơ sở' },
    'inspections.violations': { kind: 'flow', label: 'Cơ sở vi phạm', unit: 'cơ sở' },
    'inspections.fines.amount': { kind: 'flow', label: 'Tiền xử phạt vi phạm hành chính' },
    'complaints.received': { kind: 'flow', label: 'Đơn thư khiếu nại, tố cáo tiếp nhận', unit: 'đơn' },
    'complaints.resolved': { kind: 'flow', label: 'Đơn thư khiếu nại, tố cáo đã giải quyết', unit: 'đơn' },
  },
  figures: {
    inspections: inspectionsSchema.optional().meta({ title: 'Thanh tra, kiểm tra', description: 'Các cuộc thanh tra, kiểm tra trong kỳ: số cuộc, số cơ sở, vi phạm và tiền xử phạt.' }),
    complaints: complaintsSchema.optional().meta({ title: 'Khiếu nại, tố cáo', description: 'Đơn thư khiếu nại, tố cáo tiếp nhận và đã giải quyết trong kỳ.' }),
  },
  summarize: (data, ctx) =>
    paragraph([
      data.inspections === undefined ? undefined : inspectionSentence(data.inspections, ctx),
      data.complaints === undefined ? undefined : complaintsSentence(data.complaints, ctx),
    ]),
  checks: (data) => {
    const { inspections, complaints } = data;
    const out = [
      ...checkAtMost(
        `${ID}/violations-exceed-establishments`,
        { value: inspections?.violations, path: ['inspections', 'violations'], label: 'Số cơ sở vi phạm' },
        { value: inspections?.establishments, label: 'số cơ sở được thanh tra, kiểm tra' },
      ),
      ...checkAtMost(
        `${ID}/resolved-exceeds-received`,
        { value: complaints?.resolved, path: ['complaints', 'resolved'], label: 'Số đơn đã giải quyết' },
        { value: complaints?.received, label: 'số đơn tiếp nhận' },
      ),
    ];
    if (inspections?.violations === 0 && inspections.fines !== undefined && inspections.fines.amount > 0 && inspections.fines.label === undefined) {
      out.push({ code: `${ID}/fines-without-violations`, severity: 'warning', path: ['inspections', 'fines', 'amount'], message: 'Có số tiền xử phạt nhưng không ghi cơ sở vi phạm nào.' });
    }
    return out;
  },
});

/**
 * "Thực hiện 01 cuộc thanh tra, kiểm tra đối với 13 cơ sở, phát hiện 02 cơ sở vi phạm; tổng số tiền xử phạt … là …";
 * no violation is "không phát hiện cơ sở vi phạm", or "phát hiện 0 cơ sở vi phạm" when the profile wants it annotated.
 */
function inspectionSentence(inspections: z.output<typeof inspectionsSchema>, ctx: SectionContext): Clause | undefined {
  const { count, establishments, violations, fines } = inspections;
  const inspected = seriesFigure(countFigure(count, 'cuộc thanh tra, kiểm tra'), 'inspections.count', ctx);
  const violating = violations === undefined ? undefined : seriesFigure(countFigure(violations, 'cơ sở vi phạm'), 'inspections.violations', ctx);
  const done = joinClauses(
    [
      [
        'thực hiện ',
        inspected,
        ...(establishments === undefined ? [] : [afterFigure(inspected, ' đối với '), seriesFigure(countFigure(establishments, 'cơ sở'), 'inspections.establishments', ctx)]),
      ],
      violating === undefined ? undefined : violations === 0 && violating.show === undefined ? ['không phát hiện cơ sở vi phạm'] : ['phát hiện ', violating],
    ],
    ', ',
  );
  return sentence([done, fines === undefined ? undefined : [`${fines.label ?? DEFAULT_FINES_LABEL} `, seriesFigure(money(fines, ctx), 'inspections.fines.amount', ctx)]]);
}

/**
 * "Tiếp nhận 03 đơn thư khiếu nại, tố cáo, đã giải quyết 02 đơn"; none received is "trong kỳ không tiếp nhận …",
 * unless the profile wants these figures annotated.
 */
function complaintsSentence(complaints: z.output<typeof complaintsSchema>, ctx: SectionContext): Clause | undefined {
  const received = seriesFigure(countFigure(complaints.received, 'đơn thư khiếu nại, tố cáo'), 'complaints.received', ctx);
  const resolved = seriesFigure(countFigure(complaints.resolved, 'đơn'), 'complaints.resolved', ctx);
  if (complaints.received === 0 && received.show === undefined && resolved.show === undefined) return sentence([['trong kỳ không tiếp nhận đơn thư khiếu nại, tố cáo']]);
  return sentence([['tiếp nhận ', received], ['đã giải quyết ', resolved]], ', ');
}

/** The sum in digits with its words: as written when given, else generated (when it can be read out). */
function money(fines: z.output<typeof finesSchema>, ctx: SectionContext): FigureInput {
  const figure = moneyFigure(fines.amount, 'đồng');
  if (fines.words !== undefined) figure.words = fines.words;
  else if (Number.isInteger(fines.amount) && fines.amount <= MAX_MONEY_IN_WORDS) figure.words = ctx.format.moneyWords(fines.amount);
  return figure;
}
