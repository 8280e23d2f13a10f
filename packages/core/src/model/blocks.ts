import { z } from 'zod';
import { emphasisShape, typeTag } from './fields';
import { inlineSchema, richTextSchema, type Inline, type InlineInput, type RichText, type RichTextInput } from './rich-text';

/**
 * Paragraph alignment. Body paragraphs are justified by default.
 *
 * @example
 * alignSchema.parse('center') // 'center'
 */
export const alignSchema = z.enum(['justify', 'left', 'center', 'right']).meta({
  title: 'Căn lề',
  description: '"justify": đều hai bên (mặc định của đoạn văn); "left": trái; "center": giữa; "right": phải.',
});
/** Paragraph alignment: `justify` (the default of body text), `left`, `center` or `right`. */
export type Align = z.infer<typeof alignSchema>;

/**
 * A paragraph of rich text.
 *
 * @example
 * paragraphSchema.parse({ type: 'paragraph', content: 'Nhiệm vụ được giao trong tháng 9/2023', bold: true })
 */
export const paragraphSchema = z.object({
  type: typeTag('paragraph', 'một đoạn văn'),
  content: richTextSchema.meta({ title: 'Nội dung', description: 'Nội dung đoạn văn: chuỗi ký tự, hoặc danh sách các đoạn chữ, số liệu, chú thích.' }),
  align: alignSchema.optional(),
  /** First-line indent (default true for body text). */
  indent: z.boolean().optional().meta({ title: 'Thụt đầu dòng', description: 'Thụt dòng đầu của đoạn; mặc định có với đoạn văn thân bài.' }),
  ...emphasisShape,
});
/** A paragraph as written in a report: rich text with alignment, first-line indent and emphasis. A plain string in a block list is a paragraph too. */
export type ParagraphBlockInput = Omit<z.input<typeof paragraphSchema>, 'content'> & { content: RichTextInput };

/** A list item: rich text, or rich text with a nested list ("-" then "+"). */
export type ListItemInput = RichTextInput | { content: RichTextInput; items?: ListItemInput[] };
/** A list item after parsing: rich text, or rich text with nested items. */
export type ListItem = RichText | { content: RichText; items?: ListItem[] };

/**
 * @example
 * listItemSchema.parse({ content: 'Xây dựng các báo cáo:', items: ['Báo cáo tháng 8;'] })
 */
export const listItemSchema: z.ZodType<ListItem, ListItemInput> = z.lazy(() =>
  z.union([
    richTextSchema,
    z.object({
      content: richTextSchema.meta({ title: 'Nội dung', description: 'Nội dung của ý.' }),
      items: z.array(listItemSchema).optional().meta({ title: 'Các ý con', description: 'Danh sách con, gạch đầu dòng "+".' }),
    }),
  ]),
);

/**
 * A "-" / "+" list. `stated` is a count written by hand for the list (checked against its length).
 *
 * @example
 * listSchema.parse({ type: 'list', stated: 2, items: ['Một', 'Hai'] })
 */
export const listSchema = z.object({
  type: typeTag('list', 'danh sách gạch đầu dòng'),
  items: z.array(listItemSchema).meta({ title: 'Các ý', description: 'Các ý của danh sách; mỗi ý là đoạn chữ, hoặc đoạn chữ kèm danh sách con.' }),
  stated: z.number().int().nonnegative().optional().meta({ title: 'Số ý ghi tay', description: 'Số ý ghi trong văn bản; được đối chiếu với số ý của danh sách.' }),
});
/** A list ("-" then "+" for nested items), with the number of items the text states, checked against the list. */
export type ListBlockInput = { type: 'list'; items: ListItemInput[]; stated?: number };

/**
 * A table cell: rich text, or rich text with spans and alignment. Multi-paragraph cells take an array of rich texts.
 *
 * @example
 * cellSchema.parse({ content: 'ĐÃ THỰC HIỆN: 04 nhiệm vụ', colSpan: 6 })
 */
export const cellSchema = z.union([
  richTextSchema,
  z.object({
    content: z.union([richTextSchema, z.array(richTextSchema)]).meta({ title: 'Nội dung ô', description: 'Nội dung của ô; ô nhiều đoạn thì viết danh sách các đoạn.' }),
    colSpan: z.number().int().min(1).optional().meta({ title: 'Số cột gộp', description: 'Số cột mà ô chiếm (gộp ô theo hàng ngang).' }),
    rowSpan: z.number().int().min(1).optional().meta({ title: 'Số dòng gộp', description: 'Số dòng mà ô chiếm (gộp ô theo chiều dọc).' }),
    align: alignSchema.optional(),
    ...emphasisShape,
  }),
]);
/** A table cell as written: rich text, several paragraphs, or an object with the content, column/row span (HTML rules), alignment and emphasis. */
export type CellInput = z.input<typeof cellSchema>;

