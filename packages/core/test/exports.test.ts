import { describe, expect, it } from 'vitest';
import * as format from '../src/entry/format';
import * as plugin from '../src/entry/plugin';
import * as tree from '../src/entry/tree';
import * as core from '../src/index';

describe('public API of @baocao-khcn/core', () => {
  it('the root exports exactly what an app calls', () => {
    expect(Object.keys(core).sort()).toEqual(
      [
        'ComposeError', 'DEFAULT_LIMITS', 'composeReport', 'defineAreaSection', 'defineProfile', 'defineSection', 'formatPath',
        'indicatorsOf', 'isComposeError', 'reportJsonSchema', 'reportSchema', 'rollupIndicators', 'section', 'sectionJsonSchema', 'validateReport',
      ].sort(),
    );
  });

  it('/plugin exports exactly the kit for section authors', () => {
    expect(Object.keys(plugin).sort()).toEqual(
      [
        'DEFAULT_KINDS', 'TASK_STATUSES', 'areaShape', 'breakdownClause', 'breakdownInSchema', 'breakdownPartSchema', 'capitalize',
        'afterFigure', 'checkAtMost', 'checkFigure', 'comparisonTable', 'checkMoneyWords', 'checkRate', 'checkStatedCounts', 'checkSum', 'checkTasks', 'cleanText',
        'countClause', 'countFigure', 'countSchema', 'countTasks', 'formatFigure', 'inlineOf', 'isoDateSchema', 'joinClauses',
        'leadWith', 'moneyFigure', 'moneySchema', 'numberedTable', 'optionalCount', 'paragraph', 'proseSchema', 'punctuateList', 'rateFigure',
        'rateMatches', 'richTextSchema', 'sameAmount', 'sectionTitleFor', 'sentence', 'seriesFigure', 'subsectionSchema', 'taskDeadlineText',
        'taskSchema', 'taskState', 'taskStatus',
      ].sort(),
    );
  });

  it('/format exports exactly the formatters and periods', () => {
    expect(Object.keys(format).sort()).toEqual(
      [
        'DRAFT_BLANK', 'MAX_MONEY_IN_WORDS', 'describeDocument', 'documentNumberLine', 'formatCount', 'formatDateLine',
        'formatDocumentNumber', 'formatNumber', 'formatPercent', 'formatShortDate', 'isIsoDate', 'moneyToWords', 'nextPeriod',
        'nextPeriodLabel', 'parseIsoDate', 'parseMoneyWords', 'parseVietnameseNumber', 'percentOf', 'periodLabel', 'periodMentions',
        'reportingWindow',
      ].sort(),
    );
  });

  it('/tree exports the tree types and the renderers\' node dispatch', () => {
    expect(Object.keys(tree)).toEqual(['dispatchNode']);
  });
});
