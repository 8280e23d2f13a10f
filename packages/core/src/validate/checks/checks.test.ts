import { describe, expect, it } from 'vitest';
import { checkFigure, checkMoneyWords } from './figures';
import { checkPeriodMentions } from './periods';
import { checkRecipients, checkSigner } from './signer';
import { checkStatedCounts, checkTasks, taskStatus } from './tasks';
import { checkText } from './text';

const fig = (extra: object) => ({ type: 'figure' as const, format: 'number' as const, value: 0, ...extra });

describe('checkFigure', () => {
  it('accepts a breakdown that adds up', () => {
    expect(checkFigure(fig({ value: 50, breakdown: [{ value: 1 }, { value: 1 }, { value: 17 }, { value: 11 }, { value: 3 }, { value: 2 }, { value: 6 }, { value: 2 }, { value: 7 }] }), ['f'])).toEqual([]);
  });
  it('flags a breakdown that does not add up', () => {
    expect(checkFigure(fig({ value: 31, breakdown: [{ value: 22 }, { value: 6 }, { value: 2 }] }), ['f'])).toEqual([
      { code: 'figure/breakdown-sum', severity: 'warning', path: ['f', 'breakdown'], message: 'Tổng các thành phần (30) khác số liệu tổng (31).' },
    ]);
  });
  it('accepts decimal breakdowns within float tolerance', () => {
    expect(checkFigure(fig({ value: 66769.9, breakdown: [{ value: 33427.9 }, { value: 33342 }] }), ['f'])).toEqual([]);
  });
  it('accepts a percentage that agrees with its parts at the shown precision', () => {
    expect(checkFigure(fig({ format: 'percent', value: 60.38, ratio: { part: 3019, whole: 5000 } }), ['p'])).toEqual([]);
    expect(checkFigure(fig({ format: 'percent', value: 32, ratio: { part: 7, whole: 22 } }), ['p'])).toEqual([]);
  });
  it('flags a percentage that disagrees with its parts', () => {
    expect(checkFigure(fig({ format: 'percent', value: 95, ratio: { part: 32, whole: 33 } }), ['p'])).toEqual([
      { code: 'figure/percent-mismatch', severity: 'warning', path: ['p', 'value'], message: 'Tỷ lệ ghi 95% nhưng 32/33 = 96,97%.' },
    ]);
  });
  it('flags a percentage of a zero whole', () => {
    expect(checkFigure(fig({ format: 'percent', value: 0, ratio: { part: 0, whole: 0 } }), ['p'])[0]?.code).toBe('figure/percent-zero-whole');
  });
  it('flags a ratio above its whole and accepts one within', () => {
    expect(checkFigure(fig({ format: 'count', value: 6, of: 9 }), ['r'])).toEqual([]);
    expect(checkFigure(fig({ format: 'count', value: 34, of: 33 }), ['r'])).toEqual([
      { code: 'figure/ratio-exceeds', severity: 'warning', path: ['r', 'value'], message: 'Số 34 lớn hơn tổng 33.' },
    ]);
  });
  it('flags negative and fractional counts', () => {
    expect(checkFigure(fig({ format: 'count', value: -2 }), ['c'])[0]?.code).toBe('figure/negative-count');
    expect(checkFigure(fig({ format: 'count', value: 2.5 }), ['c'])[0]?.code).toBe('figure/fractional-count');
    expect(checkFigure(fig({ format: 'count', value: 2 }), ['c'])).toEqual([]);
  });
  it('flags numbers too large to be exact', () => {
    expect(checkFigure(fig({ value: 1e300 }), ['n'])[0]?.code).toBe('figure/unsafe-number');
  });
});

describe('checkMoneyWords', () => {
  it('accepts the standard reading', () => {
    expect(checkMoneyWords(45998409, 'Bốn mươi lăm triệu, chín trăm chín mươi tám nghìn, bốn trăm linh chín đồng', ['w'])).toEqual([]);
  });
  it('gives advice when the amount is right but the spelling is not standard (seed 003)', () => {
    expect(checkMoneyWords(45998409, 'Bốn mươi năm triệu, chín trăm chín mươi tám nghìn, bốn trăm linh chín đồng', ['w'])).toEqual([
      { code: 'money/words-spelling', severity: 'info', path: ['w'], message: 'Cách đọc chuẩn: "Bốn mươi lăm triệu, chín trăm chín mươi tám nghìn, bốn trăm linh chín đồng".' },
    ]);
  });
  it('flags words that say another amount', () => {
    expect(checkMoneyWords(45998409, 'Bốn mươi lăm triệu đồng', ['w'])).toEqual([
      { code: 'money/words-mismatch', severity: 'error', path: ['w'], message: 'Số tiền bằng chữ (45.000.000 đồng) khác số tiền bằng số (45.998.409 đồng).' },
    ]);
  });
  it('flags unreadable words and amounts out of range', () => {
    expect(checkMoneyWords(5, 'năm con gà', ['w'])[0]?.code).toBe('money/words-unreadable');
    expect(checkMoneyWords(1e16, 'x', ['w'])[0]?.code).toBe('money/out-of-range');
    expect(checkMoneyWords(1.5, 'x', ['w'])[0]?.code).toBe('money/out-of-range');
  });
});

