import { describe, expect, it } from 'vitest';
import { checkRate, countClause, countFigure, leadWith, moneyFigure, punctuateList, rateFigure, rateMatches, sameAmount } from './b-figures';
import { testFormat } from '../_test/b-helpers';

const ctx = { format: testFormat };

describe('b-figures', () => {
  it('countFigure and moneyFigure build figure runs', () => {
    expect(countFigure(4, 'nhiệm vụ')).toEqual({ type: 'figure', value: 4, format: 'count', unit: 'nhiệm vụ' });
    expect(countFigure(0)).toEqual({ type: 'figure', value: 0, format: 'count' });
    expect(countFigure(3, '')).toEqual({ type: 'figure', value: 3, format: 'count' });
    expect(moneyFigure(66769.9, 'triệu đồng')).toEqual({ type: 'figure', value: 66769.9, format: 'money', unit: 'triệu đồng' });
  });

  it('countClause is undefined without a value', () => {
    expect(countClause(42, 'giấy phép', 'cấp ')).toEqual(['cấp ', { type: 'figure', value: 42, format: 'count', unit: 'giấy phép' }]);
    expect(countClause(7, 'trạm')).toEqual([{ type: 'figure', value: 7, format: 'count', unit: 'trạm' }]);
    expect(countClause(undefined, 'trạm')).toBeUndefined();
  });

  it('rateMatches compares at the precision written', () => {
    expect(rateMatches(85, 850, 1000)).toBe(true);
    expect(rateMatches(98.3, 116, 118)).toBe(true);
    expect(rateMatches(98.31, 116, 118)).toBe(true);
    expect(rateMatches(98.4, 116, 118)).toBe(false);
    expect(rateMatches(90, 850, 1000)).toBe(false);
    expect(rateMatches(12, 1, 0)).toBe(true);
  });

  it('rateFigure computes or takes the stated rate, with a ratio unless it disagrees', () => {
    expect(rateFigure(116, 118)).toEqual({ type: 'figure', value: 98.31, format: 'percent', ratio: { part: 116, whole: 118 } });
    expect(rateFigure(80, 100, 80)).toEqual({ type: 'figure', value: 80, format: 'percent', ratio: { part: 80, whole: 100 } });
    expect(rateFigure(80, 100, 90)).toEqual({ type: 'figure', value: 90, format: 'percent' });
    expect(rateFigure(0, 0, 100)).toEqual({ type: 'figure', value: 100, format: 'percent' });
    expect(rateFigure(1, 0)).toBeUndefined();
  });

  it('checkRate warns on a stated rate that disagrees or has no whole', () => {
    expect(checkRate(undefined, 1, 2, ['rate'], 'x/rate', ctx)).toEqual([]);
    expect(checkRate(50, 1, 2, ['rate'], 'x/rate', ctx)).toEqual([]);
    expect(checkRate(60, 1, 2, ['rate'], 'x/rate', ctx)).toEqual([{ code: 'x/rate', severity: 'warning', path: ['rate'], message: 'Tỷ lệ ghi 60% nhưng 1/2 = 50%.' }]);
    expect(checkRate(100, 0, 0, ['rate'], 'x/rate', ctx)).toEqual([{ code: 'x/rate', severity: 'warning', path: ['rate'], message: 'Không tính được tỷ lệ khi tổng bằng 0 (tỷ lệ ghi 100%).' }]);
  });

  it('sameAmount tolerates float noise only', () => {
    expect(sameAmount(66769.9, 33427.9 + 33342)).toBe(true);
    expect(sameAmount(0.3, 0.1 + 0.2)).toBe(true);
    expect(sameAmount(66769.9, 66769.8)).toBe(false);
  });

  it('punctuateList ends items with ";" and the last with "."', () => {
    expect(punctuateList(['Một', ['Hai ', countFigure(2)], 'Ba.'])).toEqual([['Một', ';'], ['Hai ', countFigure(2), ';'], ['Ba.']]);
    expect(punctuateList(['Một'])).toEqual([['Một', '.']]);
    expect(punctuateList([])).toEqual([]);
  });

  it('leadWith joins rich text with one space', () => {
    expect(leadWith('Tổng kinh phí dự kiến là', [countFigure(1), '.'])).toEqual(['Tổng kinh phí dự kiến là', ' ', countFigure(1), '.']);
    expect(leadWith('Tổng: ', 'x')).toEqual(['Tổng: ', 'x']);
    expect(leadWith([{ type: 'text', text: 'Tổng', bold: true }], 'x')).toEqual([{ type: 'text', text: 'Tổng', bold: true }, ' ', 'x']);
  });
});
