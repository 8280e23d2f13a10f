import { describe, expect, it } from 'vitest';
import { bacGiang } from '@baocao-khcn/test-utils';
import { tuDo } from './tu-do';

const { diagnose, render } = bacGiang;

const TITLE = 'Công tác phối hợp với các huyện';

describe('tu-do', () => {
  it('declares its id, default title and description', () => {
    expect(tuDo.id).toBe('tu-do');
    expect(tuDo.title).toBe('Công tác khác');
    expect(tuDo.description).toMatch(/tự do/);
    expect(tuDo.checks).toBeUndefined();
  });

  describe('schema', () => {
    it('accepts any blocks, and nothing at all', () => {
      const parsed = tuDo.schema.safeParse({
        results: ['Đoạn văn.', { type: 'list', items: ['Mục 1', { content: 'Mục 2', items: ['Ý a'] }] }, { type: 'table', columns: [{ title: 'A' }], rows: [['1']] }],
      });
      expect(parsed.success).toBe(true);
      expect(tuDo.schema.safeParse({}).data).toEqual({ results: [], plans: [], subsections: [] });
    });

    it('rejects prose that is not a list of blocks and an unknown block type', () => {
      expect(tuDo.schema.safeParse({ results: 'Đoạn văn.' }).success).toBe(false);
      expect(tuDo.schema.safeParse({ plans: [{ type: 'image' }] }).success).toBe(false);
    });

    it('turns bad data into diagnostics with paths inside the section', () => {
      expect(diagnose(tuDo, { results: ['Đoạn văn.', 42] }).map((d) => [d.code, d.path])).toEqual([['schema/invalid_union', ['results', 1]]]);
    });
  });

  describe('results', () => {
    it('takes its heading from the section block and renders the blocks as given', () => {
      const { results, diagnostics } = render(
        tuDo,
        { results: ['Tổ chức làm việc với 08 UBND các huyện, thành phố.', { type: 'list', items: ['Huyện Ba Bể;', 'Huyện Chợ Đồn.'] }] },
        { title: TITLE },
      );
      expect(diagnostics).toEqual([]);
      expect(results).toEqual([`1. ${TITLE}`, 'Tổ chức làm việc với 08 UBND các huyện, thành phố.', '- Huyện Ba Bể;', '- Huyện Chợ Đồn.']);
    });

    it('falls back to its default title', () => {
      expect(render(tuDo, { results: ['Hoàn thành huấn luyện dân quân tự vệ năm 2023.'] }).results).toEqual(['1. Công tác khác', 'Hoàn thành huấn luyện dân quân tự vệ năm 2023.']);
    });
  });

  describe('plans', () => {
    it('renders the directions blocks under the same heading', () => {
      const { plans } = render(tuDo, { results: ['Đã làm.'], plans: ['Tiếp tục phối hợp với các huyện.'] }, { title: TITLE });
      expect(plans).toEqual([`1. ${TITLE}`, 'Tiếp tục phối hợp với các huyện.']);
    });
  });
});
