import { analyzeReport, type ReportOptions } from './analyze';
import type { Diagnostic } from './diagnostic';

/**
 * Checks a report against the schema, the profile, the section plugins and the built-in rules.
 * Never throws on user data: whatever `input` is (null, wrong types, cycles, huge strings), problems come back
 * as diagnostics with a stable code, a JSON path and a Vietnamese message.
 *
 * @example
 * validateReport(null, { profile })
 * // → [{ code: 'schema/invalid_type', severity: 'error', path: [], message: 'Phải là đối tượng, không phải null.' }]
 */
export function validateReport(input: unknown, options: ReportOptions): Diagnostic[] {
  try {
    return analyzeReport(input, options).diagnostics;
  } catch (error) {
    // Defence in depth: a bug must still not surface as an exception to the caller.
    return [{ code: 'internal/error', severity: 'error', path: [], message: `Lỗi nội bộ khi kiểm tra báo cáo: ${error instanceof Error ? error.message : String(error)}` }];
  }
}
