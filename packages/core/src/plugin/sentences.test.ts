import { describe, expect, it } from 'vitest';
import { defineProfile } from './profile';
import { breakdownClause, countClause, inlineOf, joinClauses, leadWith, paragraph, punctuateList, sentence } from './sentences';

const fig = (value: number, unit?: string) =>
  unit === undefined ? { type: 'figure' as const, value, format: 'count' as const } : { type: 'figure' as const, value, format: 'count' as const, unit };

describe('sentence builders', () => {
  it('inlineOf copies rich text as inline items', () => {
    expect(inlineOf('a')).toEqual(['a']);
    const rich = ['a', fig(1)];
    expect(inlineOf(rich)).toEqual(['a', fig(1)]);
    expect(inlineOf(rich)).not.toBe(rich);
  });

  it('joinClauses skips missing and empty clauses', () => {
    expect(joinClauses([['a'], undefined, [], ['b']], ', ')).toEqual(['a', ', ', 'b']);
    expect(joinClauses([undefined], ', ')).toEqual([]);
  });

  it('sentence capitalises, joins with "; " and ends with a full stop once', () => {
    expect(sentence([['thẩm định cấp ', fig(10, 'giấy phép')], [fig(5, 'chứng chỉ')]])).toEqual(['Thẩm định cấp ', fig(10, 'giấy phép'), '; ', fig(5, 'chứng chỉ'), '.']);
    expect(sentence([['tiếp nhận ', fig(7, 'đơn')], ['đã giải quyết ', fig(7, 'đơn')]], ', ')).toEqual(['Tiếp nhận ', fig(7, 'đơn'), ', ', 'đã giải quyết ', fig(7, 'đơn'), '.']);
    expect(sentence([['đã xong;']])).toEqual(['Đã xong.']);
    expect(sentence([['đã xong.']])).toEqual(['Đã xong.']);
    expect(sentence([['gồm: ']])).toEqual(['Gồm.']);
    expect(sentence([[fig(3, 'mẫu')]])).toEqual([fig(3, 'mẫu'), '.']);
    expect(sentence([undefined, []])).toBeUndefined();
  });

  it('paragraph joins sentences with a space and makes no block when empty', () => {
    expect(paragraph([['A.'], undefined, ['B.']])).toEqual([['A.', ' ', 'B.']]);
    expect(paragraph([undefined])).toEqual([]);
  });

  it('breakdownClause writes "label value unit" parts', () => {
    expect(breakdownClause([{ label: 'Thép', value: 90 }, { label: 'Đồ điện', value: 5 }], { unit: 'lô', labelSeparator: ': ' })).toEqual([
      'Thép: ', fig(90, 'lô'), '; ', 'Đồ điện: ', fig(5, 'lô'),
    ]);
    expect(breakdownClause([{ label: 'y dược', value: 1 }])).toEqual(['y dược ', fig(1)]);
    expect(breakdownClause([{ label: 'A', value: 1 }, { label: 'B', value: 2 }], { separator: ', ' })).toEqual(['A ', fig(1), ', ', 'B ', fig(2)]);
    expect(breakdownClause([])).toEqual([]);
  });

  it('countClause is undefined without a value', () => {
    expect(countClause(42, 'giấy phép', 'cấp ')).toEqual(['cấp ', fig(42, 'giấy phép')]);
    expect(countClause(7, 'trạm')).toEqual([fig(7, 'trạm')]);
    expect(countClause(undefined, 'trạm')).toBeUndefined();
  });

  it('countClause with series marks the figure as the indicator the profile wants annotated', () => {
    const profile = (annotate?: Record<string, ('cumulative' | 'previousYear' | 'plan')[]>) =>
      defineProfile({
        id: 'thu', name: 'Thử', agency: { parent: 'UBND TỈNH THỬ', name: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', code: 'SKHCN', place: 'Thử' },
        headingScheme: ['roman'], parts: [{ id: 'results', title: 'KẾT QUẢ', mode: 'results' }], ...(annotate ? { series: { annotate } } : {}),
      });
    const ctx = { profile: profile({ 'buu-chinh-vien-thong/btsStations': ['previousYear'] }), section: 'buu-chinh-vien-thong' };
    expect(countClause(1850, 'trạm', 'có ', { indicator: 'btsStations', ctx })).toEqual([
      'có ',
      { ...fig(1850, 'trạm'), indicator: 'buu-chinh-vien-thong/btsStations', show: ['previousYear'] },
    ]);
    expect(countClause(215, 'điểm', '', { indicator: 'postalPoints', ctx })).toEqual([fig(215, 'điểm')]);
    expect(countClause(1850, 'trạm', '', { indicator: 'btsStations', ctx: { ...ctx, profile: profile() } })).toEqual([fig(1850, 'trạm')]);
    expect(countClause(undefined, 'trạm', '', { indicator: 'btsStations', ctx })).toBeUndefined();
  });

  it('punctuateList ends items with ";" and the last with "."', () => {
    expect(punctuateList(['Một', ['Hai ', fig(2)], 'Ba.'])).toEqual([['Một', ';'], ['Hai ', fig(2), ';'], ['Ba.']]);
    expect(punctuateList(['Một:', 'Hai'])).toEqual([['Một:'], ['Hai', '.']]);
    expect(punctuateList(['Một'])).toEqual([['Một', '.']]);
    expect(punctuateList([])).toEqual([]);
  });

  it('leadWith joins rich text with one space', () => {
    expect(leadWith('Tổng kinh phí dự kiến là', [fig(1), '.'])).toEqual(['Tổng kinh phí dự kiến là', ' ', fig(1), '.']);
    expect(leadWith('Tổng: ', 'x')).toEqual(['Tổng: ', 'x']);
    expect(leadWith([{ type: 'text', text: 'Tổng', bold: true }], 'x')).toEqual([{ type: 'text', text: 'Tổng', bold: true }, ' ', 'x']);
  });
});
