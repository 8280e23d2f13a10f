import { describe, expect, it } from 'vitest';
import { formatFigure } from './figure';

const f = (x: object) => formatFigure({ type: 'figure', format: 'number', value: 0, ...x });

describe('formatFigure', () => {
  it('formats counts, ratios, numbers, percentages and money', () => {
    expect(f({ format: 'count', value: 5, unit: 'đề tài' })).toBe('05 đề tài');
    expect(f({ format: 'count', value: 6, of: 9, unit: 'mẫu' })).toBe('06/09 mẫu');
    expect(f({ format: 'count', value: 0, unit: 'nhiệm vụ' })).toBe('0 nhiệm vụ');
    expect(f({ value: 1119, unit: 'lô' })).toBe('1.119 lô');
    expect(f({ value: 32, of: 33 })).toBe('32/33');
    expect(f({ value: 66769.9, unit: 'triệu đồng' })).toBe('66.769,9 triệu đồng');
    expect(f({ format: 'percent', value: 60.38 })).toBe('60,38%');
    expect(f({ format: 'money', value: 45998409, words: 'Bốn mươi lăm triệu, chín trăm chín mươi tám nghìn, bốn trăm linh chín đồng' })).toBe(
      '45.998.409 đồng (Bốn mươi lăm triệu, chín trăm chín mươi tám nghìn, bốn trăm linh chín đồng)',
    );
    expect(f({ format: 'money', value: 5237, unit: 'triệu đồng' })).toBe('5.237 triệu đồng');
  });
});
