import { defineAreaSection, type InlineInput, type SectionContext } from '@baocao-khcn/core';
import { checkAtMost, countFigure, optionalCount, paragraph, sentence, seriesFigure, type Clause } from '@baocao-khcn/core/plugin';

const ID = 'sang-kien';

/**
 * Sáng kiến, phong trào lao động sáng tạo, hội thi sáng tạo kỹ thuật: initiative dossiers reviewed by the provincial
 * council, initiatives recognised, and creativity contests organised.
 *
 * Figures: `reviewed` (hồ sơ đề nghị công nhận sáng kiến đánh giá), `recognized` (sáng kiến được công nhận),
 * `contests` (cuộc thi, hội thi sáng tạo kỹ thuật).
 *
 * Checks: `sang-kien/recognized-exceeds-reviewed` (more initiatives recognised than dossiers reviewed).
 *
 * @example
 * sangKien.results({ reviewed: 4, recognized: 4, results: [], plans: [], subsections: [] }, ctx)
 * // → "Tổ chức họp đánh giá 04 hồ sơ đề nghị công nhận sáng kiến cấp tỉnh, các sáng kiến đều được công nhận."
 */
export const sangKien = defineAreaSection({
  id: ID,
  title: 'Công tác sáng kiến, hội thi sáng tạo kỹ thuật',
  description: 'Sáng kiến, phong trào lao động sáng tạo, hội thi sáng tạo kỹ thuật.',
  indicators: {
    reviewed: { kind: 'flow', label: 'Hồ sơ sáng kiến được xét', unit: 'hồ sơ' },
    recognized: { kind: 'flow', label: 'Sáng kiến được công nhận', unit: 'sáng kiến' },
    contests: { kind: 'flow', label: 'Cuộc thi, hội thi sáng tạo kỹ thuật', unit: 'cuộc thi' },
  },
  figures: {
    reviewed: optionalCount({ title: 'Hồ sơ được xét', description: 'Số hồ sơ đề nghị công nhận sáng kiến cấp tỉnh đã được xét.' }),
    recognized: optionalCount({ title: 'Sáng kiến được công nhận', description: 'Số sáng kiến được công nhận; không quá số hồ sơ được xét.' }),
    contests: optionalCount({ title: 'Cuộc thi sáng tạo', description: 'Số cuộc thi, hội thi sáng tạo kỹ thuật đã tổ chức.' }),
  },
  summarize: (data, ctx) =>
    paragraph([
      initiatives(data.reviewed, data.recognized, ctx),
      data.contests === undefined ? undefined : sentence([['tổ chức, triển khai ', seriesFigure(countFigure(data.contests, 'cuộc thi, hội thi sáng tạo kỹ thuật'), 'contests', ctx)]]),
    ]),
  checks: (data) =>
    checkAtMost(
      `${ID}/recognized-exceeds-reviewed`,
      { value: data.recognized, path: ['recognized'], label: 'Số sáng kiến được công nhận' },
      { value: data.reviewed, label: 'số hồ sơ được đánh giá' },
    ),
});

/**
 * "Tổ chức họp đánh giá 04 hồ sơ …, các sáng kiến đều được công nhận." as seed 000 writes it; "…, 04 sáng kiến được
 * công nhận" when the profile wants the recognised initiatives annotated (the words need a figure to follow).
 */
function initiatives(reviewed: number | undefined, recognized: number | undefined, ctx: SectionContext): Clause | undefined {
  const dossiers: Clause | undefined =
    reviewed === undefined ? undefined : ['tổ chức họp đánh giá ', seriesFigure(countFigure(reviewed, 'hồ sơ đề nghị công nhận sáng kiến cấp tỉnh'), 'reviewed', ctx)];
  if (recognized === undefined) return dossiers === undefined ? undefined : sentence([dossiers]);
  if (dossiers === undefined) return sentence([['công nhận ', seriesFigure(countFigure(recognized, 'sáng kiến cấp tỉnh'), 'recognized', ctx)]]);
  const figure = seriesFigure(countFigure(recognized, 'sáng kiến được công nhận'), 'recognized', ctx);
  const outcome: InlineInput[] =
    recognized === reviewed && recognized > 0 && figure.show === undefined
      ? [recognized === 1 ? 'sáng kiến được công nhận' : 'các sáng kiến đều được công nhận']
      : [figure];
  return sentence([dossiers, outcome], ', ');
}
