import { describe, expect, it } from 'vitest';
import { codes, langSon } from '@baocao-khcn/test-utils';
import { TDC_SUBAREA_TITLES, tieuChuanDoLuongChatLuong } from './tieu-chuan-do-luong-chat-luong';

const { diagnose, render } = langSon;

/** Seed 000 (Lạng Sơn, 9 tháng 2022), footnote 3. */
const importLots = { total: 1119, breakdown: [{ label: 'Đồ chơi trẻ em', value: 482 }, { label: 'Đồ điện các loại', value: 547 }, { label: 'Thép', value: 90 }] };
/** Seed 001 footnote 12 (first items). */
const instruments = {
  items: [
    { label: 'cột đo xăng dầu', count: 132, unit: 'cột' },
    { label: 'cân các loại', count: 205, unit: 'cái' },
    { label: 'taximet', count: 6, unit: 'cái' },
  ],
  total: 343,
};
/** Seed 001 footnote 10 with consistent figures (3.328 + 71 = 3.399). */
const scales = { checked: 3399, correct: 3328, incorrect: 71, correctPercent: 97.91, incorrectPercent: 2.09 };

describe('tieu-chuan-do-luong-chat-luong schema', () => {
  it('accepts the four figures and the sub-areas', () => {
    const parsed = tieuChuanDoLuongChatLuong.schema.parse({
      importLots,
      instruments,
      scales,
      samples: { tested: 9, nonConforming: 6 },
      subsections: [{ title: TDC_SUBAREA_TITLES.measurement, results: ['x'] }],
    });
    expect(parsed.instruments?.items).toHaveLength(3);
    expect(parsed.subsections[0]).toEqual({ title: 'Công tác Đo lường', results: ['x'], plans: [] });
  });

  it('rejects an instrument without unit, an empty item list and scales without counts', () => {
    const bad = tieuChuanDoLuongChatLuong.schema.safeParse({ instruments: { items: [] }, scales: { checked: 10 } });
    expect(bad.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['instruments.items', 'scales.correct', 'scales.incorrect']);
    const noUnit = tieuChuanDoLuongChatLuong.schema.safeParse({ instruments: { items: [{ label: 'cân', count: 3 }] } });
    expect(noUnit.error?.issues.map((i) => i.path.join('.'))).toEqual(['instruments.items.0.unit']);
  });

  it('exports the standard sub-area titles', () => {
    expect(TDC_SUBAREA_TITLES).toEqual({
      standardsQuality: 'Công tác Tiêu chuẩn – Chất lượng',
      measurement: 'Công tác Đo lường',
      productivity: 'Công tác Năng suất chất lượng',
      barcodes: 'Công tác Mã số mã vạch',
    });
  });
});

