import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headerColumns } from './header';

const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';

describe('headerColumns', () => {
  it('gives the agency column its usual 45 % when the lines fit', () => {
    expect(headerColumns(9355, { nationalTitle: NATIONAL_TITLE }, { agency: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', parentAgency: 'UBND TỈNH LẠNG SƠN', numberLine: 'Số: 05/BC-SKHCN' })).toEqual([4210, 5145]);
  });

  it('never gives a negative or zero column, whatever the agency lines and the text width (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.option(fc.string({ maxLength: 400 }), { nil: undefined }), fc.string({ maxLength: 200 }), fc.integer({ min: 8000, max: 16000 }), (agency, parentAgency, numberLine, textWidth) => {
        const [left, right] = headerColumns(textWidth, { nationalTitle: NATIONAL_TITLE }, { agency, ...(parentAgency === undefined ? {} : { parentAgency }), numberLine });
        expect(left).toBeGreaterThan(0);
        expect(right).toBeGreaterThan(0);
        expect(left + right).toBe(textWidth);
      }),
    );
  });
});
