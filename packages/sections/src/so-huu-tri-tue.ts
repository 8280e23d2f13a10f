import { defineAreaSection } from '@baocao-khcn/core';
import { countFigure, joinClauses, optionalCount, paragraph, sentence, seriesFigure } from '@baocao-khcn/core/plugin';

/**
 * Sở hữu trí tuệ: projects supporting intellectual property (Đề án, Chương trình phát triển tài sản trí tuệ),
 * applications for industrial property rights guided or received, titles of protection granted, and the collective
 * marks and geographical indications built or managed.
 *
 * Figures: `supportProjects`, `applications`, `granted`, `collectiveMarks`, `geographicalIndications`.
 *
 * @example
 * soHuuTriTue.results({ supportProjects: 21, applications: 13, collectiveMarks: 2, geographicalIndications: 1, results: [], plans: [], subsections: [] }, ctx)
 * // → "Quản lý, theo dõi 21 dự án về sở hữu trí tuệ. Hướng dẫn, hỗ trợ 13 hồ sơ đăng ký xác lập quyền sở hữu công nghiệp.
 * //    Hỗ trợ xây dựng, quản lý và phát triển 02 nhãn hiệu tập thể, 01 chỉ dẫn địa lý."
 */
export const soHuuTriTue = defineAreaSection({
  id: 'so-huu-tri-tue',
  title: 'Công tác sở hữu trí tuệ',
  description: 'Sở hữu trí tuệ: dự án hỗ trợ phát triển tài sản trí tuệ, xác lập quyền sở hữu công nghiệp, nhãn hiệu tập thể, chỉ dẫn địa lý.',
  indicators: {
    applications: { kind: 'flow', label: 'Hồ sơ đăng ký xác lập quyền sở hữu công nghiệp', unit: 'hồ sơ' },
    granted: { kind: 'flow', label: 'Văn bằng bảo hộ được cấp', unit: 'văn bằng' },
    collectiveMarks: { kind: 'stock', label: 'Nhãn hiệu tập thể', unit: 'nhãn hiệu' },
    geographicalIndications: { kind: 'stock', label: 'Chỉ dẫn địa lý', unit: 'chỉ dẫn địa lý' },
    supportProjects: { kind: 'stock', label: 'Dự án về sở hữu trí tuệ đang quản lý', unit: 'dự án' },
  },
  figures: {
    applications: optionalCount({ title: 'Đơn đăng ký sở hữu công nghiệp', description: 'Số đơn đăng ký quyền sở hữu công nghiệp được hướng dẫn, hỗ trợ hoặc tiếp nhận.' }),
    granted: optionalCount({ title: 'Văn bằng bảo hộ', description: 'Số văn bằng bảo hộ được cấp trong kỳ.' }),
    collectiveMarks: optionalCount({ title: 'Nhãn hiệu tập thể', description: 'Số nhãn hiệu tập thể được xây dựng, đăng ký hoặc quản lý.' }),
    geographicalIndications: optionalCount({ title: 'Chỉ dẫn địa lý', description: 'Số chỉ dẫn địa lý được xây dựng, đăng ký hoặc quản lý.' }),
    supportProjects: optionalCount({ title: 'Dự án hỗ trợ sở hữu trí tuệ', description: 'Số dự án hỗ trợ phát triển tài sản trí tuệ đang quản lý.' }),
  },
  summarize: (data, ctx) => {
    const marks = joinClauses(
      [
        data.collectiveMarks === undefined ? undefined : [seriesFigure(countFigure(data.collectiveMarks, 'nhãn hiệu tập thể'), 'collectiveMarks', ctx)],
        data.geographicalIndications === undefined ? undefined : [seriesFigure(countFigure(data.geographicalIndications, 'chỉ dẫn địa lý'), 'geographicalIndications', ctx)],
      ],
      ', ',
    );
    return paragraph([
      data.supportProjects === undefined ? undefined : sentence([['quản lý, theo dõi ', seriesFigure(countFigure(data.supportProjects, 'dự án về sở hữu trí tuệ'), 'supportProjects', ctx)]]),
      sentence([
        data.applications === undefined
          ? undefined
          : ['hướng dẫn, hỗ trợ ', seriesFigure(countFigure(data.applications, 'hồ sơ đăng ký xác lập quyền sở hữu công nghiệp'), 'applications', ctx)],
        data.granted === undefined ? undefined : [seriesFigure(countFigure(data.granted, 'văn bằng bảo hộ được cấp'), 'granted', ctx)],
      ]),
      marks.length === 0 ? undefined : sentence([['hỗ trợ xây dựng, quản lý và phát triển ', ...marks]]),
    ]);
  },
});
