import { defineAreaSection } from '@baocao-khcn/core';
import { afterFigure, checkAtMost, countFigure, optionalCount, paragraph, sentence, seriesFigure } from '@baocao-khcn/core/plugin';

const ID = 'an-toan-buc-xa';
const FACILITY = 'cơ sở tiến hành công việc bức xạ';

/**
 * An toàn bức xạ và hạt nhân: licences for radiation work (X-quang chẩn đoán y tế …), radiation worker certificates,
 * the facilities under management and those inspected.
 *
 * Figures: `licences` (giấy phép tiến hành công việc bức xạ), `certificates` (chứng chỉ nhân viên bức xạ),
 * `facilities` (cơ sở tiến hành công việc bức xạ under management), `inspections` (cơ sở inspected).
 *
 * Checks: `an-toan-buc-xa/inspections-exceed-facilities` (more facilities inspected than are managed).
 *
 * @example
 * anToanBucXa.results({ licences: 10, certificates: 5, results: [], plans: [], subsections: [] }, ctx)
 * // → "Thẩm định, cấp 10 giấy phép tiến hành công việc bức xạ; 05 chứng chỉ nhân viên bức xạ."
 */
export const anToanBucXa = defineAreaSection({
  id: ID,
  title: 'Công tác an toàn bức xạ và hạt nhân',
  description: 'An toàn bức xạ và hạt nhân: cấp giấy phép, chứng chỉ nhân viên bức xạ, quản lý và kiểm tra các cơ sở bức xạ.',
  indicators: {
    licences: { kind: 'flow', label: 'Giấy phép tiến hành công việc bức xạ', unit: 'giấy phép' },
    certificates: { kind: 'flow', label: 'Chứng chỉ nhân viên bức xạ', unit: 'chứng chỉ' },
    facilities: { kind: 'stock', label: 'Cơ sở bức xạ đang quản lý', unit: 'cơ sở' },
    inspections: { kind: 'flow', label: 'Cơ sở bức xạ được kiểm tra', unit: 'cơ sở' },
  },
  figures: {
    licences: optionalCount({ title: 'Giấy phép bức xạ', description: 'Số giấy phép tiến hành công việc bức xạ được cấp mới, gia hạn, sửa đổi, bổ sung trong kỳ.' }),
    certificates: optionalCount({ title: 'Chứng chỉ nhân viên bức xạ', description: 'Số chứng chỉ nhân viên bức xạ được cấp trong kỳ.' }),
    facilities: optionalCount({ title: 'Cơ sở bức xạ đang quản lý', description: 'Số cơ sở tiến hành công việc bức xạ đang được quản lý.' }),
    inspections: optionalCount({ title: 'Cơ sở bức xạ được kiểm tra', description: 'Số cơ sở tiến hành công việc bức xạ được kiểm tra trong kỳ.' }),
  },
  summarize: (data, ctx) => {
    const facilities = data.facilities === undefined ? undefined : seriesFigure(countFigure(data.facilities, FACILITY), 'facilities', ctx);
    return paragraph([
      sentence([
        data.licences === undefined ? undefined : ['thẩm định, cấp ', seriesFigure(countFigure(data.licences, 'giấy phép tiến hành công việc bức xạ'), 'licences', ctx)],
        data.certificates === undefined
          ? undefined
          : [...(data.licences === undefined ? ['thẩm định, cấp '] : []), seriesFigure(countFigure(data.certificates, 'chứng chỉ nhân viên bức xạ'), 'certificates', ctx)],
      ]),
      sentence([
        facilities === undefined ? undefined : ['theo dõi, quản lý ', facilities, afterFigure(facilities, ' trên địa bàn')],
        data.inspections === undefined
          ? undefined
          : ['tổ chức kiểm tra ', seriesFigure(countFigure(data.inspections, data.facilities === undefined ? FACILITY : 'cơ sở'), 'inspections', ctx)],
      ]),
    ]);
  },
  checks: (data) =>
    checkAtMost(
      `${ID}/inspections-exceed-facilities`,
      { value: data.inspections, path: ['inspections'], label: 'Số cơ sở được kiểm tra' },
      { value: data.facilities, label: 'số cơ sở tiến hành công việc bức xạ đang quản lý' },
    ),
});
