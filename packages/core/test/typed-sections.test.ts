/**
 * Typed section data for custom sections: `section(plugin, data)` and `ReportInput<typeof sections>` make a misspelt
 * field a type error (checked by `pnpm typecheck`: each `@ts-expect-error` below must meet an error), while plain
 * JSON keeps working at run time.
 */
import { z } from 'zod';
import { composeReport, defineAreaSection, defineSection, section, validateReport, type ReportInput, type SectionBlockInput } from '@baocao-khcn/core';
import { assertType, describe, expect, expectTypeOf, it } from 'vitest';
import { profile } from './fixtures';

/** The header fields of a report (no blocks). */
const header = {
  issueDate: '2022-09-20',
  period: { kind: 'nine-months', year: 2022 },
  signer: { title: 'GIÁM ĐỐC', name: 'Nguyễn Thị Hà' },
  recipients: { items: ['Như trên;', 'Lưu: VT, KH&QLCN.'] },
} satisfies Partial<ReportInput>;

const patents = defineSection({
  id: 'bang-sang-che',
  title: 'Sở hữu trí tuệ',
  schema: z.object({ granted: z.number().int().nonnegative(), pending: z.number().int().optional() }),
  results: (data) => [`Được cấp ${data.granted} văn bằng.`],
});
const ocop = defineAreaSection({
  id: 'chuong-trinh-ocop',
  title: 'Chương trình OCOP',
  figures: { products: z.number().int().nonnegative().optional() },
});
const sections = [patents, ocop] as const;

describe('typed section data (custom sections)', () => {
  it('keeps the id of a plugin as a literal type', () => {
    expectTypeOf(patents.id).toEqualTypeOf<'bang-sang-che'>();
    expectTypeOf(ocop.id).toEqualTypeOf<'chuong-trinh-ocop'>();
  });

  it('section(plugin, data) types the data by the plugin and makes plain JSON', () => {
    const block = section(patents, { granted: 5 });
    expectTypeOf(block.section).toEqualTypeOf<'bang-sang-che'>();
    expectTypeOf(block.data).toEqualTypeOf<{ granted: number; pending?: number | undefined } | undefined>();
    expect(block).toEqual({ type: 'section', section: 'bang-sang-che', data: { granted: 5 } });
    expect(section(ocop, { products: 2, results: ['Hỗ trợ 02 sản phẩm.'] }, { title: 'OCOP', heading: false })).toEqual({
      type: 'section', section: 'chuong-trinh-ocop', title: 'OCOP', heading: false, data: { products: 2, results: ['Hỗ trợ 02 sản phẩm.'] },
    });
    // @ts-expect-error a misspelt field
    section(patents, { grantd: 5 });
    // @ts-expect-error a field of the wrong type
    section(patents, { granted: '5' });
    // @ts-expect-error a misspelt figure of an area section
    section(ocop, { prodcts: 2 });
  });

  it('ReportInput<typeof sections> checks section blocks in the body, in headings, in appendices and in `sections`', () => {
    const block: SectionBlockInput<typeof sections> = { type: 'section', section: 'bang-sang-che', data: { granted: 5 } };
    assertType<SectionBlockInput<typeof sections>>({ type: 'section', section: 'chuong-trinh-ocop', data: { products: 1 } });
    // @ts-expect-error a misspelt field
    assertType<SectionBlockInput<typeof sections>>({ type: 'section', section: 'bang-sang-che', data: { grantd: 5 } });
    // @ts-expect-error a section id with no plugin in the list
    assertType<SectionBlockInput<typeof sections>>({ type: 'section', section: 'bang-sang-chee', data: { granted: 5 } });
    const report: ReportInput<typeof sections> = {
      ...header,
      body: [{ part: 'results', content: [block, { type: 'heading', title: 'Khác', content: [section(ocop, { products: 1 })] }] }],
      sections: { 'bang-sang-che': { granted: 1 } },
      appendices: [{ title: 'PHỤ LỤC', content: [section(patents, { granted: 2 })] }],
    };
    assertType<ReportInput<typeof sections>>({
      ...report,
      // @ts-expect-error a misspelt field inside a heading
      body: [{ part: 'results', content: [{ type: 'heading', title: 'Khác', content: [{ type: 'section', section: 'chuong-trinh-ocop', data: { prodcts: 1 } }] }] }],
    });
    // @ts-expect-error a misspelt field in `sections`
    assertType<ReportInput<typeof sections>>({ ...report, sections: { 'bang-sang-che': { grantd: 1 } } });
    // A typed report is a ReportInput, and untyped plugins keep `data` open.
    assertType<ReportInput>(report);
    assertType<SectionBlockInput>({ type: 'section', section: 'anything', data: { any: 'thing' } });
  });

  it('plain JSON input keeps working at run time, misspellings included (they become diagnostics)', () => {
    const json: unknown = JSON.parse(JSON.stringify({
      ...header,
      body: [{ part: 'results', content: [{ type: 'section', section: 'bang-sang-che', data: { granted: 5 } }] }],
    }));
    const { diagnostics } = composeReport(json, { profile, sections: [...sections] });
    expect(diagnostics).toEqual([]);
    const misspelt = JSON.parse(JSON.stringify(json).replace('"granted"', '"grantd"'));
    expect(validateReport(misspelt, { profile, sections: [...sections] }).map((d) => [d.code, d.path])).toEqual([
      ['schema/invalid_type', ['body', 0, 'content', 0, 'data', 'granted']],
    ]);
  });
});
