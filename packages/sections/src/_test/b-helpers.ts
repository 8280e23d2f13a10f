/**
 * Test helpers for sections 12–21 (prefix `b-`): a tiny profile, a tiny report around one section, and the
 * composed document flattened to lines of text so tests can assert exact wording.
 */
import { composeReport, defineProfile, validateReport, type AnySectionPlugin, type Diagnostic, type Period, type ReportInput } from '@baocao-khcn/core';
import type { BlockNode, InlineNode } from '@baocao-khcn/core/tree';

/**
 * A tiny profile: parts "results" (I.) and "plans" (II.), sections numbered 1., 2. …
 *
 * @example
 * composeReport(input, { profile: testProfile, sections: [keHoachTaiChinh] })
 */
export const testProfile = defineProfile({
  id: 'bac-giang-thu',
  name: 'Sở KH&CN Bắc Giang (thử)',
  agency: { parent: 'UBND TỈNH BẮC GIANG', name: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', shortName: 'Sở Khoa học và Công nghệ', code: 'KHCN', place: 'Bắc Giang' },
  headingScheme: ['roman', 'arabic', 'decimal', 'alpha'],
  parts: [
    { id: 'results', title: 'KẾT QUẢ {{upper period}}', mode: 'results' },
    { id: 'plans', title: 'NHIỆM VỤ {{upper nextPeriod}}', mode: 'plans' },
  ],
  templates: { subject: 'Kết quả công tác {{period}}, nhiệm vụ công tác {{nextPeriod}}' },
});

/**
 * Where the section goes in the tiny report.
 *
 * @example
 * const placement: Placement = { period: { kind: 'half', year: 2025, half: 1 }, title: 'Công tác phối hợp' };
 */
export type Placement = {
  /** Report period; default tháng 9/2023 (cut-off 14/9/2023). */
  period?: Period;
  /** The section block's own title. */
  title?: string;
  /** Also place the section (data shared through `sections[id]`) in an appendix. */
  appendix?: boolean;
  /** Leave the plans part empty (so checks run once, on the results block). */
  resultsOnly?: boolean;
};

/**
 * A tiny report with the section in the results part and in the plans part (data given in place), or — with
 * `appendix` — in the results part and an appendix, both reading `sections[id]`.
 *
 * @example
 * reportWith(keHoachTaiChinh, { budget: { total: 10, items: [] } })
 */
export function reportWith(section: AnySectionPlugin, data: unknown, placement: Placement = {}): ReportInput {
  const block = (withData: boolean) => ({
    type: 'section' as const,
    section: section.id,
    ...(placement.title === undefined ? {} : { title: placement.title }),
    ...(withData ? { data } : {}),
  });
  const shared = placement.appendix === true;
  return {
    issueDate: { year: 2023, month: 9 },
    period: placement.period ?? { kind: 'month', year: 2023, month: 9 },
    body: [
      { part: 'results', content: [block(!shared)] },
      { part: 'plans', content: shared || placement.resultsOnly === true ? [] : [block(true)] },
    ],
    ...(shared ? { sections: { [section.id]: data } } : {}),
    appendices: shared ? [{ label: 'Phụ lục', title: 'BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ', subtitle: '(Kèm theo Báo cáo)', orientation: 'landscape', content: [{ ...block(false), heading: false }] }] : [],
    signer: { mode: 'KT', for: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Triệu Ngọc Trung' },
    recipients: { items: ['Lưu: VT, VP.'] },
  };
}

/** The text of inline nodes (footnotes left out). */
function text(nodes: readonly InlineNode[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.text : '')).join('');
}

/**
 * Flattens tree blocks to lines: headings `"1. Title"`, paragraphs as text (`"**…**"` when all bold), list items
 * `"- …"` (nested `"  + …"`), table rows `"a | b | c"` (header rows prefixed `"# "`, group rows `"= "`; a cell's
 * paragraphs joined with `" / "`).
 *
 * @example
 * lines(document.body) // ['I. KẾT QUẢ THÁNG 9/2023', '1. Công tác kế hoạch – tài chính', 'Tổng kinh phí …']
 */
export function lines(blocks: readonly BlockNode[]): string[] {
  const out: string[] = [];
  const items = (list: { marker: string; children: InlineNode[]; items: unknown[] }[], depth: number) => {
    for (const item of list) {
      out.push(`${'  '.repeat(depth)}${item.marker} ${text(item.children)}`);
      items(item.items as typeof list, depth + 1);
    }
  };
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
        out.push(`${block.number} ${text(block.children)}`);
        break;
      case 'paragraph': {
        const bold = block.children.length > 0 && block.children.every((c) => c.type === 'text' && c.bold === true);
        out.push(bold ? `**${text(block.children)}**` : text(block.children));
        break;
      }
      case 'list':
        items(block.items, 0);
        break;
      case 'table':
        for (const row of block.headerRows) out.push(`# ${row.cells.map((c) => c.paragraphs.map(text).join(' / ')).join(' | ')}`);
        for (const row of block.rows) out.push(`${row.group ? '= ' : ''}${row.cells.map((c) => c.paragraphs.map(text).join(' / ')).join(' | ')}`);
        break;
    }
  }
  return out;
}

