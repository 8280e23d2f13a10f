import { defineAreaSection, type BlockInput, type Diagnostic, type InlineInput, type SectionContext } from '@baocao-khcn/core';
import { checkAtMost, checkRate, leadWith, moneyFigure, punctuateList, rateFigure, richTextSchema, sameAmount, seriesFigure } from '@baocao-khcn/core/plugin';
import { z } from 'zod';

const ID = 'ke-hoach-tai-chinh';
const DEFAULT_UNIT = 'triệu đồng';
const DEFAULT_LEAD = 'Tổng kinh phí dự kiến là';

/** The budget (dự toán): a total and its items (kinh phí sự nghiệp KH&CN, chi đầu tư phát triển …). */
const budgetSchema = z
  .object({
    unit: z.string().min(1).default(DEFAULT_UNIT).meta({ title: 'Đơn vị', description: `Đơn vị tiền; mặc định "${DEFAULT_UNIT}".` }),
    lead: richTextSchema.optional().meta({ title: 'Câu dẫn', description: `Câu dẫn trước tổng kinh phí; mặc định "${DEFAULT_LEAD}".` }),
    total: z.number().nonnegative().meta({ title: 'Tổng kinh phí', description: 'Tổng kinh phí, bằng tổng các khoản.' }),
    items: z
      .array(
        z.object({
          label: z.string().min(1).meta({ title: 'Khoản kinh phí', description: 'Tên khoản kinh phí, ví dụ "Kinh phí sự nghiệp KH&CN".' }),
          amount: z.number().nonnegative().meta({ title: 'Số tiền', description: 'Số tiền của khoản, theo đơn vị của dự toán.' }),
        }),
      )
      .default([])
      .meta({ title: 'Các khoản kinh phí', description: 'Các khoản kinh phí của dự toán.' }),
  })
  .meta({ title: 'Dự toán kinh phí', description: 'Dự toán kinh phí: tổng số và các khoản.' });

/** Disbursement: the budget allocated, the amount disbursed and the rate as stated. */
const disbursementSchema = z
  .object({
    allocated: z.number().nonnegative().meta({ title: 'Kinh phí được giao', description: 'Kinh phí được giao trong năm.' }),
    disbursed: z.number().nonnegative().meta({ title: 'Kinh phí đã giải ngân', description: 'Kinh phí đã giải ngân đến thời điểm báo cáo.' }),
    rate: z.number().nonnegative().optional().meta({ title: 'Tỷ lệ giải ngân (%)', description: 'Tỷ lệ giải ngân (%) như báo cáo ghi; tính từ số liệu khi không ghi.' }),
    unit: z.string().min(1).default(DEFAULT_UNIT).meta({ title: 'Đơn vị', description: `Đơn vị tiền; mặc định "${DEFAULT_UNIT}".` }),
  })
  .meta({ title: 'Tình hình giải ngân', description: 'Kinh phí được giao, đã giải ngân và tỷ lệ giải ngân.' });

type Budget = z.output<typeof budgetSchema>;
type Disbursement = z.output<typeof disbursementSchema>;

/**
 * Kế hoạch – tài chính, dự toán ngân sách KH&CN: the budget total with its items (worded as seed 002, the Lạng Sơn
 * plan), the disbursement with its rate, then the prose.
 *
 * Checks: `ke-hoach-tai-chinh/budget-total` (total ≠ sum of the items), `ke-hoach-tai-chinh/disbursement-rate`
 * (stated rate ≠ disbursed / allocated), `ke-hoach-tai-chinh/disbursement-exceeds` (disbursed > allocated).
 *
 * @example
 * // data: { budget: { total: 66769.9, items: [
 * //   { label: 'Kinh phí sự nghiệp KH&CN', amount: 33427.9 }, { label: 'Kinh phí chi đầu tư phát triển', amount: 33342 }] } }
 * // results →
 * //   "Tổng kinh phí dự kiến là 66.769,9 triệu đồng, trong đó:"
 * //   "- Kinh phí sự nghiệp KH&CN: 33.427,9 triệu đồng;"
 * //   "- Kinh phí chi đầu tư phát triển: 33.342 triệu đồng."
 */
