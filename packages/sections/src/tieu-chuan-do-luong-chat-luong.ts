import { defineAreaSection, type AreaData, type AreaSubsection, type BlockInput, type FigureInput, type InlineInput, type SectionContext } from '@baocao-khcn/core';
import type { RichText } from '@baocao-khcn/core/plugin';
import { breakdownClause, breakdownInSchema, breakdownPartSchema, checkAtMost, checkRate, checkSum, countFigure, joinClauses, numberedTable, sentence, seriesFigure, type Clause } from '@baocao-khcn/core/plugin';
import { z } from 'zod';

const ID = 'tieu-chuan-do-luong-chat-luong';

/**
 * The standard sub-areas of Tiêu chuẩn – Đo lường – Chất lượng, by key, with the titles the seeds use
 * ("6.1. Công tác Tiêu chuẩn – Chất lượng", "6.2. Công tác Đo lường"). Give them as the section's `subsections`.
 *
 * @example
 * tieuChuanDoLuongChatLuong.schema.parse({ subsections: [{ title: TDC_SUBAREA_TITLES.measurement, results: ['…'] }] })
 * TDC_SUBAREA_TITLES.standardsQuality // 'Công tác Tiêu chuẩn – Chất lượng'
 */
export const TDC_SUBAREA_TITLES = Object.freeze({
  standardsQuality: 'Công tác Tiêu chuẩn – Chất lượng',
  measurement: 'Công tác Đo lường',
  productivity: 'Công tác Năng suất chất lượng',
  barcodes: 'Công tác Mã số mã vạch',
} as const);

/**
 * A standard sub-area of Tiêu chuẩn – Đo lường – Chất lượng.
 *
 * @example
 * const key: TdcSubarea = 'measurement' // TDC_SUBAREA_TITLES[key] → 'Công tác Đo lường'
 */
export type TdcSubarea = keyof typeof TDC_SUBAREA_TITLES;

const SUBAREAS = Object.keys(TDC_SUBAREA_TITLES) as TdcSubarea[];

/** Other titles provinces give the same sub-area (compared without case, dashes unified). */
const ALIASES: Record<TdcSubarea, string[]> = {
  standardsQuality: ['tiêu chuẩn - chất lượng', 'quản lý tiêu chuẩn - chất lượng', 'quản lý chất lượng', 'công tác quản lý chất lượng'],
  measurement: ['đo lường', 'quản lý đo lường', 'công tác quản lý đo lường'],
  productivity: ['năng suất chất lượng', 'công tác nâng cao năng suất và chất lượng', 'nâng cao năng suất và chất lượng'],
  barcodes: ['mã số mã vạch', 'mã số, mã vạch', 'công tác mã số, mã vạch'],
};

const instrumentSchema = z.object({
  label: z.string().min(1).meta({ title: 'Loại phương tiện đo', description: 'Loại phương tiện đo như trong báo cáo, ví dụ "cột đo xăng dầu", "cân các loại".' }),
  count: z.number().int().nonnegative().meta({ title: 'Số lượng', description: 'Số phương tiện đo được kiểm định, hiệu chuẩn.' }),
  unit: z.string().min(1).meta({ title: 'Đơn vị tính', description: 'Đơn vị tính, ví dụ "cột", "cái", "điểm đo".' }),
});

