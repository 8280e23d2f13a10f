/**
 * Test helpers for sections 1–11 (prefix `a-`): a tiny Lạng Sơn-like profile, and functions that compose a one-section
 * report and return its body as plain lines ("1. Công tác tham mưu", "- Quyết định số …"), footnotes and
 * diagnostics with paths relative to the section data.
 */
import { composeReport, defineProfile, validateReport, type AnySectionPlugin, type Diagnostic, type ReportInput } from '@baocao-khcn/core';
import type { BlockNode, InlineNode } from '@baocao-khcn/core/tree';

/** A profile with a results part (II.) and a plans part (III.), like the Lạng Sơn seeds. */
export const testProfile = defineProfile({
  id: 'a-test',
  name: 'Sở KH&CN thử nghiệm',
  agency: { parent: 'UBND TỈNH LẠNG SƠN', name: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', shortName: 'Sở Khoa học và Công nghệ', code: 'SKHCN', place: 'Lạng Sơn' },
  headingScheme: ['roman', 'arabic', 'decimal', 'alpha'],
  parts: [
    { id: 'results', title: 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ {{upper period}}', mode: 'results' },
    { id: 'plans', title: 'PHƯƠNG HƯỚNG, NHIỆM VỤ {{upper nextPeriod}}', mode: 'plans' },
  ],
  templates: { subject: 'Kết quả hoạt động khoa học và công nghệ {{period}}' },
});

/** The period the tests report on unless told otherwise: 9 tháng đầu năm 2022 (cut-off 14/9/2022). */
export const NINE_MONTHS_2022 = { kind: 'nine-months', year: 2022 } as const;

type Period = ReportInput['period'];

/** A report with the section once in the results part and once in the plans part. */
export function reportWith(section: AnySectionPlugin, data: unknown, period: Period = NINE_MONTHS_2022): ReportInput {
  const year = 'year' in period ? period.year : 2025;
  return {
    issueDate: { year, month: 12 },
    period,
    body: [
      { part: 'results', content: [{ type: 'section', section: section.id, data: data as Record<string, unknown> }] },
      { part: 'plans', content: [{ type: 'section', section: section.id, data: data as Record<string, unknown> }] },
    ],
    signer: { title: 'GIÁM ĐỐC', name: 'Nguyễn Thị Hà' },
    recipients: { items: ['Như trên;', 'Lưu: VT.'] },
  };
}

/** What a composed section looks like as text. */
export type Rendered = {
  /** The section's lines, from its own heading on (the part heading is left out). */
  results: string[];
  plans: string[];
  /** Footnotes in order, as `"1. text"`. */
  footnotes: string[];
  /** Every diagnostic, paths relative to the section data when they point inside it. */
  diagnostics: Diagnostic[];
};

/**
 * Composes a report holding the section and returns its text.
 *
 * @example
 * render(sangKien, { reviewed: 4, recognized: 4 }).results
 * // → ['1. Công tác sáng kiến, hội thi sáng tạo kỹ thuật', 'Tổ chức họp đánh giá 04 hồ sơ …']
 */
export function render(section: AnySectionPlugin, data: unknown, period: Period = NINE_MONTHS_2022): Rendered {
  const { document, diagnostics } = composeReport(reportWith(section, data, period), { profile: testProfile, sections: [section] });
  const parts: string[][] = [];
  const footnotes: string[] = [];
  for (const block of document.body) {
    if (block.type === 'heading' && block.level === 1) {
      parts.push([]);
      continue;
    }
    parts[parts.length - 1]?.push(...lines(block, footnotes));
  }
  return { results: parts[0] ?? [], plans: parts[1] ?? [], footnotes, diagnostics: relative(diagnostics) };
}

/**
 * The diagnostics of a report holding the section once, paths relative to the section data.
 *
 * @example
 * diagnose(sangKien, { reviewed: 1, recognized: 2 }) // → [{ code: 'sang-kien/recognized-exceeds-reviewed', path: ['recognized'], … }]
 */
export function diagnose(section: AnySectionPlugin, data: unknown, period: Period = NINE_MONTHS_2022): Diagnostic[] {
  const input = reportWith(section, data, period);
  input.body = input.body.slice(0, 1);
  return relative(validateReport(input, { profile: testProfile, sections: [section] }));
}

/** Diagnostic codes only (for short assertions). */
export function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => d.code);
}

const DATA_PREFIX = ['body', 0, 'content', 0, 'data'] as const;

function relative(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.map((d) => {
    const inside = DATA_PREFIX.every((key, i) => d.path[i] === key);
    return inside ? { ...d, path: d.path.slice(DATA_PREFIX.length) } : d;
  });
}

/** Plain text of inline nodes; a footnote reference is written `[n]` and its text collected. */
export function inlineText(nodes: readonly InlineNode[], footnotes: string[] = []): string {
  return nodes
    .map((n) => {
      if (n.type === 'text') return n.text;
      footnotes.push(`${n.number}. ${n.children.map((c) => c.text).join('')}`);
      return `[${n.number}]`;
    })
    .join('');
}

function lines(block: BlockNode, footnotes: string[]): string[] {
  switch (block.type) {
    case 'heading':
      return [`${block.number} ${inlineText(block.children, footnotes)}`];
    case 'paragraph':
      return [inlineText(block.children, footnotes)];
    case 'list': {
      const out: string[] = [];
      const walk = (items: typeof block.items, depth: number) => {
        for (const item of items) {
          out.push(`${'  '.repeat(depth)}${item.marker} ${inlineText(item.children, footnotes)}`);
          walk(item.items, depth + 1);
        }
      };
      walk(block.items, 0);
      return out;
    }
    case 'table':
      return [...block.headerRows, ...block.rows].map(
        (row) => `| ${row.cells.map((c) => c.paragraphs.map((p) => inlineText(p, footnotes)).join(' / ')).join(' | ')} |`,
      );
  }
}
