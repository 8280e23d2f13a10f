import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { composeReport, defineAreaSection, validateReport, type ReportInput } from '@baocao-khcn/core';
import { countFigure, optionalCount, sentence, taskSchema } from '@baocao-khcn/core/plugin';
import { describeDocument } from '@baocao-khcn/core/format';
import type { BlockNode, InlineNode } from '@baocao-khcn/core/tree';
import { profile } from './fixtures';

const text = (nodes: readonly InlineNode[]) => nodes.map((n) => (n.type === 'text' ? n.text : '')).join('');
const lines = (blocks: readonly BlockNode[]) =>
  blocks.map((b) => (b.type === 'heading' ? `${b.number} ${text(b.children)}` : b.type === 'paragraph' ? text(b.children) : b.type === 'table' ? `table ${b.rows.length}` : b.type));

const measuring = defineAreaSection({
  id: 'do-luong-thu',
  title: 'Công tác đo lường',
  figures: { verified: optionalCount('Phương tiện đo đã kiểm định.'), strengths: z.array(z.string()).default([]) },
  summarize: (data) => (data.verified === undefined ? [] : [sentence([['kiểm định ', countFigure(data.verified, 'phương tiện đo')]]) ?? []]),
  subsections: (data, ctx) => [
    ...(data.strengths.length > 0 ? [{ title: 'Ưu điểm', results: data.strengths, plans: [] }] : []),
    ...data.subsections.map((s, i) => (i === 0 && ctx.mode !== 'plans' ? { ...s, results: ['Trước nội dung mục con.', ...s.results] } : s)),
  ],
  appendix: (data) => [{ type: 'table', columns: [{ title: 'Số phương tiện đo' }], rows: [[String(data.verified ?? 0)]] }],
});

function report(data: Record<string, unknown>): ReportInput {
  return {
    issueDate: { year: 2022, month: 8 },
    period: { kind: 'nine-months', year: 2022 },
    opening: [],
    body: [
      { part: 'results', content: [{ type: 'section', section: 'do-luong-thu' }] },
      { part: 'plans', content: [{ type: 'section', section: 'do-luong-thu' }] },
    ],
    sections: { 'do-luong-thu': data },
    appendices: [{ title: 'PHỤ LỤC', subtitle: '(Kèm theo Báo cáo)', content: [{ type: 'section', section: 'do-luong-thu', heading: false }] }],
    signer: { title: 'GIÁM ĐỐC', name: 'Nguyễn Thị Hà' },
    recipients: { items: ['Như trên;', 'Lưu: VT.'] },
  };
}

describe('defineAreaSection', () => {
  it('renders generated sentences, prose, then the sub-areas the spec arranges; the appendix has its own renderer', () => {
    const { document, diagnostics } = composeReport(
      report({
        verified: 498,
        strengths: ['Hoàn thành kế hoạch kiểm định.'],
        results: ['Nội dung chung.'],
        plans: ['Tiếp tục kiểm định.'],
        subsections: [{ title: 'Cân đối chứng', results: ['Duy trì 12 điểm cân.'], plans: ['Duy trì điểm cân.'] }],
      }),
      { profile, sections: [measuring] },
    );
    expect(diagnostics).toEqual([]);
    expect(lines(document.body)).toEqual([
      'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 9 THÁNG ĐẦU NĂM 2022',
      '1. Công tác đo lường',
      'Kiểm định 498 phương tiện đo.',
      'Nội dung chung.',
      '1.1. Ưu điểm',
      'Hoàn thành kế hoạch kiểm định.',
      '1.2. Cân đối chứng',
      'Trước nội dung mục con.',
      'Duy trì 12 điểm cân.',
      'II. PHƯƠNG HƯỚNG, NHIỆM VỤ 3 THÁNG CUỐI NĂM 2022',
      '1. Công tác đo lường',
      'Tiếp tục kiểm định.',
      '1.1. Cân đối chứng',
      'Duy trì điểm cân.',
    ]);
    expect(lines(document.appendices[0]?.blocks ?? [])).toEqual(['table 1']);
  });

  it('keeps the data sub-areas when the spec does not arrange them, and shows the results in an appendix', () => {
    const plain = defineAreaSection({ id: 'do-luong-thu', title: 'Công tác đo lường', figures: {} });
    expect(plain.appendix).toBeUndefined();
    const { document } = composeReport(report({ results: ['A.'], subsections: [{ title: 'Cân', results: ['B.'] }] }), { profile, sections: [plain] });
    expect(lines(document.appendices[0]?.blocks ?? [])).toEqual(['A.', 'I. Cân', 'B.']);
  });
});

describe('dates inside section data', () => {
  it('are refused as date/invalid at their path when they do not exist', () => {
    const tasks = defineAreaSection({ id: 'nhiem-vu-thu', title: 'Nhiệm vụ', figures: { tasks: z.array(taskSchema).default([]) } });
    const input = report({});
    input.body = [{ part: 'results', content: [{ type: 'section', section: 'nhiem-vu-thu', data: { tasks: [{ content: 'A', deadline: '2022-02-30' }] } }] }];
    input.appendices = [];
    expect(validateReport(input, { profile, sections: [tasks] })).toEqual([
      { code: 'date/invalid', severity: 'error', path: ['body', 0, 'content', 0, 'data', 'tasks', 0, 'deadline'], message: 'Ngày "2022-02-30" không có thật.' },
    ]);
  });
});

describe('describeDocument', () => {
  it('writes a document reference as running text', () => {
    expect(
      describeDocument({ kind: 'Công văn', number: '1506/SKHĐT-THKTXH', date: '2022-08-03', issuer: 'Sở Kế hoạch và Đầu tư', subject: 'về việc báo cáo tình hình kinh tế - xã hội 9 tháng' }),
    ).toBe('Công văn số 1506/SKHĐT-THKTXH ngày 03/8/2022 của Sở Kế hoạch và Đầu tư về việc báo cáo tình hình kinh tế - xã hội 9 tháng');
    expect(describeDocument({ number: '45/KH-UBND' })).toBe('số 45/KH-UBND');
    expect(describeDocument({ kind: 'Quyết định', number: '12/QĐ-UBND', date: '2022-02-30' })).toBe('Quyết định số 12/QĐ-UBND');
  });
});
