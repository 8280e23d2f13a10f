/**
 * Helpers for this package's tests (not exported from the package): literal tree builders and
 * rendering of a few blocks without the rest of a document.
 */
import type { ReportDocument } from '@baocao-khcn/core';
import type { BlockNode, InlineNode, TableCellNode, TextNode } from '@baocao-khcn/core/tree';
import type { BlockContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { footnoteDefinitions } from './handle/footnotes';
import type { RenderMarkdownOptions } from './options';
import { resolveOptions } from './options';
import { serialiseOptions } from './render';
import type { State } from './state';
import { createState } from './to-mdast';

/** A text run. */
export function t(text: string, style: Partial<Pick<TextNode, 'bold' | 'italic' | 'superscript'>> = {}): TextNode {
  return { type: 'text', text, ...style };
}

/** A table cell with one paragraph. */
export function cell(text: string, props: Partial<TableCellNode> = {}): TableCellNode {
  return { paragraphs: [[t(text)]], colSpan: 1, rowSpan: 1, align: 'left', bold: false, italic: false, ...props };
}

/** A body paragraph. */
export function p(...children: InlineNode[]): BlockNode {
  return { type: 'paragraph', align: 'justify', indent: true, children };
}

/** Serialises mdast blocks with the package's settings. */
export function serialise(nodes: BlockContent[], options?: RenderMarkdownOptions): string {
  return toMarkdown({ type: 'root', children: nodes }, serialiseOptions(resolveOptions(options)));
}

/** Runs `fn` with a fresh state and serialises what it returns, plus the footnote definitions met. */
export function renderWith(fn: (state: State) => BlockContent[], options?: RenderMarkdownOptions): string {
  const state = createState(resolveOptions(options));
  const blocks = fn(state);
  return toMarkdown({ type: 'root', children: [...blocks, ...footnoteDefinitions(state)] }, serialiseOptions(state.options));
}

/** Renders body blocks alone (with their footnote definitions). */
export function renderBlocks(blocks: BlockNode[], options?: RenderMarkdownOptions): string {
  return renderWith((state) => state.blocks(blocks), options);
}

/** A small complete document; `overrides` replace top-level fields. */
export function documentOf(overrides: Partial<ReportDocument> = {}): ReportDocument {
  return {
    type: 'report',
    meta: { title: 'Báo cáo', creator: 'Sở KH&CN', language: 'vi-VN', kind: 'bao-cao' },
    header: {
      parentAgency: 'UBND TỈNH LẠNG SƠN',
      agency: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      numberLine: 'Số: 05/BC-SKHCN',
      nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      dateLine: 'Lạng Sơn, ngày 05 tháng 02 năm 2024',
    },
    title: 'BÁO CÁO',
    subject: [t('Kết quả công tác tháng 9/2023')],
    to: [],
    body: [],
    signature: { lines: ['GIÁM ĐỐC'], name: 'Nguyễn Văn A' },
    recipients: { label: 'Nơi nhận:', items: ['Như trên;', 'Lưu: VT, VP.'] },
    appendices: [],
    ...overrides,
  };
}
