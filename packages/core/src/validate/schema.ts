import { z } from 'zod';
import type { DiagnosticCode } from './codes';
import type { Diagnostic, JsonPath } from './diagnostic';
import { namingField, vietnameseError } from './messages';
import { append } from '../_lib/append';

let viLocale: ReturnType<typeof z.locales.vi> | undefined;
function vi() {
  viLocale ??= z.locales.vi();
  return viLocale;
}

/** The Vietnamese messages of this library first, zod's Vietnamese locale for anything else. */
const error = (issue: z.core.$ZodRawIssue) => vietnameseError(issue) ?? vi().localeError(issue);

/**
 * Parses `value` with `schema`, passing Vietnamese messages for this parse only (never global config).
 * Issues become diagnostics with code `schema/<zod code>` (or the code a refinement names in `params.code`, such as
 * `date/invalid`) and paths prefixed with `base`.
 */
export function parseWithDiagnostics<S extends z.ZodType>(
  schema: S,
  value: unknown,
  base: JsonPath,
): { success: true; data: z.output<S>; diagnostics: Diagnostic[] } | { success: false; diagnostics: Diagnostic[] } {
  let result: ReturnType<S['safeParse']>;
  try {
    result = schema.safeParse(value, { error }) as ReturnType<S['safeParse']>;
  } catch (error) {
    // A schema that throws (e.g. a plugin's refine) must not take the validator down.
    return {
      success: false,
      diagnostics: [{ code: 'schema/exception', severity: 'error', path: base, message: `Không kiểm tra được dữ liệu: ${error instanceof Error ? error.message : String(error)}` }],
    };
  }
  if (result.success) return { success: true, data: result.data as z.output<S>, diagnostics: [] };
  return { success: false, diagnostics: issuesToDiagnostics(result.error.issues, base) };
}

function issuesToDiagnostics(issues: readonly z.core.$ZodIssue[], base: JsonPath): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of issues) {
    // A union of block shapes reports one issue per branch; report the branch closest to the data.
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const best = issue.errors.reduce((a, b) => (depthOf(b) > depthOf(a) ? b : a));
      // A union of literals (`half`: 1 or 2) keeps its own message, which lists the values allowed.
      if (depthOf(best) > 0 && !issue.errors.every((branch) => branch.every((i) => i.path.length === 0))) {
        append(out, issuesToDiagnostics(best, [...base, ...(issue.path as JsonPath)]));
        continue;
      }
    }
    const path = [...base, ...(issue.path.filter((k) => typeof k !== 'symbol') as JsonPath)];
    out.push({ code: diagnosticCode(issue), severity: 'error', path, message: namingField(issue.message, path) });
  }
  return out;
}

/** `schema/<zod code>`, or the code a refinement names in its params (`isoDateSchema` → `date/invalid`). */
function diagnosticCode(issue: z.core.$ZodIssue): DiagnosticCode {
  const named = issue.code === 'custom' ? issue.params?.['code'] : undefined;
  return typeof named === 'string' && /^[a-z0-9-]+\/[a-z0-9-]+$/.test(named) ? (named as DiagnosticCode) : `schema/${issue.code}`;
}

function depthOf(issues: readonly z.core.$ZodIssue[]): number {
  let best = 0;
  for (const i of issues) best = Math.max(best, i.path.length + (i.code === 'invalid_type' ? 0 : 1));
  return best;
}
