import { describe, expect, it } from 'vitest';
import { measureLinesTwips, measureTwips } from './metrics';

describe('measureTwips', () => {
  it('measures Times New Roman advance widths, Vietnamese letters as their base letter', () => {
    // "ABC" bold: 722 + 667 + 722 = 2111 thousandths of an em, at 10 pt = 422 twips.
    expect(measureTwips('ABC', 'bold', 10)).toBe(422);
    expect(measureTwips('ẤẦẨ', 'bold', 10)).toBe(measureTwips('AAA', 'bold', 10));
    expect(measureTwips('Đ', 'regular', 10)).toBe(measureTwips('D', 'regular', 10));
  });

  it('measures the horned letters Ơ Ư wider than O U, with or without a tone mark', () => {
    expect(measureTwips('Ư', 'bold', 10)).toBeGreaterThan(measureTwips('U', 'bold', 10));
    expect(measureTwips('Ừ', 'bold', 10)).toBe(measureTwips('Ư', 'bold', 10));
    expect(measureTwips('ở', 'regular', 10)).toBe(measureTwips('ơ', 'regular', 10));
  });

  it('matches the header lines the layout depends on', () => {
    expect(measureTwips('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'bold', 12)).toBe(5007);
    expect(measureTwips('SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'bold', 13)).toBe(3980);
    expect(measureLinesTwips('ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN', 'bold', 13)).toBe(measureTwips('ỦY BAN NHÂN DÂN', 'bold', 13));
  });
});
