import { describe, expect, it } from 'vitest';
import * as core from '../src/index';

describe('public API of @baocao-khcn/core', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(core).sort()).toEqual(
      [
        'ComposeError', 'DEFAULT_KINDS', 'DEFAULT_LIMITS', 'DRAFT_BLANK', 'MAX_MONEY_IN_WORDS', 'MOTTO', 'NATIONAL_TITLE', 'TASK_STATUSES',
        'agencySchema', 'alignSchema', 'appendixSchema', 'areaShape', 'blockSchema', 'cellSchema', 'checkFigure', 'checkMoneyWords',
        'checkStatedCounts', 'checkTasks', 'cleanText', 'columnSchema', 'composeReport', 'countSchema', 'defineAreaSection',
        'defineProfile', 'defineSection', 'documentNumberLine', 'documentRefSchema', 'figurePartSchema', 'figureSchema',
        'footnoteSchema', 'formatCount', 'formatDateLine', 'formatDocumentNumber', 'formatFigure', 'formatNumber', 'formatPath',
        'formatPercent', 'formatShortDate', 'headingSchema', 'inlineSchema', 'isIsoDate', 'isoDateSchema', 'issueDateSchema',
        'listItemSchema', 'listSchema', 'moneySchema', 'moneyToWords', 'nextPeriod', 'nextPeriodLabel', 'paragraphSchema',
        'parseIsoDate', 'parseMoneyWords', 'parseVietnameseNumber', 'partSchema', 'percentOf', 'periodLabel', 'periodMentions',
        'periodSchema', 'proseSchema', 'recipientsSchema', 'reportJsonSchema', 'reportSchema', 'reportingWindow', 'richTextSchema',
        'rowSchema', 'sectionBlockSchema', 'sectionJsonSchema', 'sectionTitleFor', 'signatureLines', 'signerModeSchema',
        'signerSchema', 'subsectionSchema', 'tableSchema', 'taskSchema', 'taskStatus', 'textRunSchema', 'validateReport',
        // Section helpers: shapes, figure and sentence builders, checks
        'breakdownClause', 'breakdownInSchema', 'breakdownPartSchema', 'capitalize', 'checkAtMost', 'checkRate', 'checkSum',
        'countClause', 'countFigure', 'countTasks', 'describeDocument', 'inlineOf', 'joinClauses', 'leadWith', 'moneyFigure',
        'optionalCount', 'paragraph', 'punctuateList', 'rateFigure', 'rateMatches', 'sameAmount', 'sentence', 'taskDeadlineText',
        'taskState',
      ].sort(),
    );
  });
});
