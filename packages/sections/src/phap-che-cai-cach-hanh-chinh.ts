import { defineAreaSection, type BlockInput, type Diagnostic, type InlineInput, type SectionContext } from '@baocao-khcn/core';
import { checkAtMost, countFigure, optionalCount, rateFigure, seriesFigure } from '@baocao-khcn/core/plugin';
import { z } from 'zod';

const ID = 'phap-che-cai-cach-hanh-chinh';
const count = z.number().int().nonnegative();

/** Hồ sơ thủ tục hành chính of the period: received, resolved (on time + late) and still pending. */
const dossiersSchema = z
  .object({
    received: count.meta({ title: 'Tiếp nhận', description: 'Số hồ sơ tiếp nhận trong kỳ.' }),
    resolved: count.meta({ title: 'Đã giải quyết', description: 'Số hồ sơ đã giải quyết (= đúng hạn + quá hạn).' }),
    onTime: count.meta({ title: 'Đúng hạn', description: 'Số hồ sơ giải quyết đúng hạn (kể cả trước hạn).' }),
    late: count.meta({ title: 'Quá hạn', description: 'Số hồ sơ giải quyết quá hạn.' }),
    pending: optionalCount({ title: 'Đang giải quyết', description: 'Số hồ sơ đang giải quyết (đã giải quyết + đang giải quyết = tiếp nhận).' }),
  })
  .meta({ title: 'Hồ sơ thủ tục hành chính', description: 'Hồ sơ thủ tục hành chính tiếp nhận và giải quyết trong kỳ.' });

type Dossiers = z.output<typeof dossiersSchema>;

/**
 * Pháp chế, kiểm soát thủ tục hành chính, cải cách hành chính: documents reviewed, procedures proposed for
 * simplification and the administrative dossiers of the period (with the on-time rate), then the prose.
 *
 * Checks (paths inside the section data): `phap-che-cai-cach-hanh-chinh/dossiers-resolved-sum` (đúng hạn + quá hạn
 * ≠ đã giải quyết), `phap-che-cai-cach-hanh-chinh/dossiers-received-sum` (đã giải quyết + đang giải quyết ≠ tiếp
 * nhận), `phap-che-cai-cach-hanh-chinh/dossiers-resolved-exceeds` (đã giải quyết > tiếp nhận).
 *
 * @example
 * // data: { reviewedDocuments: 67, simplifiedProcedures: 5,
 * //         dossiers: { received: 120, resolved: 118, onTime: 116, late: 2, pending: 2 } }
 * // results →
 * //   "Thực hiện rà soát 67 văn bản."
 * //   "Kiến nghị đơn giản hóa 05 thủ tục hành chính."
 * //   "Tiếp nhận 120 hồ sơ thủ tục hành chính; đã giải quyết 118 hồ sơ (đúng hạn 116 hồ sơ, quá hạn 02 hồ sơ),
 * //    đang giải quyết 02 hồ sơ; tỷ lệ giải quyết đúng hạn đạt 98,31%."
 */
