import { describe, expect, it } from 'vitest';
import { formatShortDate } from './format-short-date';

describe('formatShortDate', () => {
  it.each([
    ['2023-09-13', '13/9/2023'],
    ['2022-08-03', '03/8/2022'],
    ['2021-05-06', '06/5/2021'],
    ['2023-08-09', '09/8/2023'],
    ['2024-01-15', '15/1/2024'],
    ['2020-12-31', '31/12/2020'],
  ])('formatShortDate(%j) → %s', (date, expected) => {
    expect(formatShortDate(date)).toBe(expected);
  });

  it('pads the month on request', () => {
    expect(formatShortDate('2021-01-25', { padMonth: 'jan-feb' })).toBe('25/01/2021');
    expect(formatShortDate('2021-03-25', { padMonth: 'jan-feb' })).toBe('25/3/2021');
    expect(formatShortDate('2014-06-11', { padMonth: 'always' })).toBe('11/06/2014');
    expect(formatShortDate('2021-01-25', { padMonth: 'never' })).toBe('25/1/2021');
  });

  it('throws a RangeError for invalid dates', () => {
    expect(() => formatShortDate('2023-02-30')).toThrow(RangeError);
    expect(() => formatShortDate('13/9/2023')).toThrow(/Ngày không hợp lệ/);
  });
});