describe('checkPeriodMentions', () => {
  const ctx = {
    period: { kind: 'half' as const, year: 2023, half: 1 as const },
    nextPeriod: { kind: 'half' as const, year: 2023, half: 2 as const },
    labels: { period: '6 tháng đầu năm 2023', nextPeriod: '6 tháng cuối năm 2023' },
  };
  it('accepts mentions of the report period and the next one', () => {
    expect(checkPeriodMentions('Kết quả 6 tháng đầu năm 2023, phương hướng 6 tháng cuối năm 2023.', ['t'], ctx, false)).toEqual([]);
  });
  it('flags a mention of the same kind that names another period', () => {
    expect(checkPeriodMentions('Trong 6 tháng đầu năm 2020, đơn vị đã tập trung.', ['t'], ctx, false)).toEqual([
      { code: 'period/mismatch', severity: 'warning', path: ['t'], message: 'Văn bản ghi "6 tháng đầu năm 2020" nhưng kỳ báo cáo là 6 tháng đầu năm 2023 (kỳ tới: 6 tháng cuối năm 2023).' },
    ]);
  });
  it('accepts comparisons and references to earlier periods, plans for later ones (issue 14, point 7)', () => {
    expect(checkPeriodMentions('Số hồ sơ tăng 20% so với cùng kỳ năm 2022; tăng 5% so với 6 tháng đầu năm 2022.', ['t'], ctx, false)).toEqual([]);
    expect(checkPeriodMentions('Báo cáo kết quả quý IV năm 2022 thực hiện Kết luận số 99-KL/TU.', ['t'], ctx, false)).toEqual([]);
    expect(checkPeriodMentions('Dự kiến tháng 11/2023 lấy mẫu lần 2.', ['t'], ctx, false)).toEqual([]);
  });
  it('flags results told for a later period, except in a plans part', () => {
    const text = 'Trong 9 tháng đầu năm 2023, Sở đã cấp 46 giấy phép.';
    expect(checkPeriodMentions(text, ['t'], ctx, false).map((d) => d.message)).toEqual([
      'Văn bản ghi "9 tháng đầu năm 2023" nhưng kỳ báo cáo là 6 tháng đầu năm 2023 (kỳ tới: 6 tháng cuối năm 2023).',
    ]);
    expect(checkPeriodMentions(text, ['t'], ctx, false, true)).toEqual([]);
    expect(checkPeriodMentions('Tháng 11/2023: tổ chức kiểm tra đo lường.', ['t'], ctx, false, true)).toEqual([]);
  });
  it('flags a bare earlier year that frames the clause, not one that qualifies a noun', () => {
    expect(checkPeriodMentions('Trong năm 2022, Sở đã tổ chức 03 hội nghị.', ['t'], ctx, false)[0]?.code).toBe('period/mismatch');
    expect(checkPeriodMentions('Năm 2022, Sở đã tổ chức 03 hội nghị.', ['t'], ctx, false)[0]?.code).toBe('period/mismatch');
    expect(checkPeriodMentions('Trung tâm được thành lập năm 2018.', ['t'], ctx, false)).toEqual([]);
    expect(checkPeriodMentions('Tháng 12 năm 2022', ['t'], ctx, false)).toEqual([]);
  });
  it('judges bare years in titles strictly', () => {
    expect(checkPeriodMentions('Kế hoạch năm 2019', ['t'], ctx, false)).toEqual([]);
    expect(checkPeriodMentions('KẾT QUẢ NĂM 2019', ['t'], ctx, true)[0]?.code).toBe('period/mismatch');
    expect(checkPeriodMentions('KẾT QUẢ NĂM 2023', ['t'], ctx, true)).toEqual([]);
  });
});