describe('tieu-chuan-do-luong-chat-luong results', () => {
  it('writes each figure before the prose of its sub-area (6.1 Tiêu chuẩn – Chất lượng, 6.2 Đo lường)', () => {
    const { results, footnotes, diagnostics } = render(tieuChuanDoLuongChatLuong, {
      importLots,
      samples: { tested: 9, nonConforming: 6 },
      instruments,
      scales,
      subsections: [
        { title: TDC_SUBAREA_TITLES.standardsQuality, results: ['Hướng dẫn thực hiện quy định của pháp luật trong nhập khẩu hàng hóa nhóm 2.'] },
        { title: TDC_SUBAREA_TITLES.measurement, results: ['Lập biên bản xác định hiện trạng cho 13 cửa hàng xăng dầu.'] },
      ],
    });
    expect(diagnostics).toEqual([]);
    expect(results).toEqual([
      '1. Công tác tiêu chuẩn đo lường chất lượng',
      '1.1. Công tác Tiêu chuẩn – Chất lượng',
      'Xử lý hồ sơ và cấp đăng ký kiểm tra chất lượng hàng hóa của tổ chức nhập khẩu: 1.119 lô[1].',
      'Thử nghiệm chất lượng 09 mẫu hàng hóa, kết quả: 06/09 mẫu không phù hợp.',
      'Hướng dẫn thực hiện quy định của pháp luật trong nhập khẩu hàng hóa nhóm 2.',
      '1.2. Công tác Đo lường',
      'Kiểm định, hiệu chuẩn 343 phương tiện đo các loại, gồm: cột đo xăng dầu 132 cột; cân các loại 205 cái; taximet 06 cái.',
      'Tổng số mã cân sử dụng tại các điểm cân đối chứng là 3.399: mã cân đúng là 3.328 (chiếm tỷ lệ 97,91%), mã cân sai là 71 (chiếm tỷ lệ 2,09%).',
      'Lập biên bản xác định hiện trạng cho 13 cửa hàng xăng dầu.',
    ]);
    expect(footnotes).toEqual(['1. Đồ chơi trẻ em: 482 lô; Đồ điện các loại: 547 lô; Thép: 90 lô.']);
  });

  it('writes the figures before the section prose when there is no matching sub-area', () => {
    const { results } = render(tieuChuanDoLuongChatLuong, {
      importLots: { ...importLots, breakdownIn: 'text' },
      samples: { tested: 2, nonConforming: 0 },
      scales: { checked: 3339, correct: 3328, incorrect: 11 },
      results: ['Tổ chức 02 lớp đào tạo về đo lường.'],
      subsections: [{ title: 'Công tác khác', results: ['Cử công chức tham gia kiểm tra xăng dầu.'] }],
    });
    expect(results).toEqual([
      '1. Công tác tiêu chuẩn đo lường chất lượng',
      'Xử lý hồ sơ và cấp đăng ký kiểm tra chất lượng hàng hóa của tổ chức nhập khẩu: 1.119 lô (Đồ chơi trẻ em: 482 lô; Đồ điện các loại: 547 lô; Thép: 90 lô).',
      'Thử nghiệm chất lượng 02 mẫu hàng hóa, kết quả: các mẫu đều phù hợp.',
      'Tổng số mã cân sử dụng tại các điểm cân đối chứng là 3.339: mã cân đúng là 3.328, mã cân sai là 11.',
      'Tổ chức 02 lớp đào tạo về đo lường.',
      '1.1. Công tác khác',
      'Cử công chức tham gia kiểm tra xăng dầu.',
    ]);
  });

  it('matches sub-areas titled the Bắc Kạn way ("Quản lý đo lường") and keeps a titled sub-area without prose', () => {
    const { results } = render(tieuChuanDoLuongChatLuong, {
      instruments: { items: [{ label: 'cân', count: 60, unit: 'chiếc' }] },
      samples: { tested: 12 },
      subsections: [{ title: 'Quản lý đo lường' }, { title: 'Công tác Tiêu chuẩn - Chất lượng:', results: ['Hướng dẫn 04 cơ sở đăng ký mã số mã vạch.'] }],
    });
    expect(results).toEqual([
      '1. Công tác tiêu chuẩn đo lường chất lượng',
      '1.1. Quản lý đo lường',
      'Kiểm định, hiệu chuẩn phương tiện đo: cân 60 chiếc.',
      '1.2. Công tác Tiêu chuẩn - Chất lượng:',
      'Thử nghiệm chất lượng 12 mẫu hàng hóa.',
      'Hướng dẫn 04 cơ sở đăng ký mã số mã vạch.',
    ]);
  });

  it('writes the instruments as a table with the stated total', () => {
    const { results } = render(tieuChuanDoLuongChatLuong, { instruments: { ...instruments, layout: 'table' } });
    expect(results).toEqual([
      '1. Công tác tiêu chuẩn đo lường chất lượng',
      'Kiểm định, hiệu chuẩn 343 phương tiện đo các loại:',
      '# TT | Phương tiện đo | Số lượng | Đơn vị tính',
      '1 | cột đo xăng dầu | 132 | cột',
      '2 | cân các loại | 205 | cái',
      '3 | taximet | 06 | cái',
      '= Tổng cộng | 343 | ',
    ]);
  });
});

