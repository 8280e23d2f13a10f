import { z } from 'zod';
import { defineProfile } from '../../plugin/profile';
import { defineSection } from '../../plugin/section';
import type { ReportInput } from '../../model/report';
import type { Period } from '../../period/types';

/** A test profile: results and plans parts. */
export const seriesProfile = defineProfile({
  id: 'tinh-thu-series',
  name: 'Sở KH&CN tỉnh Thử',
  agency: { parent: 'UBND TỈNH THỬ', name: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', code: 'SKHCN', place: 'Thử' },
  headingScheme: ['roman', 'arabic', 'decimal'],
  parts: [
    { id: 'results', title: 'KẾT QUẢ {{upper period}}', mode: 'results' },
    { id: 'plans', title: 'NHIỆM VỤ {{upper nextPeriod}}', mode: 'plans' },
  ],
  templates: { subject: 'Báo cáo {{period}}' },
});

/** A section with one indicator of each kind and one figure without a kind. */
export const samplesSection = defineSection({
  id: 'mau-thu',
  title: 'Thử nghiệm mẫu',
  schema: z.object({
    samples: z.number().optional(),
    holders: z.number().optional(),
    dossiers: z.object({ online: z.number(), total: z.number(), rate: z.number().optional() }).optional(),
    visits: z.number().optional(),
  }),
  indicators: {
    samples: { kind: 'flow', label: 'Mẫu thử nghiệm', unit: 'mẫu' },
    holders: { kind: 'stock', label: 'Doanh nghiệp có chứng nhận', unit: 'doanh nghiệp' },
    'dossiers.rate': { kind: 'ratio', label: 'Tỷ lệ hồ sơ trực tuyến', unit: '%', parts: { part: 'dossiers.online', whole: 'dossiers.total' } },
    'dossiers.online': { kind: 'flow', label: 'Hồ sơ trực tuyến', unit: 'hồ sơ' },
    'dossiers.total': { kind: 'flow', label: 'Hồ sơ tiếp nhận', unit: 'hồ sơ' },
  },
  results: () => [],
});

/** A report of the given period with the section's data shared by id, and optional body content. */
export function reportOf(period: Period, data: Record<string, unknown>, content: unknown[] = [], kind = 'bao-cao'): ReportInput {
  return {
    kind,
    issueDate: { year: 'year' in period ? period.year : 2025, month: 12 },
    period,
    body: [{ part: 'results', content: content as ReportInput['body'][number]['content'] }],
    sections: { 'mau-thu': data },
    signer: { title: 'GIÁM ĐỐC', name: 'Nguyễn Văn A' },
    recipients: { items: ['Lưu: VT.'] },
  };
}

export const month = (year: number, m: number): Period => ({ kind: 'month', year, month: m });
export const quarter = (year: number, q: 1 | 2 | 3 | 4): Period => ({ kind: 'quarter', year, quarter: q });
