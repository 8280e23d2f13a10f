import { z } from 'zod';
import { defineProfile, defineSection, type ReportInput } from '@baocao-khcn/core';
import { LANG_SON } from '@baocao-khcn/test-utils';

export const profile = defineProfile({
  id: 'lang-son-test',
  name: 'Sở KH&CN Lạng Sơn (thử)',
  ...LANG_SON,
  parts: [{ id: 'assessment', title: 'ĐÁNH GIÁ CHUNG', mode: 'free' }, ...LANG_SON.parts],
});

export const counting = defineSection({
  id: 'dem-thu',
  title: { results: 'Công tác thử', plans: 'Nhiệm vụ thử' },
  schema: z.object({ done: z.number().int().nonnegative(), plans: z.array(z.string()).default([]) }),
  results: (data, ctx) => [`Đã thực hiện ${ctx.format.count(data.done)} việc.`],
  plans: (data) => [{ type: 'list', items: data.plans }],
  checks: (data) => (data.done > 100 ? [{ code: 'dem-thu/too-many', severity: 'warning', path: ['done'], message: 'Quá nhiều.' }] : []),
});

export function sampleInput(): ReportInput {
  return {
    issueDate: { year: 2022, month: 8 },
    period: { kind: 'nine-months', year: 2022 },
    to: ['Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn'],
    basis: [{ kind: 'Công văn', number: '1506/SKHĐT-THKTXH', date: '2022-08-03', issuer: 'Sở Kế hoạch và Đầu tư' }],
    body: [
      { part: 'assessment', content: ['Trong 9 tháng đầu năm 2022, Sở đã tập trung chỉ đạo.'] },
      {
        part: 'results',
        content: [
          { type: 'heading', title: 'Công tác nghiên cứu', content: [
            ['Quản lý và theo dõi ', { type: 'figure', value: 50, format: 'count', breakdown: [{ value: 30 }, { value: 20 }] },
              { type: 'footnote', content: 'Trong đó: 30 đề tài, 20 dự án.' }, ' đề tài, dự án.'],
            { type: 'heading', title: 'Tiêu chuẩn', content: ['Nội dung 1.'] },
            { type: 'heading', title: 'Đo lường', content: [{ type: 'list', items: ['Kiểm định', { content: 'Cân', items: ['Cân bàn'] }] }] },
          ] },
          { type: 'section', section: 'dem-thu', data: { done: 4, plans: ['Việc A'] } },
        ],
      },
      { part: 'plans', content: [{ type: 'section', section: 'dem-thu', data: { done: 4, plans: ['Việc A'] } }] },
    ],
    signer: { mode: 'KT', for: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Thị Hà' },
    recipients: { items: ['Như trên;', 'Lưu: VT, KH&QLCN.'] },
  };
}
