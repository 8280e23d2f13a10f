/**
 * `@baocao-khcn/core`: what an app calls to turn report data into a checked document — the report schema and its
 * input types, `defineProfile` / `defineSection` / `defineAreaSection`, `validateReport`, `composeReport`,
 * `ComposeError`, the JSON Schema functions and `Diagnostic`.
 *
 * The rest lives in subpaths, as zod keeps `zod/v4/core` apart from `zod`:
 * - `@baocao-khcn/core/plugin` — the kit for section authors (figure and sentence builders, checks, task helpers),
 * - `@baocao-khcn/core/format` — formatters and reporting periods,
 * - `@baocao-khcn/core/tree` — the document tree types that renderers consume.
 *
 * @packageDocumentation
 */

// Model: the report as an app fills it in
export { reportSchema } from './model/report';
export type { ReportInput, SectionsDataInput, Report, Agency, DocumentRef, Signer, SignerMode, IssueDate, Recipients, AppendixInput, PartInput } from './model/report';
export type { BlockInput, ParagraphBlockInput, ListBlockInput, ListItemInput, TableBlockInput, HeadingBlockInput, SectionBlockInput, SectionBlockOf, SectionDataInput, SectionLike, CellInput, RowInput, Align } from './model/blocks';
export type { RichTextInput, InlineInput, FigureInput, FootnoteInput, TextRun } from './model/rich-text';
export type { Period, PeriodKind, WindowRule } from './period/types';
export { reportJsonSchema, sectionJsonSchema } from './model/json-schema';
export type { ReportJsonSchemaOptions, SectionSchemaSource } from './model/json-schema';

// Profiles and sections
export { defineProfile } from './plugin/profile';
export type { Profile, ProfileSpec, PartSpec, PartMode, ProfileTemplates, DocumentKind } from './plugin/profile';
export { defineSection } from './plugin/section';
export type { SectionSpec, SectionPlugin, AnySectionPlugin } from './plugin/section';
export type { SectionTitle } from './plugin/types';
export { section } from './plugin/section-block';
export type { SectionBlockOptions } from './plugin/section-block';
export { defineAreaSection } from './plugin/area';
export type { AreaSpec, AreaData, AreaSchema, AreaSubsection } from './plugin/area';
export type { SectionContext, SectionFormatters } from './plugin/context';

// Validation and composition
export type { Diagnostic, Severity, JsonPath } from './validate/diagnostic';
export type { DiagnosticCode, CoreDiagnosticCode, DiagnosticCodeRegistry } from './validate/codes';
export { formatPath } from './validate/diagnostic';
export { validateReport } from './validate/validate-report';
export type { ReportOptions } from './validate/analyze';
export { DEFAULT_LIMITS } from './validate/limits';
export type { Limits } from './validate/limits';
export { composeReport, ComposeError, isComposeError } from './compose/compose-report';
export type { ComposeResult } from './compose/compose-report';
export type { ReportDocument } from './tree/types';

// Report series: indicators, lũy kế, cùng kỳ, kế hoạch năm
export { indicatorsOf } from './series/indicators';
export type { IndicatorOptions } from './series/indicators';
export { rollupIndicators } from './series/rollup';
export type { Rollup, RolledIndicator } from './series/rollup';
export type { Indicator, IndicatorKind, IndicatorSpec, IndicatorDeclarations, SeriesShow, SeriesMeasure } from './series/types';
export type { SeriesView, SeriesRow } from './series/view';
export type { SeriesFacts, Gap } from './series/facts';
