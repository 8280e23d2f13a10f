import { defineAreaSection, type InlineInput, type SectionContext } from '@baocao-khcn/core';
import { breakdownClause, breakdownInSchema, breakdownPartSchema, checkAtMost, checkSum, countFigure, joinClauses, optionalCount, paragraph, sentence, seriesFigure, type Clause } from '@baocao-khcn/core/plugin';
import { z } from 'zod';

const ID = 'nghien-cuu-khcn';
const DEFAULT_UNIT = 'đề tài, dự án';

const tasksSchema = z.object({
  total: z.number().int().nonnegative().meta({ title: 'Tổng số', description: 'Số đề tài, dự án (nhiệm vụ KH&CN) đang quản lý, theo dõi trong kỳ.' }),
  unit: z.string().min(1).optional().meta({ title: 'Đơn vị đếm', description: `Cách gọi như trong văn bản: mặc định "${DEFAULT_UNIT}", hoặc "nhiệm vụ khoa học và công nghệ".` }),
  byLevel: z.array(breakdownPartSchema).optional().meta({ title: 'Chia theo cấp', description: 'Chi tiết theo cấp (cấp quốc gia, cấp tỉnh, cấp cơ sở …); cộng lại phải bằng tổng số.' }),
  byField: z.array(breakdownPartSchema).optional().meta({ title: 'Chia theo lĩnh vực', description: 'Chi tiết theo lĩnh vực (nông nghiệp, y dược …); cộng lại phải bằng tổng số.' }),
  breakdownIn: breakdownInSchema.optional(),
});

/**
 * Nghiên cứu khoa học và phát triển công nghệ: the tasks (đề tài, dự án) under management with their breakdowns by
 * level and by field, and the tasks accepted (nghiệm thu), inspected (kiểm tra) and selected (tuyển chọn) in the period.
 *
 * Figures: `tasks` (`total`, `unit`, `byLevel`, `byField`, `breakdownIn`: "text" or "footnote"), `accepted`,
 * `inspected`, `selected`.
 *
 * Checks: `nghien-cuu-khcn/by-level-sum` and `nghien-cuu-khcn/by-field-sum` (a breakdown does not add up to the total),
 * `nghien-cuu-khcn/accepted-exceeds-total` and `nghien-cuu-khcn/inspected-exceeds-total` (more than are managed).
 *
 * @example
 * nghienCuuKhcn.results({ tasks: { total: 29, byField: [{ label: 'Lĩnh vực nông nghiệp và phát triển nông thôn', value: 20 }, { label: 'lĩnh vực y dược', value: 9 }] }, accepted: 3, … }, ctx)
 * // → "Quản lý và theo dõi 29 đề tài, dự án, trong đó: Lĩnh vực nông nghiệp và phát triển nông thôn 20; lĩnh vực y dược 09.
 * //    Tổ chức nghiệm thu 03 đề tài, dự án."
 */
