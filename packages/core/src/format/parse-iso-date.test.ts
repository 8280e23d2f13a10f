import { describe, expect, it } from 'vitest';
import { parseIsoDate } from './parse-iso-date';

describe('parseIsoDate', () => {
  it('parses real dates', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2023-09-13')).toEqual({ year: 2023, month: 9, day: 13 });
    expect(parseIsoDate('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
    expect(parseIsoDate('2023-12-31')).toEqual({ year: 2023, month: 12, day: 31 });
  });

  it.each([
    '2023-02-29',
    '1900-02-29',
    '2023-02-30',
    '2023-04-31',
    '2023-13-01',
    '2023-00-10',
    '2023-01-00',
    '2023-9-13',
    '2023-09-13T00:00:00Z',
    ' 2023-09-13',
    '13/09/2023',
    '',
  ])('rejects %j', (s) => {
    expect(parseIsoDate(s)).toBeUndefined();
  });
});