const figures = {
  instruments: z
    .object({
      items: z.array(instrumentSchema).min(1).meta({ title: 'Các loại phương tiện đo', description: 'Phương tiện đo được kiểm định, hiệu chuẩn, theo từng loại.' }),
      total: z.number().int().nonnegative().optional().meta({ title: 'Tổng số ghi tay', description: 'Tổng số ghi tay trong báo cáo; được đối chiếu với tổng các loại.' }),
      layout: z.enum(['text', 'table']).optional().meta({ title: 'Cách trình bày', description: 'Viết các loại trong câu ("text", mặc định) hoặc thành bảng ("table").' }),
    })
    .optional()
    .meta({ title: 'Kiểm định, hiệu chuẩn', description: 'Phương tiện đo được kiểm định, hiệu chuẩn (viết trong mục Đo lường).' }),
  scales: z
    .object({
      checked: z.number().int().nonnegative().meta({ title: 'Mã cân kiểm tra', description: 'Số mã cân được kiểm tra tại các điểm cân đối chứng.' }),
      correct: z.number().int().nonnegative().meta({ title: 'Mã cân đúng', description: 'Số mã cân đúng.' }),
      incorrect: z.number().int().nonnegative().meta({ title: 'Mã cân sai', description: 'Số mã cân sai.' }),
      correctPercent: z.number().nonnegative().optional().meta({ title: 'Tỷ lệ đúng (%)', description: 'Tỷ lệ mã cân đúng như báo cáo ghi (97.92 cho 97,92%).' }),
      incorrectPercent: z.number().nonnegative().optional().meta({ title: 'Tỷ lệ sai (%)', description: 'Tỷ lệ mã cân sai như báo cáo ghi (2.08 cho 2,08%).' }),
    })
    .optional()
    .meta({ title: 'Cân đối chứng', description: 'Mã cân đúng, sai tại các điểm cân đối chứng (viết trong mục Đo lường).' }),
  importLots: z
    .object({
      total: z.number().int().nonnegative().meta({ title: 'Số lô hàng', description: 'Số lô hàng nhập khẩu đăng ký kiểm tra chất lượng.' }),
      breakdown: z.array(breakdownPartSchema).optional().meta({ title: 'Chia theo mặt hàng', description: 'Số lô theo mặt hàng, ví dụ "Đồ chơi trẻ em", "Thép"; cộng lại phải bằng tổng số.' }),
      breakdownIn: breakdownInSchema.optional().meta({ title: 'Nơi ghi chi tiết', description: 'Ghi chi tiết ở chú thích cuối trang ("footnote", mặc định) hoặc trong ngoặc đơn ("text").' }),
    })
    .optional()
    .meta({ title: 'Hàng hóa nhập khẩu', description: 'Kiểm tra chất lượng hàng hóa nhập khẩu (viết trong mục Tiêu chuẩn – Chất lượng).' }),
  samples: z
    .object({
      tested: z.number().int().nonnegative().meta({ title: 'Số mẫu thử nghiệm', description: 'Số mẫu hàng hóa được thử nghiệm chất lượng.' }),
      nonConforming: z.number().int().nonnegative().optional().meta({ title: 'Số mẫu không phù hợp', description: 'Số mẫu không phù hợp tiêu chuẩn công bố.' }),
    })
    .optional()
    .meta({ title: 'Mẫu thử nghiệm', description: 'Mẫu hàng hóa thử nghiệm chất lượng (viết trong mục Tiêu chuẩn – Chất lượng).' }),
};

type Data = AreaData<typeof figures>;
/** What the generated figures need of the context: the profile (which figures it wants annotated) and the section id. */
type Series = Pick<SectionContext, 'profile' | 'section'>;

/**
 * Tiêu chuẩn – Đo lường – Chất lượng: import quality inspection, quality testing of samples, verification of
 * measuring instruments, reference scales; with the standard sub-areas {@link TDC_SUBAREA_TITLES} as `subsections`.
 *
 * Figures: `importLots` (`total`, `breakdown`, `breakdownIn`) and `samples` (`tested`, `nonConforming`) are written
 * under the Tiêu chuẩn – Chất lượng sub-area, `instruments` (`items` of label/count/unit, `total`, `layout`) and
 * `scales` (`checked`, `correct`, `incorrect`, `correctPercent`, `incorrectPercent`) under Đo lường — before that
 * sub-area's prose when the report has it (matched by title), otherwise before the section's prose.
 *
 * Checks: `…/instruments-total` (stated total ≠ sum of the kinds), `…/scales-sum` (đúng + sai ≠ tổng),
 * `…/scales-percent` (a stated percentage ≠ the computed one; core's `figure/percent-mismatch` fires too, through the
 * figure's `ratio`), `…/import-lots-sum` (lots by kind ≠ total), `…/samples-exceed` (more non-conforming samples than
 * tested).
 *
 * @example
 * tieuChuanDoLuongChatLuong.results({
 *   importLots: { total: 840, breakdown: [{ label: 'Đồ chơi trẻ em', value: 301 }, { label: 'Đồ điện các loại', value: 493 }, { label: 'Thép', value: 46 }] },
 *   subsections: [{ title: TDC_SUBAREA_TITLES.standardsQuality, results: ['Ban hành hướng dẫn …'], plans: [] }], results: [], plans: [],
 * }, ctx)
 * // → heading "Công tác Tiêu chuẩn – Chất lượng" with
 * //   "Xử lý hồ sơ và cấp đăng ký kiểm tra chất lượng hàng hóa của tổ chức nhập khẩu: 840 lô¹." then "Ban hành hướng dẫn …"
 * //   footnote ¹ "Đồ chơi trẻ em: 301 lô; Đồ điện các loại: 493 lô; Thép: 46 lô."
 */
