import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { richTextSchema } from './rich-text';
import { sectionJsonSchema } from './json-schema';

describe('sectionJsonSchema: titles and descriptions', () => {
  it('keeps .describe() and .meta() texts, also beside a $ref to a named shape', () => {
    const schema = z.object({
      total: z.number().int().describe('Số đề tài, dự án đang quản lý trong kỳ.'),
      note: richTextSchema.describe('Ghi chú, viết như một đoạn văn.'),
      unit: z.string().meta({ title: 'Đơn vị tính', description: 'Viết như trong văn bản, ví dụ "đề tài, dự án".' }),
      plain: z.string(),
    });
    const properties = sectionJsonSchema(schema).properties as Record<string, Record<string, unknown>>;
    expect(properties.total).toEqual({ type: 'integer', minimum: -9007199254740991, maximum: 9007199254740991, description: 'Số đề tài, dự án đang quản lý trong kỳ.' });
    expect(properties.note).toEqual({ $ref: '#/$defs/RichText', description: 'Ghi chú, viết như một đoạn văn.' });
    expect(properties.unit).toEqual({ type: 'string', title: 'Đơn vị tính', description: 'Viết như trong văn bản, ví dụ "đề tài, dự án".' });
    expect(properties.plain).toEqual({ type: 'string' });
  });
});
