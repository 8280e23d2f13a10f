import type { z } from 'zod';

/**
 * Every diagnostic code core itself reports, in the order of the README's table (a test keeps the two in step).
 * `schema/<zod issue code>` codes are listed apart, in {@link SCHEMA_CODES}.
 */
export const CORE_CODES = [
  'schema/exception',
  'input/cycle', 'input/too-deep', 'input/too-large', 'input/string-too-long', 'input/array-too-long', 'input/unknown-field', 'input/unreadable',
  'report/unknown-kind', 'report/missing-subject', 'body/unknown-part',
  'report/invalid-header', 'period/invalid',
  'section/unknown', 'section/failed', 'section/invalid-output', 'section/too-deep',
  'section/not-applicable', 'profile/not-applicable',
  'plugin/duplicate-id',
  'template/error',
  'figure/breakdown-sum',
  'figure/percent-mismatch', 'figure/percent-zero-whole',
  'figure/ratio-exceeds', 'figure/invalid-whole',
  'figure/negative-count', 'figure/fractional-count', 'figure/unsafe-number',
  'money/words-mismatch', 'money/words-unreadable', 'money/out-of-range', 'money/words-spelling',
  'period/mismatch',
  'date/invalid', 'date/before-period',
  'task/status-mismatch', 'task/completed-after-cutoff', 'task/missing-completion', 'task/state-mismatch',
  'count/stated-mismatch', 'list/stated-count',
  'signer/kt-needs-deputy', 'signer/missing-authority', 'signer/deputy-needs-kt', 'signer/acting-title',
  'recipients/missing-luu', 'recipients/luu-full-stop', 'recipients/semicolon',
  'text/forbidden-char', 'text/not-nfc',
  'series/cumulative-mismatch', 'series/change-mismatch', 'series/plan-share-mismatch',
  'series/gap', 'series/no-plan', 'series/missing-kind', 'series/invalid-history', 'series/unsupported-period',
  'internal/error',
] as const;

/** The zod issue codes, as `schema/<code>` diagnostics carry them. */
export const SCHEMA_CODES = [
  'schema/invalid_type', 'schema/too_big', 'schema/too_small', 'schema/invalid_format', 'schema/not_multiple_of',
  'schema/unrecognized_keys', 'schema/invalid_union', 'schema/invalid_key', 'schema/invalid_element', 'schema/invalid_value',
  'schema/custom',
] as const satisfies readonly `schema/${z.core.$ZodIssue['code']}`[];

/**
 * The codes core reports: checks of the report itself and `schema/<zod issue code>`.
 *
 * @example
 * const code: CoreDiagnosticCode = 'figure/breakdown-sum';
 */
export type CoreDiagnosticCode = (typeof CORE_CODES)[number] | `schema/${z.core.$ZodIssue['code']}`;

/**
 * The codes of section plugins, by declaration merging: a plugin package declares its codes as keys, and
 * {@link DiagnosticCode} includes them wherever the package is imported (`@baocao-khcn/sections` declares all of its own).
 *
 * @example
 * declare module '@baocao-khcn/core' {
 *   interface DiagnosticCodeRegistry { 'chuong-trinh-ocop/too-many': true }
 * }
 */
export interface DiagnosticCodeRegistry {}

/**
 * A diagnostic code: one of core's, one a plugin package registered ({@link DiagnosticCodeRegistry}), or any other
 * `<prefix>/<name>` a plugin reports (prefixed with its section id).
 *
 * @example
 * const code: DiagnosticCode = 'nghien-cuu-khcn/by-level-sum';
 */
export type DiagnosticCode = CoreDiagnosticCode | keyof DiagnosticCodeRegistry | (`${string}/${string}` & {});
