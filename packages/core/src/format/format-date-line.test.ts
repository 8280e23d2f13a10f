import { describe, expect, it } from 'vitest';
import { DRAFT_BLANK } from './constants';
import { formatDateLine } from './format-date-line';

describe('formatDateLine', () => {
  it.each([
    ['2024-02-05', 'Lạng Sơn, ngày 05 tháng 02 năm 2024'],
    ['2024-01-31', 'Lạng Sơn, ngày 31 tháng 01 năm 2024'],
    ['2023-06-16', 'Lạng Sơn, ngày 16 tháng 6 năm 2023'],
    ['2023-10-05', 'Lạng Sơn, ngày 05 tháng 10 năm 2023'],
    ['2020-06-12', 'Lạng Sơn, ngày 12 tháng 6 năm 2020'],
    ['2023-03-01', 'Lạng Sơn, ngày 01 tháng 3 năm 2023'],
    ['2024-02-29', 'Lạng Sơn, ngày 29 tháng 02 năm 2024'],
    ['2023-12-25', 'Lạng Sơn, ngày 25 tháng 12 năm 2023'],
  ])('formats %j', (date, expected) => {
    expect(formatDateLine('Lạng Sơn', date)).toBe(expected);
  });

  it('leaves blanks for drafts', () => {
    expect(DRAFT_BLANK).toBe('      ');
    expect(formatDateLine('Lạng Sơn', { year: 2022, month: 8 })).toBe('Lạng Sơn, ngày      tháng 8 năm 2022');
    expect(formatDateLine('Lạng Sơn', { year: 2021, month: 5 })).toBe('Lạng Sơn, ngày      tháng 5 năm 2021');
    expect(formatDateLine('Bắc Kạn', { year: 2024, month: 2 })).toBe('Bắc Kạn, ngày      tháng 02 năm 2024');
    expect(formatDateLine('Lạng Sơn', { year: 2022 })).toBe('Lạng Sơn, ngày      tháng      năm 2022');
    expect(formatDateLine('Bắc Giang', { year: 2023, month: 10, day: 5 })).toBe(
      'Bắc Giang, ngày 05 tháng 10 năm 2023',
    );
  });

  it('trims and NFC-normalises the place', () => {
    expect(formatDateLine('  Lạng Sơn '.normalize('NFD'), '2024-02-05')).toBe('Lạng Sơn, ngày 05 tháng 02 năm 2024');
  });

  it.each([
    ['2023-02-30'],
    ['2023-2-3'],
    ['05/02/2024'],
    [''],
  ])('throws a RangeError for the invalid date %j', (date) => {
    expect(() => formatDateLine('Lạng Sơn', date)).toThrow(RangeError);
    expect(() => formatDateLine('Lạng Sơn', date)).toThrow(/Ngày không hợp lệ/);
  });

  it('throws a RangeError for invalid partial dates and places', () => {
    expect(() => formatDateLine('Lạng Sơn', { year: 2022, day: 5 })).toThrow(/thiếu tháng/);
    expect(() => formatDateLine('Lạng Sơn', { year: 2022, month: 13 })).toThrow(RangeError);
    expect(() => formatDateLine('Lạng Sơn', { year: 2023, month: 2, day: 29 })).toThrow(RangeError);
    expect(() => formatDateLine('Lạng Sơn', { year: 2022.5 })).toThrow(RangeError);
    expect(() => formatDateLine('  ', '2024-02-05')).toThrow(/địa danh/);
  });
});
