import { describe, expect, it } from 'vitest';
import { defineProfile } from '../plugin/profile';
import { countFigure } from '../plugin/figures';
import { afterFigure, seriesFigure } from './series-figure';

const base = {
  id: 'thu',
  name: 'Thử',
  agency: { parent: 'UBND TỈNH THỬ', name: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', shortName: 'Sở Khoa học và Công nghệ', code: 'SKHCN', place: 'Thử' },
  headingScheme: ['roman', 'arabic'] as ('roman' | 'arabic')[],
  parts: [{ id: 'results', title: 'KẾT QUẢ', mode: 'results' as const }],
};
const annotating = defineProfile({ ...base, series: { annotate: { 'tieu-chuan-do-luong-chat-luong/samples.tested': ['cumulative', 'plan'] } } });

describe('seriesFigure', () => {
  it('marks the figure with its indicator and what the profile wants shown, by full id or by figure path in ctx.section', () => {
    const expected = { type: 'figure', value: 38, format: 'count', unit: 'mẫu', indicator: 'tieu-chuan-do-luong-chat-luong/samples.tested', show: ['cumulative', 'plan'] };
    expect(seriesFigure(countFigure(38, 'mẫu'), 'tieu-chuan-do-luong-chat-luong/samples.tested', { profile: annotating })).toEqual(expected);
    expect(seriesFigure(countFigure(38, 'mẫu'), 'samples.tested', { profile: annotating, section: 'tieu-chuan-do-luong-chat-luong' })).toEqual(expected);
  });
  it('leaves a figure the profile does not ask about unchanged', () => {
    expect(seriesFigure(countFigure(5, 'mẫu'), 'samples.nonConforming', { profile: annotating, section: 'tieu-chuan-do-luong-chat-luong' })).toEqual({ type: 'figure', value: 5, format: 'count', unit: 'mẫu' });
    expect(seriesFigure(countFigure(38, 'mẫu'), 'samples.tested', { profile: annotating, section: 'so-huu-tri-tue' })).toEqual({ type: 'figure', value: 38, format: 'count', unit: 'mẫu' });
    expect(seriesFigure(countFigure(38, 'mẫu'), 'samples.tested', { profile: defineProfile(base), section: 'tieu-chuan-do-luong-chat-luong' })).toEqual({ type: 'figure', value: 38, format: 'count', unit: 'mẫu' });
  });
  it('afterFigure sets the words after an annotated figure off by a comma, and leaves them as written otherwise', () => {
    const ctx = { profile: annotating, section: 'tieu-chuan-do-luong-chat-luong' };
    const tested = seriesFigure(countFigure(38, 'mẫu'), 'samples.tested', ctx);
    const other = seriesFigure(countFigure(5, 'mẫu'), 'samples.nonConforming', ctx);
    expect([afterFigure(tested, ' trên tổng số '), afterFigure(tested, 'gồm: ')]).toEqual([', trên tổng số ', ', gồm: ']);
    expect([afterFigure(other, ' trên tổng số '), afterFigure(countFigure(1), ' với ')]).toEqual([' trên tổng số ', ' với ']);
  });
});
