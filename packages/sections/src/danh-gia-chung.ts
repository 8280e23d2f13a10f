import { defineAreaSection, type AreaData, type AreaSubsection } from '@baocao-khcn/core';
import { proseSchema } from '@baocao-khcn/core/plugin';
import { z } from 'zod';

const DEFAULT_TITLES = { strengths: 'Ưu điểm', weaknesses: 'Hạn chế', causes: 'Nguyên nhân' } as const;
const KEYS = ['strengths', 'weaknesses', 'causes'] as const;

const figures = {
  strengths: proseSchema.meta({ title: 'Ưu điểm', description: 'Ưu điểm, kết quả nổi bật.' }),
  weaknesses: proseSchema.meta({ title: 'Hạn chế', description: 'Hạn chế, tồn tại.' }),
  causes: proseSchema.meta({ title: 'Nguyên nhân', description: 'Nguyên nhân của hạn chế, tồn tại.' }),
  titles: z
    .object({
      strengths: z.string().min(1).optional().meta({ title: 'Tiêu đề mục ưu điểm', description: `Mặc định "${DEFAULT_TITLES.strengths}".` }),
      weaknesses: z.string().min(1).optional().meta({ title: 'Tiêu đề mục hạn chế', description: `Mặc định "${DEFAULT_TITLES.weaknesses}"; ví dụ "Hạn chế và nguyên nhân".` }),
      causes: z.string().min(1).optional().meta({ title: 'Tiêu đề mục nguyên nhân', description: `Mặc định "${DEFAULT_TITLES.causes}".` }),
    })
    .optional()
    .meta({ title: 'Tiêu đề các mục', description: 'Thay tiêu đề mặc định của các mục đánh giá.' }),
};

type Data = AreaData<typeof figures>;

/** The assessment parts as titled sub-areas, before the report's own sub-areas. */
function withAssessment(data: Data): AreaSubsection[] {
  const parts = KEYS.filter((key) => data[key].length > 0).map((key) => ({
    title: data.titles?.[key] ?? DEFAULT_TITLES[key],
    results: data[key],
    plans: [],
  }));
  return [...parts, ...data.subsections];
}

/**
 * Đánh giá chung — the general assessment. A plain assessment is the shared `results` prose (seed 000, "I. ĐÁNH
 * GIÁ CHUNG" is one paragraph); `strengths`, `weaknesses` and `causes` become numbered sub-headings "Ưu điểm",
 * "Hạn chế", "Nguyên nhân" after it (seed 003, "B. ĐÁNH GIÁ CHUNG" with "1. Ưu điểm", "2. Hạn chế và nguyên nhân" —
 * rename through `titles`). Empty parts are left out. Placed in a part of its own, use the section block with
 * `heading: false` so the part title is the only heading. No cross-field checks.
 *
 * @example
 * // data: { strengths: ['Ngay từ đầu năm, Lãnh đạo Sở chỉ đạo quyết liệt …'],
 * //         weaknesses: ['- Công tác quản lý khoa học: …'], titles: { weaknesses: 'Hạn chế và nguyên nhân' } }
 * // results →
 * //   "1. Ưu điểm"
 * //   "Ngay từ đầu năm, Lãnh đạo Sở chỉ đạo quyết liệt …"
 * //   "2. Hạn chế và nguyên nhân"
 * //   "- Công tác quản lý khoa học: …"
 */
export const danhGiaChung = defineAreaSection({
  id: 'danh-gia-chung',
  title: 'Đánh giá chung',
  description: 'Đánh giá chung: một đoạn đánh giá, hoặc các mục Ưu điểm, Hạn chế, Nguyên nhân.',
  figures,
  subsections: (data) => withAssessment(data),
});
