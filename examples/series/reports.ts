import { rollupIndicators, type Period, type ReportInput } from '@baocao-khcn/core';
import { allSections } from '@baocao-khcn/sections';
import { MONTHLY, TARGETS_2025, WRONG_CUMULATIVE_OCTOBER } from './data';
import { profile } from './profile';

const TDC = 'tieu-chuan-do-luong-chat-luong';
const SHTT = 'so-huu-tri-tue';
const ATBX = 'an-toan-buc-xa';
type Figures = { samples: number; applications: number; supportProjects: number; licences: number; facilities: number };

/** One report of the series, with the earlier reports it is composed with. */
export type SeriesExample = { id: string; input: ReportInput; history: ReportInput[] };

const common = {
  signer: { mode: 'KT' as const, for: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Lê Thị Thu Hà' },
  recipients: { items: ['Như trên;', 'Bộ Khoa học và Công nghệ (b/c);', 'Lãnh đạo Sở;', 'Lưu: VT, VP.'] },
};

function sectionsOf(f: Figures): Record<string, unknown> {
  return {
    [TDC]: { samples: { tested: f.samples }, results: ['Duy trì hoạt động kiểm định, hiệu chuẩn, thử nghiệm theo nhu cầu của tổ chức, cá nhân.'] },
    [SHTT]: { applications: f.applications, supportProjects: f.supportProjects },
    [ATBX]: { licences: f.licences, facilities: f.facilities },
  };
}

/** A report of the series: a summary sentence whose figures show cùng kỳ and lũy kế, then the three areas. */
function report(period: Period, issueMonth: number, f: Figures, extra: ReportInput['body'][number]['content'] = []): ReportInput {
  const year = 'year' in period ? period.year : 2025;
  return {
    issueDate: { year, month: issueMonth },
    period,
    body: [
      {
        part: 'results',
        content: [
          ['Tiếp nhận ', { type: 'figure', value: f.applications, format: 'count', unit: 'hồ sơ đăng ký sở hữu công nghiệp', indicator: `${SHTT}/applications`, show: ['previousYear', 'cumulative'] },
            '; cấp ', { type: 'figure', value: f.licences, format: 'count', unit: 'giấy phép tiến hành công việc bức xạ', indicator: `${ATBX}/licences`, show: ['cumulative', 'plan'] }, '.'],
          ...extra,
          { type: 'section', section: TDC },
          { type: 'section', section: SHTT },
          { type: 'section', section: ATBX },
        ],
      },
      { part: 'plans', content: ['Tiếp tục thực hiện các nhiệm vụ theo kế hoạch năm 2025 đã đề ra.'] },
    ],
    sections: sectionsOf(f),
    appendices: [{ label: 'Phụ lục', title: 'BIỂU SỐ LIỆU MỘT SỐ CHỈ TIÊU CHỦ YẾU', content: [{ type: 'section', section: 'bieu-so-lieu', heading: false, data: { caption: 'Đơn vị tính: như từng chỉ tiêu' } }] }],
    ...common,
  };
}

function monthFigures(year: 2024 | 2025, m: number): Figures {
  const d = MONTHLY[year];
  return { samples: d.samples[m - 1] ?? 0, applications: d.applications[m - 1] ?? 0, supportProjects: d.supportProjects[m - 1] ?? 0, licences: d.licences[m - 1] ?? 0, facilities: d.facilities[m - 1] ?? 0 };
}

/** The monthly reports of a year. October 2025 states its lũy kế of applications by hand — wrongly. */
export function monthlyReports(year: 2024 | 2025): ReportInput[] {
  return Array.from({ length: 12 }, (_, i) => {
    const extra: ReportInput['body'][number]['content'] = year === 2025 && i === 9
      ? [['Lũy kế từ đầu năm, tiếp nhận ', { type: 'figure', value: WRONG_CUMULATIVE_OCTOBER, format: 'count', unit: 'hồ sơ', indicator: `${SHTT}/applications`, measure: 'cumulative' }, '.']]
      : [];
    return report({ kind: 'month', year, month: i + 1 }, i + 1, monthFigures(year, i + 1), extra);
  });
}

/** The 2025 plan (kế hoạch): its figures that name an indicator are the year's targets. */
export const plan2025: ReportInput = {
  kind: 'ke-hoach',
  issueDate: '2024-12-20',
  period: { kind: 'year', year: 2025 },
  subject: 'Kế hoạch hoạt động khoa học, công nghệ và đổi mới sáng tạo năm 2025',
  body: [{
    part: 'plans',
    title: 'CHỈ TIÊU CHỦ YẾU NĂM 2025',
    content: [
      ['Thử nghiệm chất lượng ', { type: 'figure', value: TARGETS_2025.samples, format: 'count', unit: 'mẫu hàng hóa', indicator: `${TDC}/samples.tested` }, '.'],
      ['Hướng dẫn, hỗ trợ ', { type: 'figure', value: TARGETS_2025.applications, format: 'count', unit: 'hồ sơ đăng ký sở hữu công nghiệp', indicator: `${SHTT}/applications` }, '.'],
      ['Quản lý, theo dõi ', { type: 'figure', value: TARGETS_2025.supportProjects, format: 'count', unit: 'dự án về sở hữu trí tuệ', indicator: `${SHTT}/supportProjects` }, '.'],
      ['Cấp ', { type: 'figure', value: TARGETS_2025.licences, format: 'count', unit: 'giấy phép tiến hành công việc bức xạ', indicator: `${ATBX}/licences` }, '; quản lý ', { type: 'figure', value: TARGETS_2025.facilities, format: 'count', unit: 'cơ sở bức xạ', indicator: `${ATBX}/facilities` }, '.'],
    ],
  }],
  ...common,
};

/** A longer report whose figures come from the monthly ones through `rollupIndicators`. */
export function rolledReport(period: Period, issueMonth: number, months: readonly ReportInput[]): ReportInput {
  const rolled = rollupIndicators(months, period, { profile, sections: allSections });
  const value = (id: string) => rolled.indicators.find((i) => i.id === id)?.value ?? 0;
  return report(period, issueMonth, {
    samples: value(`${TDC}/samples.tested`),
    applications: value(`${SHTT}/applications`),
    supportProjects: value(`${SHTT}/supportProjects`),
    licences: value(`${ATBX}/licences`),
    facilities: value(`${ATBX}/facilities`),
  });
}

/** The whole series: the plan, the twelve months of 2025, then the quarters, halves, nine months and the year. */
export function seriesExamples(): SeriesExample[] {
  const y2024 = monthlyReports(2024);
  const y2025 = monthlyReports(2025);
  const out: SeriesExample[] = [{ id: '2025-ke-hoach', input: plan2025, history: [] }];
  y2025.forEach((input, i) => out.push({ id: `2025-thang-${String(i + 1).padStart(2, '0')}`, input, history: [...y2024, ...y2025.slice(0, i), plan2025] }));
  const longer: [string, Period, number][] = [
    ['2025-quy-1', { kind: 'quarter', year: 2025, quarter: 1 }, 3],
    ['2025-quy-2', { kind: 'quarter', year: 2025, quarter: 2 }, 6],
    ['2025-6-thang', { kind: 'half', year: 2025, half: 1 }, 6],
    ['2025-quy-3', { kind: 'quarter', year: 2025, quarter: 3 }, 9],
    ['2025-9-thang', { kind: 'nine-months', year: 2025 }, 9],
    ['2025-quy-4', { kind: 'quarter', year: 2025, quarter: 4 }, 12],
    ['2025-nam', { kind: 'year', year: 2025 }, 12],
  ];
  for (const [id, period, issueMonth] of longer) out.push({ id, input: rolledReport(period, issueMonth, y2025), history: [...y2024, ...y2025, plan2025] });
  return out;
}

export { profile };
