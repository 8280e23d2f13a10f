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
