import { describe, expect, it } from 'vitest';
import { codes, langSon } from '@baocao-khcn/test-utils';
import { thanhTra } from './thanh-tra';

const { diagnose, render } = langSon;

/** Seed 003 (Bắc Kạn, 6 tháng 2023): the words say "mươi năm" where the standard reading is "mươi lăm". */
const SEED_WORDS = 'Bốn mươi năm triệu, chín trăm chín mươi tám nghìn, bốn trăm linh chín đồng';

describe('thanh-tra schema', () => {
  it('accepts inspections with fines and complaints', () => {
    const parsed = thanhTra.schema.parse({ inspections: { count: 2, establishments: 5, violations: 0, fines: { amount: 45998409, words: SEED_WORDS } }, complaints: { received: 3, resolved: 3 } });
    expect(parsed.inspections?.fines).toEqual({ amount: 45998409, words: SEED_WORDS });
    expect(parsed.complaints).toEqual({ received: 3, resolved: 3 });
  });

  it('rejects inspections without count, negative fines and complaints without resolved', () => {
    const result = thanhTra.schema.safeParse({ inspections: { establishments: 5, fines: { amount: -1 } }, complaints: { received: 1 } });
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['complaints.resolved', 'inspections.count', 'inspections.fines.amount']);
  });
});

describe('thanh-tra results', () => {
  it('writes inspections, violations and fines with the sum in words generated, then complaints and prose', () => {
    const { results, diagnostics } = render(thanhTra, {
      inspections: { count: 1, establishments: 13, violations: 2, fines: { amount: 2550000 } },
      complaints: { received: 3, resolved: 2 },
      results: ['Theo dõi, cập nhật công tác phòng, chống tham nhũng, lãng phí.'],
    });
    expect(diagnostics).toEqual([]);
    expect(results).toEqual([
      '1. Công tác thanh tra, giải quyết khiếu nại, tố cáo và phòng chống tham nhũng',
      'Thực hiện 01 cuộc thanh tra, kiểm tra đối với 13 cơ sở, phát hiện 02 cơ sở vi phạm; tổng số tiền xử phạt vi phạm hành chính là 2.550.000 đồng (Hai triệu, năm trăm năm mươi nghìn đồng). Tiếp nhận 03 đơn thư khiếu nại, tố cáo, đã giải quyết 02 đơn.',
      'Theo dõi, cập nhật công tác phòng, chống tham nhũng, lãng phí.',
    ]);
  });

  it('writes the seed 003 deduction with its own label and the words as written, and no complaints', () => {
    const { results, diagnostics } = render(thanhTra, {
      inspections: { count: 2, establishments: 5, fines: { amount: 45998409, words: SEED_WORDS, label: 'kết quả thanh tra: giảm trừ thanh toán số tiền là' } },
      complaints: { received: 0, resolved: 0 },
    });
    expect(results[1]).toBe(
      `Thực hiện 02 cuộc thanh tra, kiểm tra đối với 05 cơ sở; kết quả thanh tra: giảm trừ thanh toán số tiền là 45.998.409 đồng (${SEED_WORDS}). Trong kỳ không tiếp nhận đơn thư khiếu nại, tố cáo.`,
    );
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['money/words-spelling', 'info']]);
  });

  it('writes "không phát hiện cơ sở vi phạm" and an inspection count alone', () => {
    expect(render(thanhTra, { inspections: { count: 12, establishments: 12, violations: 0 } }).results[1]).toBe('Thực hiện 12 cuộc thanh tra, kiểm tra đối với 12 cơ sở, không phát hiện cơ sở vi phạm.');
    expect(render(thanhTra, { inspections: { count: 2 } }).results[1]).toBe('Thực hiện 02 cuộc thanh tra, kiểm tra.');
  });
});

describe('thanh-tra plans', () => {
  it('writes the directions prose only', () => {
    expect(render(thanhTra, { inspections: { count: 2 }, plans: ['Triển khai công tác thanh tra, kiểm tra theo kế hoạch đã phê duyệt.'] }).plans).toEqual([
      '1. Công tác thanh tra, giải quyết khiếu nại, tố cáo và phòng chống tham nhũng',
      'Triển khai công tác thanh tra, kiểm tra theo kế hoạch đã phê duyệt.',
    ]);
  });
});

describe('thanh-tra checks', () => {
  it('violations-exceed-establishments: passes at equality, warns above', () => {
    expect(codes(diagnose(thanhTra, { inspections: { count: 1, establishments: 2, violations: 2 } }))).toEqual([]);
    expect(diagnose(thanhTra, { inspections: { count: 1, establishments: 2, violations: 3 } })).toEqual([
      { code: 'thanh-tra/violations-exceed-establishments', severity: 'warning', path: ['inspections', 'violations'], message: 'Số cơ sở vi phạm (3) lớn hơn số cơ sở được thanh tra, kiểm tra (2).' },
    ]);
  });

  it('resolved-exceeds-received: passes at equality, warns above', () => {
    expect(codes(diagnose(thanhTra, { complaints: { received: 3, resolved: 3 } }))).toEqual([]);
    expect(diagnose(thanhTra, { complaints: { received: 3, resolved: 4 } })).toEqual([
      { code: 'thanh-tra/resolved-exceeds-received', severity: 'warning', path: ['complaints', 'resolved'], message: 'Số đơn đã giải quyết (4) lớn hơn số đơn tiếp nhận (3).' },
    ]);
  });

  it('fines-without-violations: warns about fines when no violation was found, not about a labelled deduction', () => {
    expect(diagnose(thanhTra, { inspections: { count: 1, violations: 0, fines: { amount: 1000000 } } })).toEqual([
      { code: 'thanh-tra/fines-without-violations', severity: 'warning', path: ['inspections', 'fines', 'amount'], message: 'Có số tiền xử phạt nhưng không ghi cơ sở vi phạm nào.' },
    ]);
    expect(codes(diagnose(thanhTra, { inspections: { count: 1, violations: 0, fines: { amount: 1000000, label: 'giảm trừ thanh toán số tiền là' } } }))).toEqual([]);
  });

  it('money words: core reports words that say another sum than the digits', () => {
    const result = diagnose(thanhTra, { inspections: { count: 1, fines: { amount: 45998409, words: 'Bốn mươi lăm triệu đồng' } } });
    expect(result.map((d) => [d.code, d.severity, d.message])).toEqual([
      ['money/words-mismatch', 'error', 'Số tiền bằng chữ (45.000.000 đồng) khác số tiền bằng số (45.998.409 đồng).'],
    ]);
  });
});
