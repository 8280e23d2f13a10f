import { describe, expect, it } from 'vitest';
import { countFigure, moneyFigure, rateFigure } from './figures';

describe('figure builders', () => {
  it('countFigure builds a count run, leaving an empty unit out', () => {
    expect(countFigure(4, 'nhiệm vụ')).toEqual({ type: 'figure', value: 4, format: 'count', unit: 'nhiệm vụ' });
    expect(countFigure(0)).toEqual({ type: 'figure', value: 0, format: 'count' });
    expect(countFigure(3, '')).toEqual({ type: 'figure', value: 3, format: 'count' });
  });

  it('moneyFigure builds a money run in its unit', () => {
    expect(moneyFigure(66769.9, 'triệu đồng')).toEqual({ type: 'figure', value: 66769.9, format: 'money', unit: 'triệu đồng' });
  });

  it('rateFigure computes or takes the stated rate, with a ratio unless it disagrees', () => {
    expect(rateFigure(116, 118)).toEqual({ type: 'figure', value: 98.31, format: 'percent', ratio: { part: 116, whole: 118 } });
    expect(rateFigure(80, 100, 80)).toEqual({ type: 'figure', value: 80, format: 'percent', ratio: { part: 80, whole: 100 } });
    expect(rateFigure(80, 100, 90)).toEqual({ type: 'figure', value: 90, format: 'percent' });
    expect(rateFigure(0, 0, 100)).toEqual({ type: 'figure', value: 100, format: 'percent' });
    expect(rateFigure(1, 0)).toBeUndefined();
  });
});
