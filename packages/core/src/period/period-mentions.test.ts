import { describe, expect, it } from 'vitest';
import type { PeriodMention } from './period-mentions';
import { periodMentions } from './period-mentions';

describe('periodMentions', () => {
  it('finds the example phrases with their offsets', () => {
    expect(periodMentions('Kết quả 9 tháng đầu năm 2022, nhiệm vụ quý IV năm 2022')).toEqual([
      { kind: 'nine-months', year: 2022, index: 8, text: '9 tháng đầu năm 2022' },
      { kind: 'quarter', quarter: 4, year: 2022, index: 39, text: 'quý IV năm 2022' },
    ]);
    expect(periodMentions('nhiệm vụ công tác tháng 10/2023')).toEqual([
      { kind: 'month', month: 10, year: 2023, index: 18, text: 'tháng 10/2023' },
    ]);
  });

  it.each<[string, Omit<PeriodMention, 'index' | 'text'>]>([
    ['năm 2022', { kind: 'year', year: 2022 }],
    ['6 tháng đầu năm 2023', { kind: 'half', half: 1, year: 2023 }],
    ['6 tháng cuối năm 2021', { kind: 'half', half: 2, year: 2021 }],
    ['9 tháng đầu năm 2022', { kind: 'nine-months', year: 2022 }],
    ['09 tháng đầu năm 2022', { kind: 'nine-months', year: 2022 }],
    ['3 tháng cuối năm 2022', { kind: 'remaining', months: 3, year: 2022 }],
    ['ba tháng cuối năm 2022', { kind: 'remaining', months: 3, year: 2022 }],
    ['3 tháng đầu năm 2024', { kind: 'quarter', quarter: 1, year: 2024 }],
    ['Sáu tháng đầu năm 2023', { kind: 'half', half: 1, year: 2023 }],
    ['tháng 9/2023', { kind: 'month', month: 9, year: 2023 }],
    ['tháng 09/2023', { kind: 'month', month: 9, year: 2023 }],
    ['tháng 9 năm 2023', { kind: 'month', month: 9, year: 2023 }],
    ['tháng 12 / 2023', { kind: 'month', month: 12, year: 2023 }],
    ['tháng 10', { kind: 'month', month: 10 }],
    ['quý IV năm 2022', { kind: 'quarter', quarter: 4, year: 2022 }],
    ['quý III/2023', { kind: 'quarter', quarter: 3, year: 2023 }],
    ['quý 2 năm 2023', { kind: 'quarter', quarter: 2, year: 2023 }],
    ['Quý I', { kind: 'quarter', quarter: 1 }],
    ['6 tháng đầu năm', { kind: 'half', half: 1 }],
    ['9 tháng đầu năm', { kind: 'nine-months' }],
    ['THÁNG 10/2023', { kind: 'month', month: 10, year: 2023 }],
    ['tháng\u00a09/2023', { kind: 'month', month: 9, year: 2023 }],
  ])('%j', (text, expected) => {
    // each phrase is the whole text, so it is found at 0 with its text as written
    expect(periodMentions(text)).toEqual([{ ...expected, index: 0, text }]);
  });

  it('matches headings in capitals', () => {
    expect(periodMentions('NHIỆM VỤ CÔNG TÁC THÁNG 10/2023')).toEqual([
      { kind: 'month', month: 10, year: 2023, index: 18, text: 'THÁNG 10/2023' },
    ]);
    expect(periodMentions('BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM 2023')).toEqual([
      { kind: 'half', half: 1, year: 2023, index: 16, text: '6 THÁNG ĐẦU NĂM 2023' },
    ]);
  });

  it('reports the phrase text and offset within longer prose', () => {
    const text =
      'Thực hiện Công văn số 1506/SKHĐT-THKTXH ngày 03/8/2022 của Sở Kế hoạch và Đầu tư về việc báo cáo tình hình thực hiện kế hoạch phát triển KT-XH 9 tháng đầu năm; nhiệm vụ, giải pháp quý IV năm 2022, Sở Khoa học và Công nghệ báo cáo như sau:';
    expect(periodMentions(text)).toEqual([
      { kind: 'nine-months', index: 143, text: '9 tháng đầu năm' },
      { kind: 'quarter', quarter: 4, year: 2022, index: 180, text: 'quý IV năm 2022' },
    ]);
  });

  it('finds several mentions in order', () => {
    const text = '6 tháng đầu năm; nhiệm vụ, giải pháp 6 tháng cuối năm 2021. Kết quả công tác tháng 9/2023, nhiệm vụ công tác tháng 10/2023 và đến năm 2030';
    expect(periodMentions(text).map((m) => [m.kind, m.text, m.index])).toEqual([
      ['half', '6 tháng đầu năm', 0],
      ['half', '6 tháng cuối năm 2021', 37],
      ['month', 'tháng 9/2023', 77],
      ['month', 'tháng 10/2023', 109],
      ['year', 'năm 2030', 130],
    ]);
  });

  it.each([
    'Lạng Sơn, ngày      tháng 8 năm 2022',
    'Bắc Giang, ngày 05 tháng 10 năm 2023',
    'Lạng Sơn, ngày      tháng      năm 2022',
    'vào ngày 15 tháng 9',
    'giai đoạn 2021 - 2025',
    'năm 2021 - 2025',
    'năm 2021–2025',
    'trong 6 tháng qua',
    'tháng 13/2023',
    'năm 20221',
    'kính gửi quý cơ quan',
    '9 tháng cuối năm 2022',
    'Quyết định số 388/QĐ-UBND ngày 25/01/2021',
    '',
  ])('finds nothing in %j', (text) => {
    expect(periodMentions(text)).toEqual([]);
  });
});