export const phapCheCaiCachHanhChinh = defineAreaSection({
  id: ID,
  title: 'Công tác pháp chế, kiểm soát thủ tục hành chính',
  description: 'Pháp chế, rà soát văn bản, kiểm soát thủ tục hành chính (hồ sơ tiếp nhận, giải quyết đúng hạn) và cải cách hành chính.',
  indicators: {
    'dossiers.received': { kind: 'flow', label: 'Hồ sơ thủ tục hành chính tiếp nhận', unit: 'hồ sơ' },
    'dossiers.resolved': { kind: 'flow', label: 'Hồ sơ thủ tục hành chính đã giải quyết', unit: 'hồ sơ' },
    'dossiers.onTime': { kind: 'flow', label: 'Hồ sơ giải quyết đúng hạn', unit: 'hồ sơ' },
    'dossiers.late': { kind: 'flow', label: 'Hồ sơ giải quyết quá hạn', unit: 'hồ sơ' },
    'dossiers.pending': { kind: 'stock', label: 'Hồ sơ đang giải quyết', unit: 'hồ sơ' },
    reviewedDocuments: { kind: 'flow', label: 'Văn bản được rà soát', unit: 'văn bản' },
    simplifiedProcedures: { kind: 'flow', label: 'Thủ tục hành chính kiến nghị đơn giản hóa', unit: 'thủ tục' },
  },
  figures: {
    dossiers: dossiersSchema.optional(),
    reviewedDocuments: optionalCount({ title: 'Văn bản đã rà soát', description: 'Số văn bản quy phạm pháp luật đã rà soát.' }),
    simplifiedProcedures: optionalCount({ title: 'Thủ tục kiến nghị đơn giản hóa', description: 'Số thủ tục hành chính kiến nghị đơn giản hóa.' }),
  },
  summarize: (data, ctx) => {
    const out: BlockInput[] = [];
    if (data.reviewedDocuments !== undefined) out.push(['Thực hiện rà soát ', seriesFigure(countFigure(data.reviewedDocuments, 'văn bản'), 'reviewedDocuments', ctx), '.']);
    if (data.simplifiedProcedures !== undefined) {
      out.push(['Kiến nghị đơn giản hóa ', seriesFigure(countFigure(data.simplifiedProcedures, 'thủ tục hành chính'), 'simplifiedProcedures', ctx), '.']);
    }
    if (data.dossiers !== undefined) out.push(dossierSentence(data.dossiers, ctx));
    return out;
  },
  checks: (data, ctx) => (data.dossiers === undefined ? [] : checkDossiers(data.dossiers, ctx)),
});

/** "Tiếp nhận 120 hồ sơ thủ tục hành chính; đã giải quyết 118 hồ sơ (đúng hạn 116 hồ sơ, quá hạn 02 hồ sơ), …" */
function dossierSentence(d: Dossiers, ctx: SectionContext): InlineInput[] {
  const count = (value: number, indicator: keyof Dossiers, unit = 'hồ sơ') => seriesFigure(countFigure(value, unit), `dossiers.${indicator}`, ctx);
  const out: InlineInput[] = [
    'Tiếp nhận ', count(d.received, 'received', 'hồ sơ thủ tục hành chính'),
    '; đã giải quyết ', count(d.resolved, 'resolved'),
    ' (đúng hạn ', count(d.onTime, 'onTime'), ', quá hạn ', count(d.late, 'late'), ')',
  ];
  if (d.pending !== undefined) out.push(', đang giải quyết ', count(d.pending, 'pending'));
  const rate = rateFigure(d.onTime, d.resolved);
  if (rate !== undefined) out.push('; tỷ lệ giải quyết đúng hạn đạt ', rate);
  out.push('.');
  return out;
}

function checkDossiers(d: Dossiers, ctx: SectionContext): Diagnostic[] {
  const n = ctx.format.number;
  const out: Diagnostic[] = [];
  if (d.onTime + d.late !== d.resolved) {
    out.push({
      code: `${ID}/dossiers-resolved-sum`,
      severity: 'warning',
      path: ['dossiers', 'resolved'],
      message: `Số hồ sơ đã giải quyết (${n(d.resolved)}) khác tổng đúng hạn và quá hạn (${n(d.onTime)} + ${n(d.late)} = ${n(d.onTime + d.late)}).`,
    });
  }
  if (d.pending !== undefined) {
    if (d.resolved + d.pending !== d.received) {
      out.push({
        code: `${ID}/dossiers-received-sum`,
        severity: 'warning',
        path: ['dossiers', 'received'],
        message: `Số hồ sơ tiếp nhận (${n(d.received)}) khác tổng đã giải quyết và đang giải quyết (${n(d.resolved)} + ${n(d.pending)} = ${n(d.resolved + d.pending)}).`,
      });
    }
  } else {
    out.push(...checkAtMost(`${ID}/dossiers-resolved-exceeds`, { value: d.resolved, path: ['dossiers', 'resolved'], label: 'Số hồ sơ đã giải quyết' }, { value: d.received, label: 'số hồ sơ tiếp nhận' }));
  }
  return out;
}