describe('checkSigner', () => {
  it('accepts a director signing directly and a deputy signing KT.', () => {
    expect(checkSigner({ mode: 'direct', title: 'GIÁM ĐỐC', name: 'Nguyễn Thị Hà' }, ['s'])).toEqual([]);
    expect(checkSigner({ mode: 'KT', for: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Triệu Ngọc Trung' }, ['s'])).toEqual([]);
    expect(checkSigner({ mode: 'TM', for: 'ỦY BAN NHÂN DÂN', on: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Long Hải' }, ['s'])).toEqual([]);
  });
  it('flags KT. signed by someone who is not a deputy', () => {
    expect(checkSigner({ mode: 'KT', for: 'GIÁM ĐỐC', title: 'GIÁM ĐỐC', name: 'A' }, ['s'])).toEqual([
      { code: 'signer/kt-needs-deputy', severity: 'error', path: ['s', 'title'], message: 'Ký thay (KT.) phải là cấp phó, nhưng chức danh là "GIÁM ĐỐC".' },
    ]);
  });
  it('flags a deputy signing without KT. and KT. without its authority', () => {
    expect(checkSigner({ mode: 'direct', title: 'PHÓ GIÁM ĐỐC', name: 'A' }, ['s'])[0]?.code).toBe('signer/deputy-needs-kt');
    expect(checkSigner({ mode: 'KT', title: 'PHÓ GIÁM ĐỐC', name: 'A' }, ['s'])[0]?.code).toBe('signer/missing-authority');
    expect(checkSigner({ mode: 'Q', title: 'PHÓ GIÁM ĐỐC', name: 'A' }, ['s'])[0]?.code).toBe('signer/acting-title');
  });
});

describe('checkRecipients', () => {
  it('accepts a list ending with the Lưu line', () => {
    expect(checkRecipients({ items: ['Như trên;', 'Lưu: VT, VP.'] }, ['r'])).toEqual([]);
  });
  it('flags a list without the Lưu line', () => {
    expect(checkRecipients({ items: ['Như trên;', 'Lãnh đạo Sở;'] }, ['r'])).toEqual([
      { code: 'recipients/missing-luu', severity: 'warning', path: ['r', 'items'], message: 'Nơi nhận phải kết thúc bằng dòng "Lưu: VT, …".' },
    ]);
  });
  it('gives advice on punctuation (seed 000 ends without a full stop)', () => {
    expect(checkRecipients({ items: ['Như trên', 'Lưu: VT, KH&QLCN_{HTTH}'] }, ['r']).map((d) => d.code)).toEqual(['recipients/luu-full-stop', 'recipients/semicolon']);
  });
});

describe('tasks', () => {
  const cutoff = '2023-09-14';
  it('computes statuses at the cut-off date', () => {
    expect(taskStatus({ deadline: '2023-09-13', completedOn: '2023-09-13' }, cutoff)).toBe('Đúng hạn');
    expect(taskStatus({ deadline: '2023-09-10', completedOn: '2023-09-12' }, cutoff)).toBe('Quá hạn');
    expect(taskStatus({ deadline: '2023-09-10' }, cutoff)).toBe('Quá hạn');
    expect(taskStatus({ deadline: '2023-09-30' }, cutoff)).toBe('Chưa đến hạn');
    expect(taskStatus({}, cutoff)).toBe('Chưa đến hạn');
    expect(taskStatus({ completedOn: '2023-07-14' }, cutoff)).toBe('Đúng hạn');
  });
  it('accepts stated statuses that agree', () => {
    expect(checkTasks([{ content: 'A', deadline: '2023-09-13', completedOn: '2023-09-13', status: 'Đúng hạn' }], cutoff, ['tasks'])).toEqual([]);
  });
  it('flags a stated status that disagrees and a completion after the cut-off', () => {
    expect(checkTasks([{ content: 'A', deadline: '2023-09-10', status: 'Chưa đến hạn' }], cutoff, ['tasks'])).toEqual([
      { code: 'task/status-mismatch', severity: 'warning', path: ['tasks', 0, 'status'], message: 'Tiến độ ghi "Chưa đến hạn" nhưng theo thời hạn và ngày hoàn thành tại ngày chốt số liệu 2023-09-14 là "Quá hạn".' },
    ]);
    expect(checkTasks([{ content: 'A', completedOn: '2023-09-20' }], cutoff, ['tasks'])[0]?.code).toBe('task/completed-after-cutoff');
    expect(checkTasks([{ content: 'A', state: 'done' }], cutoff, ['tasks'])[0]?.code).toBe('task/missing-completion');
    expect(checkTasks([{ content: 'A', state: 'in-progress', completedOn: '2023-09-01' }], cutoff, ['tasks'])[0]?.code).toBe('task/state-mismatch');
  });
  it('compares counts stated by hand with the list', () => {
    expect(checkStatedCounts({ total: 14, done: 4 }, { total: 14, done: 4 }, ['stated'])).toEqual([]);
    expect(checkStatedCounts({ total: 14, done: undefined }, { total: 13, done: 4 }, ['stated'])).toEqual([
      { code: 'count/stated-mismatch', severity: 'warning', path: ['stated', 'total'], message: 'Số ghi là 14 nhưng danh sách có 13 mục.' },
    ]);
  });
});

describe('checkText', () => {
  it('accepts clean NFC text', () => {
    expect(checkText('Sở Khoa học và Công nghệ', ['t'])).toEqual([]);
  });
  it('reports NFD text; forbidden characters are reported where the input is read (readInput)', () => {
    expect(checkText('Ha\u0300 No\u0323i', ['t'])).toEqual([{ code: 'text/not-nfc', severity: 'info', path: ['t'], message: 'Văn bản chưa ở dạng Unicode dựng sẵn (NFC); đã được chuẩn hóa khi xuất.' }]);
    expect(checkText('a\u0000b\uFFFF', ['t'])).toEqual([]);
  });
});