/**
 * What {@link render} returns.
 *
 * @example
 * const { results, plans, appendix, diagnostics }: Rendered = render(tuDo, { results: ['Một đoạn.'] });
 */
export type Rendered = {
  /** Lines of the results part, after its part heading (the section's heading first). */
  results: string[];
  /** Lines of the plans part, after its part heading. */
  plans: string[];
  /** Lines of the first appendix. */
  appendix: string[];
  /** Every diagnostic of the report. */
  diagnostics: Diagnostic[];
  /** The composed body (for assertions on nodes). */
  body: BlockNode[];
  appendixBlocks: BlockNode[];
};

/**
 * Composes the tiny report and returns its lines.
 *
 * @example
 * render(tuDo, { results: ['Một đoạn.'] }, { title: 'Công tác phối hợp' }).results
 * // → ['1. Công tác phối hợp', 'Một đoạn.']
 */
export function render(section: AnySectionPlugin, data: unknown, placement: Placement = {}): Rendered {
  const { document, diagnostics } = composeReport(reportWith(section, data, placement), { profile: testProfile, sections: [section] });
  const partStarts = document.body.flatMap((b, i) => (b.type === 'heading' && b.level === 1 ? [i] : []));
  const [first = 0, second = document.body.length] = partStarts;
  const appendixBlocks = document.appendices[0]?.blocks ?? [];
  return {
    results: lines(document.body.slice(first + 1, second)),
    plans: lines(document.body.slice(second + 1)),
    appendix: lines(appendixBlocks),
    diagnostics,
    body: document.body,
    appendixBlocks,
  };
}

/**
 * The diagnostics of the section's data, with paths relative to the data (as a section's `checks` returns them).
 * Diagnostics elsewhere in the report are returned with their full path prefixed by `"!"`.
 *
 * @example
 * sectionDiagnostics(keHoachTaiChinh, { budget: { total: 10, items: [{ label: 'A', amount: 9 }] } })
 * // → [{ code: 'ke-hoach-tai-chinh/budget-total', severity: 'warning', path: ['budget', 'total'], … }]
 */
export function sectionDiagnostics(section: AnySectionPlugin, data: unknown, placement: Placement = {}): Diagnostic[] {
  const input = reportWith(section, data, { ...placement, resultsOnly: true });
  const prefix = ['body', 0, 'content', 0, 'data'];
  return validateReport(input, { profile: testProfile, sections: [section] }).map((d) => {
    const inside = prefix.every((k, i) => d.path[i] === k);
    return inside ? { ...d, path: d.path.slice(prefix.length) } : { ...d, path: ['!', ...d.path] };
  });
}
