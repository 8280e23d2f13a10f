/**
 * `@baocao-khcn/core`: the typed model of a Sở KH&CN periodic report, the renderer-neutral document tree,
 * Vietnamese formatters, reporting periods, the plugin API and validation with diagnostics.
 *
 * @packageDocumentation
 */

// Model
export {
  reportSchema,
  agencySchema,
  periodSchema,
  issueDateSchema,
  isoDateSchema,
  documentRefSchema,
  signerSchema,
  signerModeSchema,
  appendixSchema,
  partSchema,
  recipientsSchema,
} from './model/report';
export type { ReportInput, Report, Agency, DocumentRef, Signer, SignerMode, IssueDate, Recipients, AppendixInput, PartInput } from './model/report';
export { alignSchema, listItemSchema, blockSchema, paragraphSchema, listSchema, tableSchema, headingSchema, sectionBlockSchema, cellSchema, rowSchema, columnSchema } from './model/blocks';
export type { Block, BlockInput, ParagraphBlockInput, ListBlockInput, ListItemInput, TableBlockInput, HeadingBlockInput, SectionBlockInput, CellInput, RowInput, Align, ListItem } from './model/blocks';
export { richTextSchema, inlineSchema, figureSchema, figurePartSchema, textRunSchema, footnoteSchema } from './model/rich-text';
export type { RichText, RichTextInput, Inline, InlineInput, Figure, FigureInput, FigurePart, TextRun, Footnote, FootnoteInput } from './model/rich-text';
export { proseSchema, countSchema, moneySchema, taskSchema, TASK_STATUSES, optionalCount, breakdownPartSchema, breakdownInSchema } from './model/shared';
export type { Count, Money, Task, TaskStatus, TaskState, BreakdownPart } from './model/shared';
export { reportJsonSchema, sectionJsonSchema } from './model/json-schema';

// Document tree
export type {
  TextNode,
  FootnoteNode,
  InlineNode,
  Alignment,
  NumberStyle,
  HeadingNode,
  ParagraphNode,
  ListItemNode,
  ListNode,
  TableCellNode,
  TableRowNode,
  TableNode,
  BlockNode,
  HeaderNode,
  SignatureNode,
  RecipientsNode,
  AppendixNode,
  ReportDocument,
} from './tree/types';

// Formatters
export {
  formatNumber,
  parseVietnameseNumber,
  formatPercent,
  percentOf,
  formatCount,
  moneyToWords,
  parseMoneyWords,
  MAX_MONEY_IN_WORDS,
  formatDateLine,
  formatShortDate,
  isIsoDate,
  parseIsoDate,
  formatDocumentNumber,
  documentNumberLine,
  DRAFT_BLANK,
} from './format';
export type { FormatNumberOptions, FormatPercentOptions, FormatCountOptions, DateLineDate, DocumentNumberInput, IsoDateParts, FormatShortDateOptions } from './format';

// Periods
export { periodLabel, nextPeriod, nextPeriodLabel, reportingWindow, periodMentions } from './period';
export type { Period, PeriodKind, DateRange, WindowRule, PeriodMention } from './period';

// Plugin API
export { defineSection, sectionTitleFor } from './plugin/section';
export type { SectionSpec, SectionPlugin, AnySectionPlugin, SectionTitle } from './plugin/section';
export { defineProfile, DEFAULT_KINDS } from './plugin/profile';
export type { Profile, ProfileSpec, PartSpec, PartMode, ProfileTemplates, DocumentKind } from './plugin/profile';
export type { SectionContext, SectionFormatters } from './plugin/context';
// Figure and sentence builders for section plugins
export { countFigure, moneyFigure, rateFigure } from './plugin/figures';
export { inlineOf, capitalize, joinClauses, sentence, paragraph, breakdownClause, countClause, punctuateList, leadWith } from './plugin/sentences';
export type { Clause } from './plugin/sentences';

// Validation and composition
export type { Diagnostic, Severity, JsonPath } from './validate/diagnostic';
export { formatPath } from './validate/diagnostic';
export { validateReport } from './validate/validate-report';
export { describeDocument } from './validate/analyze';
export type { ReportOptions } from './validate/analyze';
export { DEFAULT_LIMITS } from './validate/limits';
export type { Limits } from './validate/limits';
export { taskStatus, taskState, countTasks, taskDeadlineText, checkTasks, checkStatedCounts } from './validate/checks/tasks';
export type { TaskCounts, CheckTasksOptions } from './validate/checks/tasks';
export { checkAtMost, checkSum, checkRate, rateMatches, sameAmount } from './validate/checks/sums';
export type { LabelledValue } from './validate/checks/sums';
export { checkFigure, checkMoneyWords } from './validate/checks/figures';
export { composeReport, ComposeError } from './compose/compose-report';
export type { ComposeResult } from './compose/compose-report';
export { formatFigure } from './compose/figure';
export { signatureLines, NATIONAL_TITLE, MOTTO } from './compose/header';
export { cleanText } from './text/clean';
export { defineAreaSection, areaShape, subsectionSchema } from './plugin/area';
export type { AreaSpec, AreaData, AreaSchema, AreaSubsection } from './plugin/area';
