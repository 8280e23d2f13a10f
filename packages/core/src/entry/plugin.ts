/**
 * `@baocao-khcn/core/plugin`: the kit for section authors — schemas of the shared shapes (counts, money, tasks,
 * breakdowns, prose), figure and sentence builders, checks that return diagnostics, and task helpers.
 * Define the section itself with `defineSection` / `defineAreaSection` from `@baocao-khcn/core`.
 *
 * @example
 * import { defineAreaSection } from '@baocao-khcn/core';
 * import { countFigure, optionalCount, paragraph, sentence } from '@baocao-khcn/core/plugin';
 *
 * @packageDocumentation
 */

// Shapes of section data
export { proseSchema, countSchema, moneySchema, taskSchema, TASK_STATUSES, optionalCount, breakdownPartSchema, breakdownInSchema } from '../model/shared';
export type { Count, Money, Task, TaskStatus, TaskState, BreakdownPart } from '../model/shared';
export { richTextSchema } from '../model/rich-text';
export type { RichText, Inline, Figure, FigurePart, Footnote } from '../model/rich-text';
export type { Block, ListItem } from '../model/blocks';
export { isoDateSchema } from '../model/report';
export { areaShape, subsectionSchema } from '../plugin/area';
export { sectionTitleFor } from '../plugin/section';
export { DEFAULT_KINDS } from '../plugin/profile';

// Figure and sentence builders
export { countFigure, moneyFigure, rateFigure } from '../plugin/figures';
export { capitalize } from '../text/capitalize';
export { inlineOf, joinClauses, sentence, paragraph, breakdownClause, countClause, punctuateList, leadWith } from '../plugin/sentences';
export type { Clause } from '../plugin/sentences';
export { formatFigure } from '../compose/figure';
export { afterFigure, seriesFigure } from '../series/series-figure';
export { comparisonTable } from '../series/table';
export type { ComparisonTableOptions } from '../series/table';
export { numberedTable } from '../plugin/numbered-table';
export type { NumberedTableSpec } from '../plugin/numbered-table';
export { cleanText } from '../text/clean';

// Checks and task helpers
export { taskStatus, taskState, countTasks, taskDeadlineText, checkTasks, checkStatedCounts } from '../validate/checks/tasks';
export type { TaskCounts, CheckTasksOptions } from '../validate/checks/tasks';
export { checkAtMost, checkSum, checkRate, rateMatches, sameAmount } from '../validate/checks/sums';
export type { LabelledValue } from '../validate/checks/sums';
export { checkFigure, checkMoneyWords } from '../validate/checks/figures';
