import { defineAreaSection, type BlockInput, type Diagnostic, type InlineInput, type SectionContext } from '@baocao-khcn/core';
import { afterFigure, checkAtMost, checkRate, countFigure, joinClauses, optionalCount, rateFigure, seriesFigure } from '@baocao-khcn/core/plugin';
import { z } from 'zod';

const ID = 'chuyen-doi-so';
const count = z.number().int().nonnegative();

const onlineServicesSchema = z
  .object({
    total: count.meta({ title: 'Tổng số', description: 'Tổng số dịch vụ công trực tuyến.' }),
    fullProcess: optionalCount({ title: 'Toàn trình', description: 'Số dịch vụ công trực tuyến toàn trình.' }),
    partial: optionalCount({ title: 'Một phần', description: 'Số dịch vụ công trực tuyến một phần.' }),
  })
  .meta({ title: 'Dịch vụ công trực tuyến', description: 'Dịch vụ công trực tuyến thuộc thẩm quyền của Sở (toàn trình + một phần ≤ tổng số).' });

const onlineDossiersSchema = z
  .object({
    online: count.meta({ title: 'Hồ sơ trực tuyến', description: 'Số hồ sơ tiếp nhận trực tuyến.' }),
    total: count.meta({ title: 'Tổng số hồ sơ', description: 'Tổng số hồ sơ tiếp nhận.' }),
    rate: z.number().nonnegative().optional().meta({ title: 'Tỷ lệ trực tuyến (%)', description: 'Tỷ lệ hồ sơ trực tuyến (%) như báo cáo ghi; tính từ số liệu khi không ghi.' }),
  })
  .meta({ title: 'Hồ sơ tiếp nhận trực tuyến', description: 'Hồ sơ thủ tục hành chính tiếp nhận trực tuyến trong kỳ.' });

type OnlineServices = z.output<typeof onlineServicesSchema>;
type OnlineDossiers = z.output<typeof onlineDossiersSchema>;

/**
 * Chuyển đổi số, ứng dụng công nghệ thông tin, giao dịch điện tử — an area taken over from the Sở Thông tin và
 * Truyền thông, so it applies from 01/3/2025. Writes the online public services, the share of dossiers received
 * online and the digital signatures issued, then the prose.
 *
 * Checks: `chuyen-doi-so/online-services-exceed` (toàn trình + một phần > tổng số), `chuyen-doi-so/online-dossiers-exceed`
 * (trực tuyến > tổng số), `chuyen-doi-so/online-dossiers-rate` (stated rate ≠ online / total).
 *
 * @example
 * // data: { onlineServices: { total: 120, fullProcess: 80, partial: 40 },
 * //         onlineDossiers: { online: 850, total: 1000 }, digitalSignatures: 35 }
 * // results →
 * //   "Cung cấp 120 dịch vụ công trực tuyến, trong đó: 80 dịch vụ công trực tuyến toàn trình, 40 dịch vụ công trực tuyến một phần."
 * //   "Tiếp nhận 850 hồ sơ trực tuyến trên tổng số 1.000 hồ sơ, đạt tỷ lệ 85%."
 * //   "Cấp 35 chứng thư chữ ký số."
 */