export const nghienCuuKhcn = defineAreaSection({
  id: ID,
  title: { results: 'Công tác nghiên cứu khoa học và phát triển công nghệ', plans: 'Công tác quản lý các nhiệm vụ khoa học và công nghệ' },
  description: 'Nghiên cứu khoa học và phát triển công nghệ: quản lý, nghiệm thu, kiểm tra, tuyển chọn các nhiệm vụ KH&CN.',
  indicators: {
    'tasks.total': { kind: 'stock', label: 'Nhiệm vụ KH&CN đang quản lý', unit: 'nhiệm vụ' },
    accepted: { kind: 'flow', label: 'Nhiệm vụ KH&CN được nghiệm thu', unit: 'nhiệm vụ' },
    inspected: { kind: 'flow', label: 'Nhiệm vụ KH&CN được kiểm tra tiến độ', unit: 'nhiệm vụ' },
    selected: { kind: 'flow', label: 'Nhiệm vụ KH&CN tuyển chọn, giao trực tiếp', unit: 'nhiệm vụ' },
  },
  figures: {
    tasks: tasksSchema.optional().meta({ title: 'Nhiệm vụ đang quản lý', description: 'Các đề tài, dự án đang quản lý, theo dõi trong kỳ, chi tiết theo cấp và theo lĩnh vực.' }),
    accepted: optionalCount({ title: 'Nghiệm thu', description: 'Số nhiệm vụ được nghiệm thu trong kỳ.' }),
    inspected: optionalCount({ title: 'Kiểm tra tiến độ', description: 'Số nhiệm vụ được kiểm tra tiến độ trong kỳ.' }),
    selected: optionalCount({ title: 'Tuyển chọn, giao trực tiếp', description: 'Số nhiệm vụ được tuyển chọn, giao trực tiếp tổ chức chủ trì trong kỳ.' }),
  },
  summarize: (data, ctx) => {
    const unit = data.tasks?.unit ?? DEFAULT_UNIT;
    return paragraph([
      data.tasks === undefined ? undefined : managed(data.tasks, unit, ctx),
      data.accepted === undefined ? undefined : sentence([['tổ chức nghiệm thu ', seriesFigure(countFigure(data.accepted, unit), 'accepted', ctx)]]),
      data.inspected === undefined ? undefined : sentence([['kiểm tra tiến độ thực hiện ', seriesFigure(countFigure(data.inspected, unit), 'inspected', ctx)]]),
      data.selected === undefined ? undefined : sentence([['tuyển chọn tổ chức, cá nhân chủ trì thực hiện ', seriesFigure(countFigure(data.selected, 'nhiệm vụ'), 'selected', ctx)]]),
    ]);
  },
  checks: (data) => [
    ...checkSum(`${ID}/by-level-sum`, data.tasks?.byLevel, data.tasks?.total, ['tasks', 'byLevel'], 'Tổng theo cấp quản lý', 'tổng số nhiệm vụ'),
    ...checkSum(`${ID}/by-field-sum`, data.tasks?.byField, data.tasks?.total, ['tasks', 'byField'], 'Tổng theo lĩnh vực', 'tổng số nhiệm vụ'),
    ...checkAtMost(`${ID}/accepted-exceeds-total`, { value: data.accepted, path: ['accepted'], label: 'Số nhiệm vụ nghiệm thu' }, { value: data.tasks?.total, label: 'tổng số nhiệm vụ đang quản lý' }),
    ...checkAtMost(`${ID}/inspected-exceeds-total`, { value: data.inspected, path: ['inspected'], label: 'Số nhiệm vụ được kiểm tra' }, { value: data.tasks?.total, label: 'tổng số nhiệm vụ đang quản lý' }),
  ],
});

/**
 * "Quản lý và theo dõi 29 đề tài, dự án, trong đó: …" with the breakdown in the text or in a footnote (its mark
 * between the number and the unit, or after the lũy kế, cùng kỳ and kế hoạch the profile wants shown).
 */
function managed(tasks: z.output<typeof tasksSchema>, unit: string, ctx: SectionContext): Clause | undefined {
  const total = seriesFigure(countFigure(tasks.total, unit), 'tasks.total', ctx);
  const levels = tasks.byLevel !== undefined && tasks.byLevel.length > 0 ? breakdownClause(tasks.byLevel) : undefined;
  const fields = tasks.byField !== undefined && tasks.byField.length > 0 ? breakdownClause(tasks.byField) : undefined;
  const detail = levels !== undefined && fields !== undefined ? [...levels, '; phân theo lĩnh vực: ', ...fields] : (levels ?? fields);
  if (detail === undefined) return sentence([['quản lý và theo dõi ', total]]);
  if (tasks.breakdownIn === 'footnote') {
    const note: InlineInput = { type: 'footnote', content: sentence([['Trong đó: ', ...detail]]) ?? [] };
    return sentence([['quản lý và theo dõi ', ...(total.show === undefined ? [countFigure(tasks.total), note, ` ${unit}`] : [total, note])]]);
  }
  return sentence([joinClauses([['quản lý và theo dõi ', total], ['trong đó: ', ...detail]], ', ')]);
}
