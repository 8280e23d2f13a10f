import { defineAreaSection, type BlockInput, type Diagnostic } from '@baocao-khcn/core';
import { countFigure, leadWith, moneyFigure, punctuateList, richTextSchema, seriesFigure } from '@baocao-khcn/core/plugin';
import { z } from 'zod';

const ID = 'hoat-dong-su-nghiep';
const DEFAULT_SERVICES_LEAD = 'Kết quả thực hiện các dịch vụ sự nghiệp công:';
const DEFAULT_UNIT = 'triệu đồng';

/** One public service with its output in the period ("Kiểm định cột đo xăng dầu 360 cột"). */
const serviceSchema = z.object({
  label: z.string().min(1).meta({ title: 'Tên dịch vụ', description: 'Tên dịch vụ, ví dụ "Kiểm định cột đo xăng dầu".' }),
  count: z.number().int().nonnegative().meta({ title: 'Số lượng', description: 'Số lượng thực hiện trong kỳ.' }),
  unit: z.string().min(1).meta({ title: 'Đơn vị tính', description: 'Đơn vị tính, ví dụ "cột", "cái", "mẫu".' }),
});

/**
 * Hoạt động sự nghiệp of the public service units (trung tâm, chi cục): the services delivered in the period as a
 * "-" list, the revenue, then the prose.
 *
 * Checks: `hoat-dong-su-nghiep/duplicate-service` (the same service listed twice).
 *
 * @example
 * // data: { services: [{ label: 'Kiểm định cột đo xăng dầu', count: 360, unit: 'cột' },
 * //                    { label: 'Kiểm định áp kế', count: 6, unit: 'cái' }],
 * //         revenue: { amount: 1250.5 } }
 * // results →
 * //   "Kết quả thực hiện các dịch vụ sự nghiệp công:"
 * //   "- Kiểm định cột đo xăng dầu 360 cột;"
 * //   "- Kiểm định áp kế 06 cái."
 * //   "Tổng thu từ hoạt động sự nghiệp đạt 1.250,5 triệu đồng."
 */
export const hoatDongSuNghiep = defineAreaSection({
  id: ID,
  title: { results: 'Hoạt động sự nghiệp', plans: 'Hoạt động sự nghiệp khoa học và công nghệ' },
  description: 'Hoạt động sự nghiệp của các đơn vị sự nghiệp công lập thuộc Sở: dịch vụ kiểm định, thử nghiệm, ứng dụng và nguồn thu.',
  indicators: {
    'revenue.amount': { kind: 'flow', label: 'Thu từ hoạt động sự nghiệp' },
  },
  figures: {
    services: z.array(serviceSchema).optional().meta({ title: 'Dịch vụ sự nghiệp công', description: 'Các dịch vụ sự nghiệp công đã thực hiện trong kỳ.' }),
    servicesLead: richTextSchema.optional().meta({ title: 'Câu dẫn', description: `Câu dẫn trước danh sách dịch vụ; mặc định "${DEFAULT_SERVICES_LEAD}".` }),
    revenue: z
      .object({
        amount: z.number().nonnegative().meta({ title: 'Số thu', description: 'Số tiền thu được.' }),
        unit: z.string().min(1).default(DEFAULT_UNIT).meta({ title: 'Đơn vị', description: `Đơn vị tiền; mặc định "${DEFAULT_UNIT}".` }),
      })
      .optional()
      .meta({ title: 'Tổng thu', description: 'Tổng thu từ hoạt động sự nghiệp trong kỳ.' }),
  },
  summarize: (data, ctx) => {
    const out: BlockInput[] = [];
    if (data.services !== undefined && data.services.length > 0) {
      out.push(data.servicesLead ?? DEFAULT_SERVICES_LEAD);
      out.push({ type: 'list', items: punctuateList(data.services.map((s) => leadWith(s.label, [countFigure(s.count, s.unit)]))) });
    }
    if (data.revenue !== undefined) out.push(['Tổng thu từ hoạt động sự nghiệp đạt ', seriesFigure(moneyFigure(data.revenue.amount, data.revenue.unit), 'revenue.amount', ctx), '.']);
    return out;
  },
  checks: (data) => {
    const out: Diagnostic[] = [];
    const seen = new Map<string, number>();
    (data.services ?? []).forEach((s, i) => {
      const key = s.label.normalize('NFC').trim().toLocaleLowerCase('vi');
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else out.push({ code: `${ID}/duplicate-service`, severity: 'warning', path: ['services', i, 'label'], message: `Dịch vụ "${s.label}" đã có ở dòng ${first + 1}.` });
    });
    return out;
  },
});
