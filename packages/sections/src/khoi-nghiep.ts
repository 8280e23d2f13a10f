import { defineAreaSection } from '@baocao-khcn/core';
import { afterFigure, countFigure, joinClauses, optionalCount, paragraph, sentence, seriesFigure } from '@baocao-khcn/core/plugin';
import type { FigureInput } from '@baocao-khcn/core';

/**
 * Khởi nghiệp đổi mới sáng tạo: the start-up ecosystem support (Đề án 844, khu làm việc chung, Techfest): contests,
 * trainings and the people they reached.
 *
 * Figures: `contests` (cuộc thi khởi nghiệp ĐMST), `trainings` (lớp đào tạo, tập huấn), `participants` (lượt người
 * tham gia).
 *
 * @example
 * khoiNghiep.results({ contests: 1, trainings: 2, participants: 120, results: [], plans: [], subsections: [] }, ctx)
 * // → "Tổ chức 01 cuộc thi khởi nghiệp đổi mới sáng tạo, 02 lớp đào tạo, tập huấn về khởi nghiệp đổi mới sáng tạo
 * //    với 120 lượt người tham gia."
 */
export const khoiNghiep = defineAreaSection({
  id: 'khoi-nghiep',
  title: 'Công tác hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo',
  description: 'Khởi nghiệp đổi mới sáng tạo: hệ sinh thái khởi nghiệp, cuộc thi, đào tạo, khu làm việc chung.',
  indicators: {
    contests: { kind: 'flow', label: 'Cuộc thi khởi nghiệp đổi mới sáng tạo', unit: 'cuộc thi' },
    trainings: { kind: 'flow', label: 'Lớp tập huấn, hội thảo về khởi nghiệp', unit: 'lớp' },
    participants: { kind: 'flow', label: 'Lượt người tham gia hoạt động khởi nghiệp', unit: 'lượt người' },
  },
  figures: {
    contests: optionalCount({ title: 'Cuộc thi khởi nghiệp', description: 'Số cuộc thi khởi nghiệp đổi mới sáng tạo đã tổ chức.' }),
    trainings: optionalCount({ title: 'Lớp tập huấn, hội thảo', description: 'Số lớp tập huấn, hội thảo về khởi nghiệp đổi mới sáng tạo đã tổ chức.' }),
    participants: optionalCount({ title: 'Lượt người tham gia', description: 'Số lượt người tham gia các hoạt động trên.' }),
  },
  summarize: (data, ctx) => {
    const events: FigureInput[] = [
      ...(data.contests === undefined ? [] : [seriesFigure(countFigure(data.contests, 'cuộc thi khởi nghiệp đổi mới sáng tạo'), 'contests', ctx)]),
      ...(data.trainings === undefined ? [] : [seriesFigure(countFigure(data.trainings, 'lớp đào tạo, tập huấn về khởi nghiệp đổi mới sáng tạo'), 'trainings', ctx)]),
    ];
    const reach = data.participants === undefined ? undefined : seriesFigure(countFigure(data.participants, 'lượt người tham gia'), 'participants', ctx);
    const last = events.at(-1);
    if (last !== undefined) {
      return paragraph([sentence([['tổ chức ', ...joinClauses(events.map((e) => [e]), ', '), ...(reach === undefined ? [] : [afterFigure(last, ' với '), reach])]])]);
    }
    if (reach !== undefined) return paragraph([sentence([['các hoạt động hỗ trợ khởi nghiệp đổi mới sáng tạo thu hút ', reach]])]);
    return [];
  },
});
