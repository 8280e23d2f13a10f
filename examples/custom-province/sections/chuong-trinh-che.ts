import { defineAreaSection, type BlockInput } from '@baocao-khcn/core';
import { z } from 'zod';

/** One project of the programme with its budget and what has been disbursed (triệu đồng). */
const projectSchema = z.object({
  name: z.string().min(1),
  budget: z.number().nonnegative(),
  disbursed: z.number().nonnegative(),
});

/**
 * Step 2 — a section plugin of the province's own, written outside `packages/`: the provincial programme for tea
 * (chè Thái Nguyên). Its figures are data: the projects with budget and disbursement; it generates the summary
 * sentence and a table, and checks that no project disburses more than its budget.
 *
 * @example
 * chuongTrinhChe.results({ projects: [{ name: 'A', budget: 100, disbursed: 60 }], results: [], plans: [], subsections: [] }, ctx)
 * // → ['Triển khai 01 dự án, tổng kinh phí 100 triệu đồng, đã giải ngân 60 triệu đồng (60%).', { type: 'table', … }]
 */
export const chuongTrinhChe = defineAreaSection({
  id: 'chuong-trinh-che-thai-nguyen',
  title: { results: 'Chương trình phát triển sản phẩm chè Thái Nguyên', plans: 'Chương trình phát triển sản phẩm chè Thái Nguyên' },
  description: 'Đề án của tỉnh: dự án, kinh phí và giải ngân.',
  appliesFrom: '2025-07-01',
  figures: { projects: z.array(projectSchema).default([]) },
  summarize: (data) => {
    if (data.projects.length === 0) return [];
    const budget = data.projects.reduce((sum, p) => sum + p.budget, 0);
    const disbursed = data.projects.reduce((sum, p) => sum + p.disbursed, 0);
    const rate = budget === 0 ? 0 : Math.round((disbursed / budget) * 10000) / 100;
    const sentence: BlockInput = [
      'Triển khai ',
      { type: 'figure', value: data.projects.length, format: 'count', unit: 'dự án' },
      ', tổng kinh phí ',
      { type: 'figure', value: budget, format: 'number', unit: 'triệu đồng', breakdown: data.projects.map((p) => ({ label: p.name, value: p.budget })) },
      ', đã giải ngân ',
      { type: 'figure', value: disbursed, format: 'number', unit: 'triệu đồng' },
      ' (',
      { type: 'figure', value: rate, format: 'percent', ratio: { part: disbursed, whole: budget } },
      ').',
    ];
    const table: BlockInput = {
      type: 'table',
      columns: [
        { title: 'TT', width: 0.08, align: 'center' },
        { title: 'Dự án', width: 0.52 },
        { title: 'Kinh phí (triệu đồng)', width: 0.2, align: 'right' },
        { title: 'Đã giải ngân (triệu đồng)', width: 0.2, align: 'right' },
      ],
      rows: data.projects.map((p, i) => [
        String(i + 1),
        p.name,
        [{ type: 'figure', value: p.budget, format: 'number' }],
        [{ type: 'figure', value: p.disbursed, format: 'number' }],
      ]),
    };
    return [sentence, table];
  },
  checks: (data) =>
    data.projects.flatMap((p, i) =>
      p.disbursed > p.budget
        ? [{
            code: 'chuong-trinh-che-thai-nguyen/over-budget',
            severity: 'error' as const,
            path: ['projects', i, 'disbursed'],
            message: `Dự án "${p.name}" giải ngân ${p.disbursed} triệu đồng, vượt kinh phí ${p.budget} triệu đồng.`,
          }]
        : [],
    ),
});
