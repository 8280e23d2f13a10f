import { describe, expect, it } from 'vitest';
import { checkAtMost, checkSum } from './a-checks';
import { breakdownInSchema, breakdownPartSchema, optionalCount } from './a-fields';
import { breakdownClause, capitalize, inlineOf, joinClauses, paragraph, sentence } from './a-sentences';

const fig = (value: number, unit?: string) => (unit === undefined ? { type: 'figure' as const, value, format: 'count' as const } : { type: 'figure' as const, value, format: 'count' as const, unit });

describe('a-sentences', () => {
  it('inlineOf and joinClauses', () => {
    expect(inlineOf('a')).toEqual(['a']);
    expect(inlineOf(['a', fig(1)])).toEqual(['a', fig(1)]);
    expect(joinClauses([['a'], undefined, [], ['b']], ', ')).toEqual(['a', ', ', 'b']);
  });

  it('sentence capitalises, joins with "; " and ends with a full stop once', () => {
    expect(sentence([['thẩm định cấp ', fig(10, 'giấy phép')], [fig(5, 'chứng chỉ')]])).toEqual(['Thẩm định cấp ', fig(10, 'giấy phép'), '; ', fig(5, 'chứng chỉ'), '.']);
    expect(sentence([['đã xong;']])).toEqual(['Đã xong.']);
    expect(sentence([['đã xong.']])).toEqual(['Đã xong.']);
    expect(sentence([[fig(3, 'mẫu')]])).toEqual([fig(3, 'mẫu'), '.']);
    expect(sentence([undefined, []])).toBeUndefined();
  });

  it('paragraph joins sentences with a space and makes no block when empty', () => {
    expect(paragraph([['A.'], undefined, ['B.']])).toEqual([['A.', ' ', 'B.']]);
    expect(paragraph([undefined])).toEqual([]);
  });

  it('breakdownClause writes "label value unit" parts', () => {
    expect(breakdownClause([{ label: 'Thép', value: 90 }, { label: 'Đồ điện', value: 5 }], { unit: 'lô', labelSeparator: ': ' })).toEqual(['Thép: ', fig(90, 'lô'), '; ', 'Đồ điện: ', fig(5, 'lô')]);
    expect(breakdownClause([{ label: 'y dược', value: 1 }])).toEqual(['y dược ', fig(1)]);
  });

  it('capitalize follows Vietnamese case rules', () => {
    expect(capitalize('đo lường')).toBe('Đo lường');
    expect(capitalize('')).toBe('');
  });
});

describe('a-fields', () => {
  it('optionalCount accepts whole numbers ≥ 0 or nothing', () => {
    expect(optionalCount('x').safeParse(3).success).toBe(true);
    expect(optionalCount('x').safeParse(undefined).success).toBe(true);
    expect(optionalCount('x').safeParse(-1).success).toBe(false);
    expect(optionalCount('x').safeParse(1.5).success).toBe(false);
  });

  it('breakdown parts need a label; the place is text or footnote', () => {
    expect(breakdownPartSchema.safeParse({ label: '', value: 1 }).success).toBe(false);
    expect(breakdownInSchema.options).toEqual(['text', 'footnote']);
  });
});

describe('a-checks', () => {
  it('checkAtMost warns only when both values are given and the part is larger', () => {
    expect(checkAtMost('x/y', { value: 2, path: ['a'], label: 'A' }, { value: 2, label: 'b' })).toEqual([]);
    expect(checkAtMost('x/y', { value: 3, path: ['a'], label: 'A' }, { value: undefined, label: 'b' })).toEqual([]);
    expect(checkAtMost('x/y', { value: 1200, path: ['a'], label: 'A' }, { value: 1000, label: 'b' })).toEqual([
      { code: 'x/y', severity: 'warning', path: ['a'], message: 'A (1.200) lớn hơn b (1.000).' },
    ]);
  });

  it('checkSum warns when the parts do not add up', () => {
    expect(checkSum('x/s', [{ value: 1 }, { value: 2 }], 3, ['p'], 'Tổng', 'tổng số')).toEqual([]);
    expect(checkSum('x/s', [], 3, ['p'], 'Tổng', 'tổng số')).toEqual([]);
    expect(checkSum('x/s', [{ value: 1 }], 3, ['p'], 'Tổng', 'tổng số')).toEqual([{ code: 'x/s', severity: 'warning', path: ['p'], message: 'Tổng (1) khác tổng số (3).' }]);
  });
});
