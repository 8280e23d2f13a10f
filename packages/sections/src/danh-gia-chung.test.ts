import { describe, expect, it } from 'vitest';
import { bacGiang } from '@baocao-khcn/test-utils';
import { danhGiaChung } from './danh-gia-chung';

const { diagnose, render } = bacGiang;

const STRENGTHS = 'Ngay từ đầu năm, Lãnh đạo Sở chỉ đạo quyết liệt, sát sao các nhiệm vụ của ngành.';
const WEAKNESSES = 'Công tác quản lý khoa học: Một số nhiệm vụ đến hạn nghiệm thu nhưng phải gia hạn thời gian thực hiện.';

describe('danh-gia-chung', () => {
  it('declares its id, title and description', () => {
    expect(danhGiaChung.id).toBe('danh-gia-chung');
    expect(danhGiaChung.title).toBe('Đánh giá chung');
    expect(danhGiaChung.description).toMatch(/Ưu điểm/);
    expect(danhGiaChung.checks).toBeUndefined();
  });

  describe('schema', () => {
    it('accepts the assessment parts and titles, defaulting to empty prose', () => {
      const parsed = danhGiaChung.schema.safeParse({ strengths: [STRENGTHS], titles: { weaknesses: 'Hạn chế và nguyên nhân' } });
      expect(parsed.success).toBe(true);
      expect(parsed.data?.weaknesses).toEqual([]);
      expect(parsed.data?.causes).toEqual([]);
    });

    it('rejects prose that is not a list of blocks and an empty title', () => {
      expect(danhGiaChung.schema.safeParse({ strengths: STRENGTHS }).success).toBe(false);
      expect(danhGiaChung.schema.safeParse({ titles: { causes: '' } }).success).toBe(false);
    });

    it('turns bad data into diagnostics with paths inside the section', () => {
      expect(diagnose(danhGiaChung, { weaknesses: [{ type: 'list' }] }).map((d) => [d.code, d.path])).toEqual([
        ['schema/invalid_type', ['weaknesses', 0, 'items']],
      ]);
    });
  });

  describe('results', () => {
    it('writes a plain assessment as one paragraph (seed 000)', () => {
      const text = 'Trong 9 tháng đầu năm 2022, Sở đã tập trung chỉ đạo triển khai đồng bộ các hoạt động về khoa học và công nghệ.';
      const { results, diagnostics } = render(danhGiaChung, { results: [text] }, { period: { kind: 'nine-months', year: 2022 } });
      expect(diagnostics).toEqual([]);
      expect(results).toEqual(['1. Đánh giá chung', text]);
    });

    it('writes strengths, weaknesses and causes as sub-headings after the plain prose', () => {
      const { results } = render(danhGiaChung, {
        results: ['Các nhiệm vụ cơ bản hoàn thành đúng tiến độ.'],
        strengths: [STRENGTHS],
        weaknesses: [{ type: 'list', items: [WEAKNESSES] }],
        causes: ['Hồ sơ nghiệm thu cần phải hoàn thiện, bổ sung.'],
        subsections: [{ title: 'Kiến nghị', results: ['Đề nghị Bộ KH&CN ban hành hướng dẫn.'] }],
      });
      expect(results).toEqual([
        '1. Đánh giá chung',
        'Các nhiệm vụ cơ bản hoàn thành đúng tiến độ.',
        '1.1. Ưu điểm',
        STRENGTHS,
        '1.2. Hạn chế',
        `- ${WEAKNESSES}`,
        '1.3. Nguyên nhân',
        'Hồ sơ nghiệm thu cần phải hoàn thiện, bổ sung.',
        '1.4. Kiến nghị',
        'Đề nghị Bộ KH&CN ban hành hướng dẫn.',
      ]);
    });

    it('renames the sub-headings and leaves out empty parts (seed 003: "Hạn chế và nguyên nhân")', () => {
      const { results } = render(danhGiaChung, { strengths: [STRENGTHS], weaknesses: [`- ${WEAKNESSES}`], titles: { weaknesses: 'Hạn chế và nguyên nhân' } });
      expect(results).toEqual(['1. Đánh giá chung', '1.1. Ưu điểm', STRENGTHS, '1.2. Hạn chế và nguyên nhân', `- ${WEAKNESSES}`]);
    });
  });

  describe('plans', () => {
    it('writes the directions prose only, never the assessment parts', () => {
      const { plans } = render(danhGiaChung, { strengths: [STRENGTHS], plans: ['Phát huy các kết quả đạt được.'] });
      expect(plans).toEqual(['1. Đánh giá chung', 'Phát huy các kết quả đạt được.']);
    });
  });
});