/**
 * A table row: its cells, or an object marking a group row (e.g. "I | ĐÃ THỰC HIỆN: 04 nhiệm vụ").
 *
 * @example
 * rowSchema.parse(['1', '4502/UBND-KGVX', 'Góp ý dự thảo'])
 * rowSchema.parse({ group: true, cells: ['I', { content: 'ĐÃ THỰC HIỆN: 04 nhiệm vụ', colSpan: 6 }] })
 */
export const rowSchema = z.union([
  z.array(cellSchema),
  z.object({
    cells: z.array(cellSchema).meta({ title: 'Các ô', description: 'Các ô của dòng, từ trái sang phải.' }),
    group: z.boolean().optional().meta({ title: 'Dòng nhóm', description: 'Dòng tiêu đề của một nhóm (ví dụ "I | ĐÃ THỰC HIỆN: 04 nhiệm vụ"), in đậm.' }),
  }),
]);
/** A table row as written: a list of cells, or an object with the cells and `group: true` for a group heading row printed in bold. */
export type RowInput = z.input<typeof rowSchema>;

/**
 * A table column: its header title and its width as a fraction (widths are normalised to sum to 1).
 *
 * @example
 * columnSchema.parse({ title: 'Nội dung công việc', width: 0.4 })
 */
export const columnSchema = z.object({
  title: richTextSchema.optional().meta({ title: 'Tiêu đề cột', description: 'Tiêu đề in ở dòng đầu của bảng.' }),
  width: z.number().positive().optional().meta({ title: 'Độ rộng', description: 'Độ rộng tương đối của cột; các độ rộng được chia lại cho tổng bằng 1.' }),
  align: alignSchema.optional(),
});

/**
 * A table with header rows, merged cells and group rows.
 *
 * @example
 * tableSchema.parse({ type: 'table', columns: [{ title: 'TT', width: 0.1 }, { title: 'Nội dung', width: 0.9 }], rows: [['1', 'Góp ý dự thảo']] })
 */
export const tableSchema = z.object({
  type: typeTag('table', 'một bảng'),
  columns: z.array(columnSchema).min(1).meta({ title: 'Các cột', description: 'Các cột của bảng: tiêu đề, độ rộng, căn lề.' }),
  /** Explicit header rows (with spans); when absent, one header row is made from the column titles. */
  headerRows: z.array(rowSchema).optional().meta({ title: 'Dòng tiêu đề', description: 'Các dòng tiêu đề viết riêng (có gộp ô); khi không có, lấy tiêu đề các cột.' }),
  rows: z.array(rowSchema).meta({ title: 'Các dòng', description: 'Các dòng nội dung của bảng.' }),
  /** A caption line above the table (e.g. "Đơn vị tính: triệu đồng"). */
  caption: richTextSchema.optional().meta({ title: 'Ghi chú trên bảng', description: 'Dòng ghi chú phía trên bảng, ví dụ "Đơn vị tính: triệu đồng".' }),
});
/** A table as written: column headers and widths, header rows, body rows with merged cells and group rows, and a caption line. */
export type TableBlockInput = z.input<typeof tableSchema>;

/**
 * What the typed input needs to know of a section plugin: its id and its data schema. Every `SectionPlugin` is one.
 *
 * @example
 * const list: readonly SectionLike[] = allSections;
 */
export type SectionLike = { readonly id: string; readonly schema: z.ZodType };

/**
 * A numbered heading with its content; the number comes from the profile's scheme. `Sections` types the section
 * blocks inside it (see {@link SectionBlockInput}).
 *
 * @example
 * const heading: HeadingBlockInput = { type: 'heading', title: 'Công tác Đo lường', content: ['Kiểm định 498 phương tiện đo.'] };
 */
export type HeadingBlockInput<Sections extends readonly SectionLike[] = readonly SectionLike[]> = {
  type: 'heading';
  title: RichTextInput;
  content?: BlockInput<Sections>[];
};

/**
 * The data of one section plugin as an app writes it (before defaults), typed by the plugin's schema.
 *
 * @example
 * const research: SectionDataInput<typeof nghienCuuKhcn> = { accepted: 3, inspected: 5 };
 */
export type SectionDataInput<P extends SectionLike> = z.input<P['schema']>;