describe('tieu-chuan-do-luong-chat-luong plans', () => {
  it('writes the directions prose and the sub-areas, without the figures', () => {
    const { plans } = render(tieuChuanDoLuongChatLuong, {
      importLots,
      plans: ['Tiếp nhận và cấp đăng ký kiểm tra chất lượng hàng hóa nhập khẩu.'],
      subsections: [{ title: TDC_SUBAREA_TITLES.barcodes, plans: ['Hướng dẫn đăng ký mã số mã vạch.'] }],
    });
    expect(plans).toEqual([
      '1. Công tác tiêu chuẩn đo lường chất lượng',
      'Tiếp nhận và cấp đăng ký kiểm tra chất lượng hàng hóa nhập khẩu.',
      '1.1. Công tác Mã số mã vạch',
      'Hướng dẫn đăng ký mã số mã vạch.',
    ]);
  });
});

describe('tieu-chuan-do-luong-chat-luong checks', () => {
  it('passes consistent figures', () => {
    expect(diagnose(tieuChuanDoLuongChatLuong, { importLots, instruments, scales, samples: { tested: 9, nonConforming: 9 } })).toEqual([]);
  });

  it('instruments-total: warns when the stated total differs from the sum of the kinds', () => {
    expect(diagnose(tieuChuanDoLuongChatLuong, { instruments: { ...instruments, total: 340 } })).toEqual([
      { code: 'tieu-chuan-do-luong-chat-luong/instruments-total', severity: 'warning', path: ['instruments', 'total'], message: 'Tổng các loại phương tiện đo (343) khác tổng số ghi (340).' },
    ]);
  });

  it('import-lots-sum: warns when the lots by kind do not add up', () => {
    expect(diagnose(tieuChuanDoLuongChatLuong, { importLots: { ...importLots, total: 1120 } })).toEqual([
      { code: 'tieu-chuan-do-luong-chat-luong/import-lots-sum', severity: 'warning', path: ['importLots', 'breakdown'], message: 'Tổng số lô theo nhóm hàng (1.119) khác tổng số lô (1.120).' },
    ]);
  });

  it('samples-exceed: warns when more samples fail than were tested (core flags the "of" figure too)', () => {
    const result = diagnose(tieuChuanDoLuongChatLuong, { samples: { tested: 9, nonConforming: 10 } });
    expect(result[0]).toEqual({ code: 'tieu-chuan-do-luong-chat-luong/samples-exceed', severity: 'warning', path: ['samples', 'nonConforming'], message: 'Số mẫu không phù hợp (10) lớn hơn số mẫu thử nghiệm (9).' });
    expect(codes(result)).toEqual(['tieu-chuan-do-luong-chat-luong/samples-exceed', 'figure/ratio-exceeds']);
  });

  it('scales-sum and scales-percent: flag seed 001 (3.328 + 71 ≠ 3.339, 2,08% ≠ 71/3.339), core’s percent check fires too', () => {
    const result = diagnose(tieuChuanDoLuongChatLuong, { scales: { checked: 3339, correct: 3328, incorrect: 71, incorrectPercent: 2.08 } });
    expect(result.filter((d) => d.code.startsWith('tieu-chuan'))).toEqual([
      {
        code: 'tieu-chuan-do-luong-chat-luong/scales-sum',
        severity: 'warning',
        path: ['scales', 'checked'],
        message: 'Mã cân đúng (3.328) cộng mã cân sai (71) bằng 3.399, khác tổng số mã cân (3.339).',
      },
      { code: 'tieu-chuan-do-luong-chat-luong/scales-percent', severity: 'warning', path: ['scales', 'incorrectPercent'], message: 'Tỷ lệ ghi 2,08% nhưng 71/3.339 = 2,13%.' },
    ]);
    expect(result.filter((d) => d.code.startsWith('figure/'))).toEqual([
      expect.objectContaining({ code: 'figure/percent-mismatch', message: 'Tỷ lệ ghi 2,08% nhưng 71/3.339 = 2,13%.' }),
    ]);
  });

  it('scales-percent: checks the correct share as well', () => {
    expect(codes(diagnose(tieuChuanDoLuongChatLuong, { scales: { ...scales, correctPercent: 97.5 } }))).toEqual(['tieu-chuan-do-luong-chat-luong/scales-percent', 'figure/percent-mismatch']);
  });
});
