import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isoDateSchema } from './report';
import { breakdownInSchema, breakdownPartSchema, optionalCount, taskSchema } from './shared';

describe('shared section shapes', () => {
  it('optionalCount accepts whole numbers ≥ 0 or nothing, with its description', () => {
    const schema = z.object({ licences: optionalCount('Giấy phép đã cấp.') });
    expect(schema.parse({ licences: 10 })).toEqual({ licences: 10 });
    expect(schema.parse({})).toEqual({});
    expect(schema.safeParse({ licences: -1 }).success).toBe(false);
    expect(schema.safeParse({ licences: 1.5 }).success).toBe(false);
    expect(optionalCount('Giấy phép đã cấp.').description).toBe('Giấy phép đã cấp.');
  });

  it('breakdown parts need a label and a count; the place is text or footnote', () => {
    expect(breakdownPartSchema.parse({ label: 'Thép', value: 90 })).toEqual({ label: 'Thép', value: 90 });
    expect(breakdownPartSchema.safeParse({ label: '', value: 1 }).success).toBe(false);
    expect(breakdownPartSchema.safeParse({ label: 'Thép', value: -1 }).success).toBe(false);
    expect(breakdownInSchema.options).toEqual(['text', 'footnote']);
    expect(breakdownInSchema.parse('footnote')).toBe('footnote');
  });
});

describe('isoDateSchema', () => {
  it('accepts real dates, leap days included', () => {
    expect(isoDateSchema.parse('2024-02-29')).toBe('2024-02-29');
    expect(isoDateSchema.parse('2023-09-14')).toBe('2023-09-14');
  });

  it('refuses dates that do not exist with a Vietnamese message and the code date/invalid', () => {
    const result = isoDateSchema.safeParse('2023-02-30');
    expect(result.success).toBe(false);
    expect(result.error?.issues).toMatchObject([{ code: 'custom', message: 'Ngày "2023-02-30" không có thật.', params: { code: 'date/invalid' } }]);
    expect(taskSchema.safeParse({ content: 'A', deadline: '2023-04-31' }).error?.issues).toMatchObject([
      { path: ['deadline'], message: 'Ngày "2023-04-31" không có thật.' },
    ]);
  });

  it('reports a wrong shape once, as a format error', () => {
    expect(isoDateSchema.safeParse('30/02/2023').error?.issues.map((i) => i.message)).toEqual(['Ngày phải có dạng YYYY-MM-DD']);
  });
});
