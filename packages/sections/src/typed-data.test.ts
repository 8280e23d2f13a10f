/**
 * Typed section data for the standard sections: a misspelt field is a type error (checked by `pnpm typecheck`: each
 * `@ts-expect-error` below must meet an error).
 */
import { section, type ReportInput, type SectionBlockInput } from '@baocao-khcn/core';
import { assertType, describe, expect, expectTypeOf, it } from 'vitest';
import { allSections, nghienCuuKhcn, nhiemVuDuocGiao, soHuuTriTue } from './index';

type Block = SectionBlockInput<typeof allSections>;

describe('typed section data (standard sections)', () => {
  it('names every standard section by its literal id', () => {
    expectTypeOf<Block['section']>().toEqualTypeOf<(typeof allSections)[number]['id']>();
    expectTypeOf(nghienCuuKhcn.id).toEqualTypeOf<'nghien-cuu-khcn'>();
  });

  it('checks the data of a section block written as a literal', () => {
    assertType<Block>({ type: 'section', section: 'nghien-cuu-khcn', data: { accepted: 3 } });
    // @ts-expect-error `acepted` is not a field of nghien-cuu-khcn
    assertType<Block>({ type: 'section', section: 'nghien-cuu-khcn', data: { acepted: 3 } });
    // @ts-expect-error a count is a number
    assertType<Block>({ type: 'section', section: 'nghien-cuu-khcn', data: { accepted: '3' } });
    // @ts-expect-error a misspelt field of a task
    assertType<Block>({ type: 'section', section: 'nhiem-vu-duoc-giao', data: { tasks: [{ content: 'Góp ý', deadine: '2023-09-13' }] } });
    // @ts-expect-error no standard section has this id
    assertType<Block>({ type: 'section', section: 'nghien-cuu', data: {} });
  });

  it('checks the data given to section()', () => {
    expect(section(nghienCuuKhcn, { accepted: 3 })).toEqual({ type: 'section', section: 'nghien-cuu-khcn', data: { accepted: 3 } });
    assertType<Block>(section(nhiemVuDuocGiao, { tasks: [{ content: 'Góp ý dự thảo', deadline: '2023-09-13' }] }));
    // @ts-expect-error `acepted` is not a field of nghien-cuu-khcn
    section(nghienCuuKhcn, { acepted: 3 });
    // @ts-expect-error `result` is `results`
    section(soHuuTriTue, { result: ['Tư vấn xác lập quyền cho 13 lượt cá nhân.'] });
  });

  it('checks a whole report typed with the standard sections', () => {
    const report: ReportInput<typeof allSections> = {
      issueDate: '2024-02-05', period: { kind: 'year', year: 2023 },
      body: [{ part: 'results', content: [{ type: 'section', section: 'so-huu-tri-tue', data: { results: ['Tư vấn xác lập quyền cho 13 lượt cá nhân.'] } }] }],
      sections: { 'nghien-cuu-khcn': { accepted: 3 } },
      signer: { title: 'GIÁM ĐỐC', name: 'Nguyễn Thị Hà' },
      recipients: { items: ['Như trên;', 'Lưu: VT, VP.'] },
    };
    // @ts-expect-error `acepted` is not a field of nghien-cuu-khcn
    assertType<ReportInput<typeof allSections>>({ ...report, sections: { 'nghien-cuu-khcn': { acepted: 3 } } });
    expect(report.sections).toEqual({ 'nghien-cuu-khcn': { accepted: 3 } });
  });
});
