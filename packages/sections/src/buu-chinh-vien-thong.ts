import { defineAreaSection, type BlockInput } from '@baocao-khcn/core';
import { countClause, joinClauses, optionalCount, paragraph, sentence } from '@baocao-khcn/core/plugin';
import { z } from 'zod';

/**
 * Bưu chính, viễn thông, tần số vô tuyến điện, công nghiệp công nghệ số — areas taken over from the Sở Thông tin và
 * Truyền thông, so it applies from 01/3/2025. Writes the postal and telecom infrastructure, the digital-technology
 * companies, the subscribers and the frequency licences issued, then the prose. No cross-field checks (every figure
 * stands alone).
 *
 * @example
 * // data: { postalPoints: 215, btsStations: 1850, digitalCompanies: 120,
 * //         subscribers: { mobile: 1200000, broadband: 250000 }, frequencyLicences: 42 }
 * // results →
 * //   "Toàn tỉnh có 215 điểm phục vụ bưu chính, 1.850 trạm thu phát sóng di động (BTS), 120 doanh nghiệp công nghệ số."
 * //   "Số thuê bao di động đạt 1.200.000 thuê bao; số thuê bao băng rộng đạt 250.000 thuê bao."
 * //   "Cấp 42 giấy phép sử dụng tần số vô tuyến điện."
 */
export const buuChinhVienThong = defineAreaSection({
  id: 'buu-chinh-vien-thong',
  title: 'Công tác bưu chính, viễn thông, tần số vô tuyến điện, công nghiệp công nghệ số',
  description: 'Bưu chính, viễn thông, tần số vô tuyến điện, công nghệ thông tin và công nghiệp công nghệ số (tiếp nhận từ Sở Thông tin và Truyền thông từ 01/3/2025).',
  indicators: {
    postalPoints: { kind: 'stock', label: 'Điểm phục vụ bưu chính', unit: 'điểm' },
    btsStations: { kind: 'stock', label: 'Trạm thu phát sóng di động (BTS)', unit: 'trạm' },
    frequencyLicences: { kind: 'flow', label: 'Giấy phép sử dụng tần số vô tuyến điện', unit: 'giấy phép' },
    digitalCompanies: { kind: 'stock', label: 'Doanh nghiệp công nghệ số', unit: 'doanh nghiệp' },
    'subscribers.mobile': { kind: 'stock', label: 'Thuê bao di động', unit: 'thuê bao' },
    'subscribers.broadband': { kind: 'stock', label: 'Thuê bao băng rộng', unit: 'thuê bao' },
  },
  appliesFrom: '2025-03-01',
  figures: {
    postalPoints: optionalCount({ title: 'Điểm phục vụ bưu chính', description: 'Số điểm phục vụ bưu chính trên địa bàn.' }),
    btsStations: optionalCount({ title: 'Trạm BTS', description: 'Số trạm thu phát sóng thông tin di động (BTS).' }),
    frequencyLicences: optionalCount({ title: 'Giấy phép tần số', description: 'Số giấy phép sử dụng tần số vô tuyến điện đã cấp trong kỳ.' }),
    digitalCompanies: optionalCount({ title: 'Doanh nghiệp công nghệ số', description: 'Số doanh nghiệp công nghệ số trên địa bàn.' }),
    subscribers: z
      .object({
        mobile: optionalCount({ title: 'Thuê bao di động', description: 'Số thuê bao điện thoại di động.' }),
        broadband: optionalCount({ title: 'Thuê bao băng rộng', description: 'Số thuê bao Internet băng rộng.' }),
      })
      .optional()
      .meta({ title: 'Thuê bao', description: 'Số thuê bao viễn thông: di động và băng rộng.' }),
  },
  summarize: (data, ctx) => {
    const infrastructure = joinClauses(
      [
        countClause(data.postalPoints, 'điểm phục vụ bưu chính', '', { indicator: 'postalPoints', ctx }),
        countClause(data.btsStations, 'trạm thu phát sóng di động (BTS)', '', { indicator: 'btsStations', ctx }),
        countClause(data.digitalCompanies, 'doanh nghiệp công nghệ số', '', { indicator: 'digitalCompanies', ctx }),
      ],
      ', ',
    );
    const out: BlockInput[] = [
      ...paragraph([sentence([infrastructure.length === 0 ? undefined : ['toàn tỉnh có ', ...infrastructure]])]),
      ...paragraph([
        sentence([
          countClause(data.subscribers?.mobile, 'thuê bao', 'số thuê bao di động đạt ', { indicator: 'subscribers.mobile', ctx }),
          countClause(data.subscribers?.broadband, 'thuê bao', 'số thuê bao băng rộng đạt ', { indicator: 'subscribers.broadband', ctx }),
        ]),
      ]),
      ...paragraph([sentence([countClause(data.frequencyLicences, 'giấy phép sử dụng tần số vô tuyến điện', 'cấp ', { indicator: 'frequencyLicences', ctx })])]),
    ];
    return out;
  },
});
