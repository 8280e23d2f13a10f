import { describe, expect, it } from 'vitest';
import { documentNumberLine } from './document-number-line';

describe('documentNumberLine', () => {
  it('prefixes "Số: "', () => {
    expect(documentNumberLine({ number: 5, kindCode: 'BC', agencyCode: 'SKHCN' })).toBe('Số: 05/BC-SKHCN');
    expect(documentNumberLine({ number: 1161, agencyCode: 'KHCN-TĐC' })).toBe('Số: 1161/KHCN-TĐC');
    expect(documentNumberLine({ number: 30, year: 2020, kindCode: 'NĐ', agencyCode: 'CP' })).toBe('Số: 30/2020/NĐ-CP');
  });

  it('puts the draft blank right after the colon', () => {
    expect(documentNumberLine({ kindCode: 'BC', agencyCode: 'SKHCN' })).toBe('Số:      /BC-SKHCN');
  });
});