export const tieuChuanDoLuongChatLuong = defineAreaSection({
  id: ID,
  title: 'Công tác tiêu chuẩn đo lường chất lượng',
  description: 'Tiêu chuẩn đo lường chất lượng: tiêu chuẩn – chất lượng, đo lường, năng suất chất lượng, mã số mã vạch.',
  indicators: {
    'instruments.total': { kind: 'flow', label: 'Phương tiện đo được kiểm định, hiệu chuẩn', unit: 'phương tiện đo', value: (d) => instrumentsTotal(d) },
    'scales.checked': { kind: 'flow', label: 'Mã cân kiểm tra tại cân đối chứng', unit: 'mã cân' },
    'scales.correct': { kind: 'flow', label: 'Mã cân đúng', unit: 'mã cân' },
    'scales.incorrect': { kind: 'flow', label: 'Mã cân sai', unit: 'mã cân' },
    'scales.correctPercent': { kind: 'ratio', label: 'Tỷ lệ mã cân đúng', unit: '%', parts: { part: 'scales.correct', whole: 'scales.checked' } },
    'scales.incorrectPercent': { kind: 'ratio', label: 'Tỷ lệ mã cân sai', unit: '%', parts: { part: 'scales.incorrect', whole: 'scales.checked' } },
    'importLots.total': { kind: 'flow', label: 'Lô hàng nhập khẩu đăng ký kiểm tra chất lượng', unit: 'lô' },
    'samples.tested': { kind: 'flow', label: 'Mẫu hàng hóa thử nghiệm', unit: 'mẫu' },
    'samples.nonConforming': { kind: 'flow', label: 'Mẫu hàng hóa không phù hợp', unit: 'mẫu' },
  },
  figures,
  // Figures of a sub-area the report does not give are written before the section's prose …
  summarize: (data, ctx) => {
    const groups = generated(data, ctx);
    const placed = placedSubareas(data.subsections);
    return SUBAREAS.filter((key) => !placed.has(key)).flatMap((key) => groups[key]);
  },
  // … and those of a sub-area it gives, first in that sub-area.
  subsections: (data, ctx) => withSubareaFigures(data, ctx),
  checks: (data, ctx) => {
    const { instruments, scales, importLots, samples } = data;
    const out = [
      ...checkSum(
        `${ID}/instruments-total`,
        instruments?.items.map((i) => ({ value: i.count })),
        instruments?.total,
        ['instruments', 'total'],
        'Tổng các loại phương tiện đo',
        'tổng số ghi',
      ),
      ...checkSum(`${ID}/import-lots-sum`, importLots?.breakdown, importLots?.total, ['importLots', 'breakdown'], 'Tổng số lô theo nhóm hàng', 'tổng số lô'),
      ...checkAtMost(
        `${ID}/samples-exceed`,
        { value: samples?.nonConforming, path: ['samples', 'nonConforming'], label: 'Số mẫu không phù hợp' },
        { value: samples?.tested, label: 'số mẫu thử nghiệm' },
      ),
    ];
    if (scales !== undefined) {
      if (scales.correct + scales.incorrect !== scales.checked) {
        out.push({
          code: `${ID}/scales-sum`,
          severity: 'warning',
          path: ['scales', 'checked'],
          message: `Mã cân đúng (${ctx.format.number(scales.correct)}) cộng mã cân sai (${ctx.format.number(scales.incorrect)}) bằng ${ctx.format.number(scales.correct + scales.incorrect)}, khác tổng số mã cân (${ctx.format.number(scales.checked)}).`,
        });
      }
      out.push(...checkRate(`${ID}/scales-percent`, scales.correctPercent, scales.correct, scales.checked, ['scales', 'correctPercent']));
      out.push(...checkRate(`${ID}/scales-percent`, scales.incorrectPercent, scales.incorrect, scales.checked, ['scales', 'incorrectPercent']));
    }
    return out;
  },
});

