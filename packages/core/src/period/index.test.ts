import { describe, expect, it } from 'vitest';
import * as period from './index';

describe('period/index', () => {
  it('exports exactly the public names', () => {
    expect(Object.keys(period).sort()).toEqual([
      'nextPeriod',
      'nextPeriodLabel',
      'periodLabel',
      'periodMentions',
      'reportingWindow',
    ]);
  });
});
