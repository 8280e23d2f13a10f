import { describe, expect, it } from 'vitest';
import { createNumbering, toRoman } from './numbering';

describe('createNumbering', () => {
  it('numbers the Lạng Sơn scheme I. / 1. / 1.1. / a)', () => {
    const n = createNumbering(['roman', 'arabic', 'decimal', 'alpha']);
    expect([n.next(1), n.next(2), n.next(2), n.next(3), n.next(3), n.next(4), n.next(2), n.next(1), n.next(2)].map((x) => x.number)).toEqual([
      'I.', '1.', '2.', '2.1.', '2.2.', 'a)', '3.', 'II.', '1.',
    ]);
  });
  it('numbers Phần I / A. / decimal chains and the Vietnamese alphabet', () => {
    const n = createNumbering(['part', 'upper-alpha', 'arabic', 'decimal', 'decimal', 'alpha']);
    expect([n.next(1), n.next(2), n.next(3), n.next(4), n.next(5), n.next(1)].map((x) => x.number)).toEqual(['Phần I', 'A.', '1.', '1.1.', '1.1.1.', 'Phần II']);
    const a = createNumbering(['alpha']);
    expect(Array.from({ length: 7 }, () => a.next(1).number)).toEqual(['a)', 'b)', 'c)', 'd)', 'đ)', 'e)', 'g)']);
  });
  it('leaves levels beyond the scheme unnumbered', () => {
    expect(createNumbering(['roman']).next(2)).toEqual({ style: 'none', number: '' });
  });
  it('writes Roman numerals', () => {
    expect([1, 4, 9, 14, 40, 90, 400, 1994].map(toRoman)).toEqual(['I', 'IV', 'IX', 'XIV', 'XL', 'XC', 'CD', 'MCMXCIV']);
  });
});
