/**
 * The renderer-neutral document tree. Plain data: renderers dispatch on `type`.
 * Every string in the tree is final text (figures formatted, numbers computed, NFC).
 */

/** A run of text. `\n` inside `text` is a line break, `\t` a tab. */
export type TextNode = { type: 'text'; text: string; bold?: boolean; italic?: boolean; superscript?: boolean };
/** A footnote reference; `number` is continuous over the document (1, 2, 3 …), `children` is its content. */
export type FootnoteNode = { type: 'footnote'; number: number; children: TextNode[] };
/** Inline content of paragraphs, headings and cells. */
export type InlineNode = TextNode | FootnoteNode;

/** Paragraph and cell alignment in the document tree. */
export type Alignment = 'justify' | 'left' | 'center' | 'right';

/** How a heading's number is written. */
export type NumberStyle = 'part' | 'upper-alpha' | 'roman' | 'arabic' | 'decimal' | 'alpha' | 'none';

/** A heading with its computed number (`"I."`, `"1."`, `"6.1."`, `"a)"`, `"Phần I"`). */
export type HeadingNode = {
  type: 'heading';
  /** Depth, 1 = top level of the body (parts). */
  level: number;
  style: NumberStyle;
  number: string;
  children: InlineNode[];
};

/** A paragraph: inline content, alignment and whether the first line is indented. */
export type ParagraphNode = {
  type: 'paragraph';
  children: InlineNode[];
  align: Alignment;
  /** First-line indent (body text). */
  indent: boolean;
};

/** A list item: its text marker (`-`, `+`, from the profile), its content and its nested items. */
export type ListItemNode = { marker: string; children: InlineNode[]; items: ListItemNode[] };
/** A list with text markers ("-" then "+"). */
export type ListNode = { type: 'list'; items: ListItemNode[] };

/** A table cell: its paragraphs, spans (HTML rules, at least 1), alignment and emphasis. */
export type TableCellNode = {
  /** Paragraphs of the cell. */
  paragraphs: InlineNode[][];
  colSpan: number;
  rowSpan: number;
  align: Alignment;
  bold: boolean;
  italic: boolean;
};
/** A table row; `group` marks a group heading row (printed in bold). */
export type TableRowNode = { cells: TableCellNode[]; group: boolean };
/**
 * A table. Merged cells follow HTML: a cell with `rowSpan` 2 covers the same column in the next row,
 * and that row omits it. `columns` widths are fractions summing to 1.
 */
export type TableNode = {
  type: 'table';
  columns: { width: number }[];
  headerRows: TableRowNode[];
  rows: TableRowNode[];
  caption?: InlineNode[];
};

/** A block of the body or of an appendix. */
export type BlockNode = HeadingNode | ParagraphNode | ListNode | TableNode;

/** The header block (Quốc hiệu, Tiêu ngữ, agency, number and date line). */
export type HeaderNode = {
  parentAgency?: string;
  agency: string;
  /** `Số: 05/BC-SKHCN` */
  numberLine: string;
  nationalTitle: string;
  motto: string;
  /** `Lạng Sơn, ngày 05 tháng 02 năm 2024` */
  dateLine: string;
};

/** The signature block (ND 30): the authority lines in capitals and the signer's name. */
export type SignatureNode = {
  /** Authority lines, caps: `["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]`. */
  lines: string[];
  name: string;
};

/** The "Nơi nhận:" block (`label`), an optional note, and one recipient per line. */
export type RecipientsNode = { label: string; note?: string; items: string[] };

/** An appendix (phụ lục): its label ("Phụ lục I"), title, subtitle (the document it belongs to), page orientation and blocks. Its pages are numbered from 1. */
export type AppendixNode = {
  label?: string;
  title: InlineNode[];
  subtitle?: InlineNode[];
  orientation: 'portrait' | 'landscape';
  blocks: BlockNode[];
};

/** The whole document. */
export type ReportDocument = {
  type: 'report';
  meta: { title: string; creator: string; language: 'vi-VN'; kind: string; date?: string };
  header: HeaderNode;
  /** BÁO CÁO, KẾ HOẠCH … */
  title: string;
  /** Trích yếu. */
  subject: InlineNode[];
  /** Kính gửi addressees (may be empty). */
  to: string[];
  body: BlockNode[];
  signature: SignatureNode;
  recipients: RecipientsNode;
  appendices: AppendixNode[];
};
