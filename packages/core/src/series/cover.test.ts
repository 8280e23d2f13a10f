import { describe, expect, it } from 'vitest';
import { exactCover } from './cover';

const span = (from: number, to: number, item = `${from}-${to}`) => ({ from, to, item });

describe('exactCover', () => {
  it('prefers the finest-grained reports (months before a quarter)', () => {
    const out = exactCover([span(1, 3, 'Q1'), span(1, 1, 'T1'), span(2, 2, 'T2'), span(3, 3, 'T3')], 1, 3);
    expect(out).toEqual({ spans: [span(1, 1, 'T1'), span(2, 2, 'T2'), span(3, 3, 'T3')] });
  });
  it('uses a quarter where its months are missing, months elsewhere', () => {
    const out = exactCover([span(1, 3, 'Q1'), span(4, 4, 'T4'), span(5, 5, 'T5'), span(1, 1, 'T1')], 1, 5);
    expect('spans' in out && out.spans.map((s) => s.item)).toEqual(['Q1', 'T4', 'T5']);
  });
  it('names the months no report covers', () => {
    expect(exactCover([span(1, 1), span(2, 2), span(4, 4)], 1, 5)).toEqual({ missing: [3, 5] });
  });
  it('never uses a report reaching outside the range', () => {
    expect(exactCover([span(1, 6, 'H1')], 1, 3)).toEqual({ missing: [1, 2, 3] });
  });
  it('reports overlaps that cannot be split (9 tháng + 6 tháng cuối năm)', () => {
    expect(exactCover([span(1, 9, '9T'), span(7, 12, 'H2')], 1, 12)).toEqual({ overlap: [10, 11, 12] });
  });
  it('a later report of the same period replaces an earlier one', () => {
    const out = exactCover([span(1, 1, 'first'), span(1, 1, 'second')], 1, 1);
    expect('spans' in out && out.spans.map((s) => s.item)).toEqual(['second']);
  });
  it('an empty range needs nothing', () => {
    expect(exactCover([], 1, 0)).toEqual({ spans: [] });
  });
});