export const chuyenDoiSo = defineAreaSection({
  id: ID,
  title: 'Công tác chuyển đổi số, ứng dụng công nghệ thông tin, giao dịch điện tử',
  description: 'Chuyển đổi số, ứng dụng công nghệ thông tin, dịch vụ công trực tuyến, chữ ký số và giao dịch điện tử (tiếp nhận từ Sở Thông tin và Truyền thông từ 01/3/2025).',
  indicators: {
    'onlineServices.total': { kind: 'stock', label: 'Dịch vụ công trực tuyến', unit: 'dịch vụ' },
    'onlineServices.fullProcess': { kind: 'stock', label: 'Dịch vụ công trực tuyến toàn trình', unit: 'dịch vụ' },
    'onlineServices.partial': { kind: 'stock', label: 'Dịch vụ công trực tuyến một phần', unit: 'dịch vụ' },
    'onlineDossiers.online': { kind: 'flow', label: 'Hồ sơ tiếp nhận trực tuyến', unit: 'hồ sơ' },
    'onlineDossiers.total': { kind: 'flow', label: 'Hồ sơ tiếp nhận', unit: 'hồ sơ' },
    'onlineDossiers.rate': { kind: 'ratio', label: 'Tỷ lệ hồ sơ trực tuyến', unit: '%', parts: { part: 'onlineDossiers.online', whole: 'onlineDossiers.total' } },
    digitalSignatures: { kind: 'flow', label: 'Chứng thư chữ ký số được cấp', unit: 'chứng thư' },
  },
  appliesFrom: '2025-03-01',
  figures: {
    onlineServices: onlineServicesSchema.optional(),
    onlineDossiers: onlineDossiersSchema.optional(),
    digitalSignatures: optionalCount({ title: 'Chứng thư chữ ký số', description: 'Số chứng thư chữ ký số đã cấp.' }),
  },
  summarize: (data, ctx) => {
    const out: BlockInput[] = [];
    if (data.onlineServices !== undefined) out.push(servicesSentence(data.onlineServices, ctx));
    if (data.onlineDossiers !== undefined) out.push(dossiersSentence(data.onlineDossiers, ctx));
    if (data.digitalSignatures !== undefined) out.push(['Cấp ', seriesFigure(countFigure(data.digitalSignatures, 'chứng thư chữ ký số'), 'digitalSignatures', ctx), '.']);
    return out;
  },
  checks: (data) => {
    const out: Diagnostic[] = [];
    const s = data.onlineServices;
    if (s !== undefined && (s.fullProcess !== undefined || s.partial !== undefined)) {
      out.push(...checkAtMost(`${ID}/online-services-exceed`, { value: (s.fullProcess ?? 0) + (s.partial ?? 0), path: ['onlineServices'], label: 'Số dịch vụ toàn trình và một phần' }, { value: s.total, label: 'tổng số dịch vụ công trực tuyến' }));
    }
    const d = data.onlineDossiers;
    if (d !== undefined) {
      out.push(...checkAtMost(`${ID}/online-dossiers-exceed`, { value: d.online, path: ['onlineDossiers', 'online'], label: 'Số hồ sơ trực tuyến' }, { value: d.total, label: 'tổng số hồ sơ' }));
      out.push(...checkRate(`${ID}/online-dossiers-rate`, d.rate, d.online, d.total, ['onlineDossiers', 'rate']));
    }
    return out;
  },
});

function servicesSentence(s: OnlineServices, ctx: SectionContext): InlineInput[] {
  const parts = joinClauses(
    [
      s.fullProcess === undefined ? undefined : [seriesFigure(countFigure(s.fullProcess, 'dịch vụ công trực tuyến toàn trình'), 'onlineServices.fullProcess', ctx)],
      s.partial === undefined ? undefined : [seriesFigure(countFigure(s.partial, 'dịch vụ công trực tuyến một phần'), 'onlineServices.partial', ctx)],
    ],
    ', ',
  );
  const out: InlineInput[] = ['Cung cấp ', seriesFigure(countFigure(s.total, 'dịch vụ công trực tuyến'), 'onlineServices.total', ctx)];
  if (parts.length > 0) out.push(', trong đó: ', ...parts);
  out.push('.');
  return out;
}

function dossiersSentence(d: OnlineDossiers, ctx: SectionContext): InlineInput[] {
  const online = seriesFigure(countFigure(d.online, 'hồ sơ trực tuyến'), 'onlineDossiers.online', ctx);
  const out: InlineInput[] = ['Tiếp nhận ', online, afterFigure(online, ' trên tổng số '), seriesFigure(countFigure(d.total, 'hồ sơ'), 'onlineDossiers.total', ctx)];
  const rate = rateFigure(d.online, d.total, d.rate);
  if (rate !== undefined) out.push(', đạt tỷ lệ ', seriesFigure(rate, 'onlineDossiers.rate', ctx));
  out.push('.');
  return out;
}