/** The blocks generated from the figures, by the sub-area they belong to. */
function generated(data: Data, ctx: Series): Record<TdcSubarea, BlockInput[]> {
  return {
    standardsQuality: [...importLotsBlocks(data.importLots, ctx), ...samplesBlocks(data.samples, ctx)],
    measurement: [...instrumentsBlocks(data.instruments, ctx), ...scalesBlocks(data.scales, ctx)],
    productivity: [],
    barcodes: [],
  };
}

/** The sub-areas with each group of generated blocks put first in the first sub-area whose title matches. */
function withSubareaFigures(data: Data, ctx: Series): AreaSubsection[] {
  const groups = generated(data, ctx);
  const done = new Set<TdcSubarea>();
  return data.subsections.map((s) => {
    const key = subareaOf(s.title);
    if (key === undefined || done.has(key)) return s;
    done.add(key);
    return groups[key].length === 0 ? s : { ...s, results: [...groups[key], ...s.results] };
  });
}

function placedSubareas(subsections: readonly { title: RichText }[]): Set<TdcSubarea> {
  return new Set(subsections.map((s) => subareaOf(s.title)).filter((k): k is TdcSubarea => k !== undefined));
}

function subareaOf(title: RichText): TdcSubarea | undefined {
  const text = normalize(typeof title === 'string' ? title : title.map((i) => (typeof i === 'string' ? i : i.type === 'text' ? i.text : '')).join(''));
  return SUBAREAS.find((key) => normalize(TDC_SUBAREA_TITLES[key]) === text || ALIASES[key].includes(text));
}

function normalize(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('vi').replace(/[–—‐-]/g, '-').replace(/\s*-\s*/g, ' - ').replace(/\s+/g, ' ').replace(/[\s:.;]+$/, '').trim();
}

/** "Xử lý hồ sơ và cấp đăng ký kiểm tra chất lượng hàng hóa của tổ chức nhập khẩu: 1.119 lô¹." (seed 000) */
function importLotsBlocks(lots: Data['importLots'], ctx: Series): BlockInput[] {
  if (lots === undefined) return [];
  const lead: Clause = ['xử lý hồ sơ và cấp đăng ký kiểm tra chất lượng hàng hóa của tổ chức nhập khẩu: ', seriesFigure(countFigure(lots.total, 'lô'), 'importLots.total', ctx)];
  const parts = lots.breakdown ?? [];
  if (parts.length === 0) return [sentence([lead]) ?? []];
  const detail = breakdownClause(parts, { unit: 'lô', labelSeparator: ': ' });
  if (lots.breakdownIn === 'text') return [sentence([[...lead, ' (', ...detail, ')']]) ?? []];
  const note: InlineInput = { type: 'footnote', content: sentence([detail]) ?? [] };
  return [sentence([[...lead, note]]) ?? []];
}

/**
 * "Thử nghiệm chất lượng 09 mẫu hàng hóa, kết quả: 06/09 mẫu không phù hợp." (seed 000); none non-conforming is
 * "các mẫu đều phù hợp", or "0/09 mẫu không phù hợp" when the profile wants that figure annotated.
 */