/** The section block of one plugin: its id, and data typed by its schema (any id and any data for an untyped plugin). */
export type SectionBlockOf<P extends SectionLike> = P extends SectionLike
  ? {
      type: 'section';
      /** The id of a section plugin passed to `composeReport` / `validateReport`. */
      section: string extends P['id'] ? string : P['id'];
      /** Overrides the plugin's title. */
      title?: RichTextInput;
      /** Set false to put the section's blocks directly under the current heading, without a heading of its own. */
      heading?: boolean;
      /** The section's data, checked at run time by the plugin's schema. */
      data?: string extends P['id'] ? unknown : z.input<P['schema']>;
    }
  : never;

/**
 * A section plugin instance placed in the body: its `data` is checked by the plugin's schema at run time. With the
 * plugins as `Sections` (`SectionBlockInput<typeof allSections>`) the type checker checks it too: a section id
 * that is not in the list, or a misspelt field of its data, is a type error.
 *
 * @example
 * const block: SectionBlockInput<typeof allSections> = { type: 'section', section: 'nghien-cuu-khcn', data: { accepted: 3 } };
 * // data: { acepted: 3 } → error TS2353: Object literal may only specify known properties
 */
export type SectionBlockInput<Sections extends readonly SectionLike[] = readonly SectionLike[]> = SectionBlockOf<Sections[number]>;

/**
 * A block of body content. A plain string, or an array of inline items, is a paragraph. `Sections` types the
 * section blocks (see {@link SectionBlockInput}).
 *
 * @example
 * const blocks: BlockInput[] = ['Một đoạn văn.', { type: 'list', items: ['Ý một', 'Ý hai'] }];
 */
export type BlockInput<Sections extends readonly SectionLike[] = readonly SectionLike[]> =
  | string
  | InlineInput[]
  | ParagraphBlockInput
  | ListBlockInput
  | TableBlockInput
  | HeadingBlockInput<Sections>
  | SectionBlockInput<Sections>;

/** A block of a part, section or appendix after parsing (defaults applied): a paragraph, list, table, numbered heading or section; the input form is `BlockInput`. */
export type Block =
  | string
  | Inline[]
  | z.infer<typeof paragraphSchema>
  | z.infer<typeof listSchema>
  | z.infer<typeof tableSchema>
  | { type: 'heading'; title: RichText; content?: Block[] }
  | { type: 'section'; section: string; title?: RichText; heading?: boolean; data?: unknown };

/**
 * @example
 * headingSchema.parse({ type: 'heading', title: 'Công tác Đo lường', content: ['Lập biên bản cho 13 cửa hàng xăng dầu.'] })
 */
export const headingSchema = z.object({
  type: typeTag('heading', 'một đề mục có đánh số'),
  title: richTextSchema.meta({ title: 'Tên đề mục', description: 'Tên đề mục; số thứ tự do profile đánh.' }),
  content: z
    .array(z.lazy((): z.ZodType<Block, BlockInput> => blockSchema))
    .optional()
    .meta({ title: 'Nội dung', description: 'Các khối nội dung dưới đề mục.' }),
});

/**
 * @example
 * sectionBlockSchema.parse({ type: 'section', section: 'so-huu-tri-tue', data: { results: ['…'] } })
 */
export const sectionBlockSchema = z.object({
  type: typeTag('section', 'một lĩnh vực do plugin viết nội dung'),
  section: z.string().min(1).meta({ title: 'Mã lĩnh vực', description: 'Mã (id) của plugin lĩnh vực, ví dụ "nghien-cuu-khcn".' }),
  title: richTextSchema.optional().meta({ title: 'Tên đề mục', description: 'Thay tên đề mục mặc định của lĩnh vực.' }),
  heading: z.boolean().optional().meta({ title: 'Có đề mục riêng', description: 'Đặt false để đưa nội dung vào đề mục đang có, không thêm đề mục riêng.' }),
  data: z.unknown().optional().meta({ title: 'Số liệu', description: 'Số liệu của lĩnh vực, theo lược đồ của plugin (xem `sectionJsonSchema`).' }),
});

/**
 * Any block of body content.
 *
 * @example
 * blockSchema.parse('Một đoạn văn.') // a plain string is a paragraph
 * blockSchema.parse({ type: 'list', items: ['Kiểm định', { content: 'Cân', items: ['Cân bàn'] }] })
 */
export const blockSchema: z.ZodType<Block, BlockInput> = z.union([
  z.string(),
  z.array(inlineSchema),
  z.discriminatedUnion('type', [paragraphSchema, listSchema, tableSchema, headingSchema, sectionBlockSchema]),
]) as z.ZodType<Block, BlockInput>;
