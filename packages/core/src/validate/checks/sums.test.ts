import { describe, expect, it } from 'vitest';
import { checkAtMost, checkRate, checkSum, decimalsShown, rateMatches, sameAmount } from './sums';

describe('checkAtMost', () => {
  it('warns only when both values are given and the part is larger', () => {
    expect(checkAtMost('x/y', { value: 2, path: ['a'], label: 'A' }, { value: 2, label: 'b' })).toEqual([]);
    expect(checkAtMost('x/y', { value: 3, path: ['a'], label: 'A' }, { value: undefined, label: 'b' })).toEqual([]);
    expect(checkAtMost('x/y', { value: undefined, path: ['a'], label: 'A' }, { value: 1, label: 'b' })).toEqual([]);
    expect(checkAtMost('x/y', { value: 1200, path: ['a'], label: 'A' }, { value: 1000, label: 'b' })).toEqual([
      { code: 'x/y', severity: 'warning', path: ['a'], message: 'A (1.200) lớn hơn b (1.000).' },
    ]);
    expect(
      checkAtMost(
        'sang-kien/recognized-exceeds-reviewed',
        { value: 5, path: ['recognized'], label: 'Số sáng kiến được công nhận' },
        { value: 4, label: 'số hồ sơ được đánh giá' },
      ),
    ).toEqual([
      { code: 'sang-kien/recognized-exceeds-reviewed', severity: 'warning', path: ['recognized'], message: 'Số sáng kiến được công nhận (5) lớn hơn số hồ sơ được đánh giá (4).' },
    ]);
  });
});

describe('checkSum', () => {
  it('warns when the parts do not add up', () => {
    expect(checkSum('x/s', [{ value: 1 }, { value: 2 }], 3, ['p'], 'Tổng', 'tổng số')).toEqual([]);
    expect(checkSum('x/s', [], 3, ['p'], 'Tổng', 'tổng số')).toEqual([]);
    expect(checkSum('x/s', undefined, 3, ['p'], 'Tổng', 'tổng số')).toEqual([]);
    expect(checkSum('x/s', [{ value: 1 }], undefined, ['p'], 'Tổng', 'tổng số')).toEqual([]);
    expect(checkSum('x/s', [{ value: 1 }], 3, ['p'], 'Tổng', 'tổng số')).toEqual([{ code: 'x/s', severity: 'warning', path: ['p'], message: 'Tổng (1) khác tổng số (3).' }]);
    expect(checkSum('nghien-cuu-khcn/by-field-sum', [{ value: 20 }, { value: 8 }], 29, ['tasks', 'byField'], 'Tổng theo lĩnh vực', 'tổng số nhiệm vụ')).toEqual([
      { code: 'nghien-cuu-khcn/by-field-sum', severity: 'warning', path: ['tasks', 'byField'], message: 'Tổng theo lĩnh vực (28) khác tổng số nhiệm vụ (29).' },
    ]);
  });
});

describe('rates', () => {
  it('decimalsShown counts the decimals a number is written with', () => {
    expect(decimalsShown(85)).toBe(0);
    expect(decimalsShown(98.31)).toBe(2);
    expect(decimalsShown(1e-7)).toBe(0);
  });

  it('rateMatches compares at the precision written (or the given decimals)', () => {
    expect(rateMatches(85, 850, 1000)).toBe(true);
    expect(rateMatches(98.3, 116, 118)).toBe(true);
    expect(rateMatches(98.31, 116, 118)).toBe(true);
    expect(rateMatches(98.4, 116, 118)).toBe(false);
    expect(rateMatches(90, 850, 1000)).toBe(false);
    expect(rateMatches(98, 116, 118, 2)).toBe(false);
    expect(rateMatches(12, 1, 0)).toBe(true);
  });

  it('checkRate warns on a stated rate that disagrees or has no whole', () => {
    expect(checkRate('x/rate', undefined, 1, 2, ['rate'])).toEqual([]);
    expect(checkRate('x/rate', 50, 1, 2, ['rate'])).toEqual([]);
    expect(checkRate('x/rate', 60, 1, 2, ['rate'])).toEqual([{ code: 'x/rate', severity: 'warning', path: ['rate'], message: 'Tỷ lệ ghi 60% nhưng 1/2 = 50%.' }]);
    expect(checkRate('chuyen-doi-so/online-dossiers-rate', 90, 850, 1000, ['onlineDossiers', 'rate'])).toEqual([
      { code: 'chuyen-doi-so/online-dossiers-rate', severity: 'warning', path: ['onlineDossiers', 'rate'], message: 'Tỷ lệ ghi 90% nhưng 850/1.000 = 85%.' },
    ]);
    expect(checkRate('x/rate', 100, 0, 0, ['rate'])).toEqual([{ code: 'x/rate', severity: 'warning', path: ['rate'], message: 'Không tính được tỷ lệ khi tổng bằng 0 (tỷ lệ ghi 100%).' }]);
  });

  it('sameAmount tolerates float noise only', () => {
    expect(sameAmount(66769.9, 33427.9 + 33342)).toBe(true);
    expect(sameAmount(0.3, 0.1 + 0.2)).toBe(true);
    expect(sameAmount(66769.9, 66769.8)).toBe(false);
    expect(sameAmount(0, 1e-10)).toBe(true);
  });
});