function samplesBlocks(samples: Data['samples'], ctx: Series): BlockInput[] {
  if (samples === undefined) return [];
  const tested: Clause = ['thử nghiệm chất lượng ', seriesFigure(countFigure(samples.tested, 'mẫu hàng hóa'), 'samples.tested', ctx)];
  const { nonConforming } = samples;
  if (nonConforming === undefined) return [sentence([tested]) ?? []];
  // Annotated, the words after the number are its unit ("06/09 mẫu không phù hợp, lũy kế 20 mẫu không phù hợp").
  const annotated = seriesFigure({ type: 'figure', value: nonConforming, format: 'count', of: samples.tested, unit: 'mẫu không phù hợp' }, 'samples.nonConforming', ctx);
  const plain: Clause = nonConforming === 0 ? ['kết quả: các mẫu đều phù hợp'] : ['kết quả: ', { type: 'figure', value: nonConforming, format: 'count', of: samples.tested, unit: 'mẫu' }, ' không phù hợp'];
  const result: Clause = annotated.show === undefined ? plain : ['kết quả: ', annotated];
  return [sentence([tested, result], ', ') ?? []];
}

/** "Kiểm định, hiệu chuẩn 498 phương tiện đo các loại, gồm: cột đo xăng dầu 360 cột; …" or a table. */
function instrumentsBlocks(instruments: Data['instruments'], ctx: Series): BlockInput[] {
  if (instruments === undefined) return [];
  const { items, total } = instruments;
  if (instruments.layout === 'table') {
    const lead: Clause =
      total === undefined
        ? ['Kết quả kiểm định, hiệu chuẩn phương tiện đo:']
        : ['Kiểm định, hiệu chuẩn ', seriesFigure(countFigure(total, 'phương tiện đo các loại'), 'instruments.total', ctx), ':'];
    return [
      lead,
      numberedTable({
        numberWidth: 0.08,
        columns: [{ title: 'Phương tiện đo', width: 0.52 }, { title: 'Số lượng', width: 0.2, align: 'right' }, { title: 'Đơn vị tính', width: 0.2, align: 'center' }],
        items: items.map((item) => [item.label, [countFigure(item.count)], item.unit]),
        ...(total === undefined ? {} : { after: [{ group: true, cells: [{ content: 'Tổng cộng', colSpan: 2 }, [countFigure(total)], ''] }] }),
      }),
    ];
  }
  const kinds = joinClauses(
    items.map((item) => [`${item.label} `, countFigure(item.count, item.unit)]),
    '; ',
  );
  const lead: Clause = total === undefined ? ['kiểm định, hiệu chuẩn phương tiện đo: '] : ['kiểm định, hiệu chuẩn ', seriesFigure(countFigure(total, 'phương tiện đo các loại'), 'instruments.total', ctx), ', gồm: '];
  return [sentence([[...lead, ...kinds]]) ?? []];
}

/** "Tổng số mã cân sử dụng tại các điểm cân đối chứng là 3.339: mã cân đúng là 3.328, mã cân sai là 71 (chiếm tỷ lệ 2,08%)." */
function scalesBlocks(scales: Data['scales'], ctx: Series): BlockInput[] {
  if (scales === undefined) return [];
  const share = (stated: number | undefined, part: number, indicator: string): Clause => {
    if (stated === undefined) return [];
    const figure: FigureInput = { type: 'figure', value: stated, format: 'percent' };
    if (scales.checked > 0) figure.ratio = { part, whole: scales.checked };
    return [' (chiếm tỷ lệ ', seriesFigure(figure, indicator, ctx), ')'];
  };
  const count = (value: number, indicator: string) => seriesFigure(countFigure(value), indicator, ctx);
  return [
    sentence([
      [
        'tổng số mã cân sử dụng tại các điểm cân đối chứng là ',
        count(scales.checked, 'scales.checked'),
        ': mã cân đúng là ',
        count(scales.correct, 'scales.correct'),
        ...share(scales.correctPercent, scales.correct, 'scales.correctPercent'),
        ', mã cân sai là ',
        count(scales.incorrect, 'scales.incorrect'),
        ...share(scales.incorrectPercent, scales.incorrect, 'scales.incorrectPercent'),
      ],
    ]) ?? [],
  ];
}

/** The instruments verified: the total written, or the sum of the kinds (for the report series). */
function instrumentsTotal(data: unknown): number | undefined {
  const instruments = (data as Data).instruments;
  return instruments === undefined ? undefined : (instruments.total ?? instruments.items.reduce((sum, item) => sum + item.count, 0));
}
