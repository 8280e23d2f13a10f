import { defineAreaSection, type Diagnostic } from '@baocao-khcn/core';
import { afterFigure, countFigure, optionalCount, paragraph, sentence, seriesFigure } from '@baocao-khcn/core/plugin';

const ID = 'khcn-co-so';

/**
 * The first day without district-level authorities (the 2025 reorganisation of administrative units).
 *
 * @example
 * NO_DISTRICT_LEVEL_FROM // '2025-07-01'
 */
export const NO_DISTRICT_LEVEL_FROM = '2025-07-01';

/**
 * Khoa học và công nghệ cơ sở / cấp huyện: the districts whose science and technology work the Sở guides and the
 * grassroots-level tasks (nhiệm vụ KH&CN cấp cơ sở) it follows.
 *
 * Figures: `districts` (huyện, thành phố), `tasks` (nhiệm vụ KH&CN cấp cơ sở).
 *
 * Checks: `khcn-co-so/no-district-level` (districts counted in a period cut off on or after 01/7/2025, when the district
 * level no longer exists).
 *
 * @example
 * khcnCoSo.results({ districts: 8, tasks: 3, results: [], plans: [], subsections: [] }, ctx)
 * // → "Theo dõi, hướng dẫn 08 huyện, thành phố triển khai 03 nhiệm vụ khoa học và công nghệ cấp cơ sở."
 */
export const khcnCoSo = defineAreaSection({
  id: ID,
  title: 'Khoa học và công nghệ cơ sở',
  description: 'Khoa học và công nghệ cơ sở, cấp huyện: hướng dẫn hoạt động KH&CN của các huyện, thành phố và các nhiệm vụ KH&CN cấp cơ sở.',
  indicators: {
    districts: { kind: 'stock', label: 'Huyện, thành phố được hướng dẫn hoạt động KH&CN', unit: 'đơn vị' },
    tasks: { kind: 'stock', label: 'Nhiệm vụ KH&CN cấp cơ sở theo dõi', unit: 'nhiệm vụ' },
  },
  figures: {
    districts: optionalCount({ title: 'Huyện, thành phố được hướng dẫn', description: 'Số huyện, thành phố được hướng dẫn hoạt động KH&CN cấp cơ sở; không còn từ ngày 01/7/2025.' }),
    tasks: optionalCount({ title: 'Nhiệm vụ KH&CN cấp cơ sở', description: 'Số nhiệm vụ KH&CN cấp cơ sở được theo dõi trong kỳ.' }),
  },
  summarize: (data, ctx) => {
    const districts = data.districts === undefined ? undefined : seriesFigure(countFigure(data.districts, 'huyện, thành phố'), 'districts', ctx);
    const tasks = data.tasks === undefined ? undefined : seriesFigure(countFigure(data.tasks, 'nhiệm vụ khoa học và công nghệ cấp cơ sở'), 'tasks', ctx);
    if (districts !== undefined && tasks !== undefined) return paragraph([sentence([['theo dõi, hướng dẫn ', districts, afterFigure(districts, ' triển khai '), tasks]])]);
    return paragraph([
      districts === undefined ? undefined : sentence([['theo dõi, hướng dẫn hoạt động khoa học và công nghệ của ', districts]]),
      tasks === undefined ? undefined : sentence([['theo dõi, quản lý ', tasks]]),
    ]);
  },
  checks: (data, ctx): Diagnostic[] =>
    data.districts !== undefined && ctx.cutoff >= NO_DISTRICT_LEVEL_FROM
      ? [{ code: `${ID}/no-district-level`, severity: 'warning', path: ['districts'], message: 'Từ ngày 01/7/2025 không còn cấp huyện; không ghi số huyện, thành phố cho kỳ báo cáo này.' }]
      : [],
});
