import { describe, expect, it } from 'vitest';
import { formatDocumentNumber } from './format-document-number';

describe('formatDocumentNumber', () => {
  it('pads numbers below 10', () => {
    expect(formatDocumentNumber({ number: 5, kindCode: 'BC', agencyCode: 'SKHCN' })).toBe('05/BC-SKHCN');
    expect(formatDocumentNumber({ number: 10, kindCode: 'BC', agencyCode: 'SKHCN' })).toBe('10/BC-SKHCN');
    expect(formatDocumentNumber({ number: 123, kindCode: 'BC', agencyCode: 'SKHCN' })).toBe('123/BC-SKHCN');
    expect(formatDocumentNumber({ number: '5', kindCode: 'KH', agencyCode: 'UBND' })).toBe('05/KH-UBND');
  });

  it('omits the kind code for a công văn', () => {
    expect(formatDocumentNumber({ number: 1161, agencyCode: 'KHCN-TĐC' })).toBe('1161/KHCN-TĐC');
    expect(formatDocumentNumber({ number: 1506, kindCode: '', agencyCode: 'SKHĐT-THKTXH' })).toBe(
      '1506/SKHĐT-THKTXH',
    );
  });

  it('includes the year of legal documents', () => {
    expect(formatDocumentNumber({ number: 30, year: 2020, kindCode: 'NĐ', agencyCode: 'CP' })).toBe('30/2020/NĐ-CP');
    expect(formatDocumentNumber({ number: 9, year: 2019, kindCode: 'NĐ', agencyCode: 'CP' })).toBe('09/2019/NĐ-CP');
  });

  it('keeps string numbers as written', () => {
    expect(formatDocumentNumber({ number: '30c', kindCode: 'NQ', agencyCode: 'CP' })).toBe('30c/NQ-CP');
    expect(formatDocumentNumber({ number: '005', kindCode: 'BC', agencyCode: 'SKHCN' })).toBe('005/BC-SKHCN');
  });

  it('leaves a blank for drafts', () => {
    expect(formatDocumentNumber({ kindCode: 'BC', agencyCode: 'SKHCN' })).toBe('      /BC-SKHCN');
    expect(formatDocumentNumber({ number: '  ', kindCode: 'BC', agencyCode: 'SKHCN' })).toBe('      /BC-SKHCN');
    expect(formatDocumentNumber({ year: 2024, kindCode: 'QĐ', agencyCode: 'UBND' })).toBe('      /2024/QĐ-UBND');
  });

  it('trims and NFC-normalises codes', () => {
    expect(formatDocumentNumber({ number: 1, kindCode: ' QĐ '.normalize('NFD'), agencyCode: ' UBND ' })).toBe(
      '01/QĐ-UBND',
    );
  });

  it('throws a RangeError for invalid parts', () => {
    expect(() => formatDocumentNumber({ number: 5, agencyCode: '' })).toThrow(/cơ quan/);
    expect(() => formatDocumentNumber({ number: 0, agencyCode: 'SKHCN' })).toThrow(RangeError);
    expect(() => formatDocumentNumber({ number: -3, agencyCode: 'SKHCN' })).toThrow(RangeError);
    expect(() => formatDocumentNumber({ number: 1.5, agencyCode: 'SKHCN' })).toThrow(RangeError);
    expect(() => formatDocumentNumber({ number: '12/3', agencyCode: 'SKHCN' })).toThrow(RangeError);
    expect(() => formatDocumentNumber({ number: '0', agencyCode: 'SKHCN' })).toThrow(RangeError);
    expect(() => formatDocumentNumber({ number: 5, year: 20, agencyCode: 'CP' })).toThrow(RangeError);
  });
});
