import { describe, expect, it } from 'vitest';
import * as format from './index';

describe('format/index', () => {
  it('exports exactly the public names', () => {
    expect(Object.keys(format).sort()).toEqual([
      'DRAFT_BLANK',
      'MAX_MONEY_IN_WORDS',
      'documentNumberLine',
      'formatCount',
      'formatDateLine',
      'formatDocumentNumber',
      'formatNumber',
      'formatPercent',
      'formatShortDate',
      'isIsoDate',
      'moneyToWords',
      'parseIsoDate',
      'parseMoneyWords',
      'parseVietnameseNumber',
      'percentOf',
    ]);
  });
});