export const keHoachTaiChinh = defineAreaSection({
  id: ID,
  title: 'Công tác kế hoạch – tài chính',
  description: 'Kế hoạch – tài chính: dự toán ngân sách KH&CN (sự nghiệp, đầu tư phát triển), giải ngân, thu – chi.',
  indicators: {
    'budget.total': { kind: 'stock', label: 'Tổng kinh phí' },
    'disbursement.allocated': { kind: 'stock', label: 'Kinh phí được giao' },
    'disbursement.disbursed': { kind: 'flow', label: 'Kinh phí đã giải ngân' },
    // No parts: the allocation is a stock, and a ratio is recomputed from parts summed as flows.
    'disbursement.rate': { kind: 'ratio', label: 'Tỷ lệ giải ngân', unit: '%' },
  },
  figures: {
    budget: budgetSchema.optional(),
    disbursement: disbursementSchema.optional(),
  },
  summarize: (data, ctx) => {
    const out: BlockInput[] = [];
    if (data.budget !== undefined) out.push(...budgetBlocks(data.budget, ctx));
    if (data.disbursement !== undefined) out.push(disbursementSentence(data.disbursement, ctx));
    return out;
  },
  checks: (data, ctx) => [
    ...(data.budget === undefined ? [] : checkBudget(data.budget, ctx)),
    ...(data.disbursement === undefined ? [] : checkDisbursement(data.disbursement)),
  ],
});

function budgetBlocks(b: Budget, ctx: SectionContext): BlockInput[] {
  const total = seriesFigure(moneyFigure(b.total, b.unit), 'budget.total', ctx);
  const lead = b.lead ?? DEFAULT_LEAD;
  if (b.items.length === 0) return [leadWith(lead, [total, '.'])];
  return [
    leadWith(lead, [total, ', trong đó:']),
    { type: 'list', items: punctuateList(b.items.map((item) => [`${item.label}: `, moneyFigure(item.amount, b.unit)])) },
  ];
}

function disbursementSentence(d: Disbursement, ctx: SectionContext): InlineInput[] {
  const out: InlineInput[] = [
    'Kinh phí được giao ',
    seriesFigure(moneyFigure(d.allocated, d.unit), 'disbursement.allocated', ctx),
    ', đã giải ngân ',
    seriesFigure(moneyFigure(d.disbursed, d.unit), 'disbursement.disbursed', ctx),
  ];
  const rate = rateFigure(d.disbursed, d.allocated, d.rate);
  if (rate !== undefined) out.push(', đạt ', seriesFigure(rate, 'disbursement.rate', ctx));
  out.push('.');
  return out;
}

function checkBudget(b: Budget, ctx: SectionContext): Diagnostic[] {
  if (b.items.length === 0) return [];
  const sum = b.items.reduce((acc, item) => acc + item.amount, 0);
  if (sameAmount(b.total, sum)) return [];
  return [{
    code: `${ID}/budget-total`,
    severity: 'warning',
    path: ['budget', 'total'],
    message: `Tổng kinh phí ghi ${ctx.format.money(b.total, b.unit)} nhưng tổng các khoản là ${ctx.format.money(round(sum), b.unit)}.`,
  }];
}

function checkDisbursement(d: Disbursement): Diagnostic[] {
  const out = checkRate(`${ID}/disbursement-rate`, d.rate, d.disbursed, d.allocated, ['disbursement', 'rate']);
  out.push(...checkAtMost(`${ID}/disbursement-exceeds`, { value: d.disbursed, path: ['disbursement', 'disbursed'], label: 'Kinh phí đã giải ngân' }, { value: d.allocated, label: 'kinh phí được giao' }));
  return out;
}

/** Removes floating-point noise from a sum before printing it (3 decimals, as the formatter shows). */
function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
