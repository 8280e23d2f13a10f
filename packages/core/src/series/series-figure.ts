import type { FigureInput } from '../model/rich-text';
import type { SectionContext } from '../plugin/context';
import { compactId } from './read';

/**
 * Marks a figure a section generates as the value of indicator `id` and, when the profile asks for it
 * (`profile.series.annotate`), adds what to show from the history (lũy kế, cùng kỳ, kế hoạch năm). A figure the
 * profile does not ask about is returned unchanged. `id` is `<section>/<figure path>`, or only the figure path
 * (`'samples.tested'`): the section is then the one being rendered (`ctx.section`).
 *
 * @example
 * // profile: series: { annotate: { 'tieu-chuan-do-luong-chat-luong/samples.tested': ['cumulative', 'plan'] } }
 * seriesFigure(countFigure(38, 'mẫu'), 'samples.tested', ctx) // in the section tieu-chuan-do-luong-chat-luong
 * // { type: 'figure', value: 38, format: 'count', unit: 'mẫu', indicator: 'tieu-chuan-do-luong-chat-luong/samples.tested', show: ['cumulative', 'plan'] }
 * // → "38 mẫu, lũy kế 502/700 mẫu, đạt 71,7% kế hoạch năm" with the history
 */
export function seriesFigure(figure: FigureInput, id: string, ctx: Pick<SectionContext, 'profile'> & Partial<Pick<SectionContext, 'section'>>): FigureInput {
  const annotate = ctx.profile.series?.annotate;
  if (!annotate) return figure;
  if (!id.includes('/') && ctx.section !== undefined) id = `${ctx.section}/${id}`;
  const show = Object.hasOwn(annotate, id) ? annotate[id] : Object.hasOwn(annotate, compactId(id)) ? annotate[compactId(id)] : undefined;
  if (!show || show.length === 0) return figure;
  return { ...figure, indicator: id, show: [...show] };
}

/**
 * The words that go on with a sentence after a figure the section passed through {@link seriesFigure}: as written
 * when the figure shows nothing from the history, set off by a comma when it does (its lũy kế, kế hoạch năm and
 * cùng kỳ words end a clause, so "…, bằng cùng kỳ năm 2024 trên tổng số" would run on).
 *
 * @example
 * const online = seriesFigure(countFigure(850, 'hồ sơ trực tuyến'), 'onlineDossiers.online', ctx);
 * ['Tiếp nhận ', online, afterFigure(online, ' trên tổng số '), countFigure(1000, 'hồ sơ')]
 * // → "Tiếp nhận 850 hồ sơ trực tuyến trên tổng số 1.000 hồ sơ" (not annotated)
 * // → "Tiếp nhận 850 hồ sơ trực tuyến, lũy kế 2.550 hồ sơ trực tuyến, trên tổng số 1.000 hồ sơ" (profile: ['cumulative'])
 */
export function afterFigure(figure: FigureInput, words: string): string {
  return figure.show === undefined || figure.show.length === 0 ? words : `,${words.startsWith(' ') ? words : ` ${words}`}`;
}
