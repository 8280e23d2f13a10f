/** Severity of a diagnostic: errors make the document wrong, warnings deserve a look, info is advice. */
export type Severity = 'error' | 'warning' | 'info';

/** A JSON path into the input, e.g. `["body", 1, "content", 3, "data", "fines"]`. */
export type JsonPath = (string | number)[];

/**
 * One problem found in a report, with a stable `code`, the JSON `path` of the value and a Vietnamese `message`.
 *
 * @example
 * { code: 'figure/breakdown-sum', severity: 'warning', path: ['body', 1, 'content', 0], message: 'Tổng các thành phần (49) khác số liệu tổng (50).' }
 */
export type Diagnostic = {
  code: string;
  severity: Severity;
  path: JsonPath;
  message: string;
};

/** Formats a path as `body[1].content[0].data`. */
export function formatPath(path: JsonPath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out;
}

/** Makes a diagnostic (helper for checks and plugins). */
export function diagnostic(code: string, severity: Severity, path: JsonPath, message: string): Diagnostic {
  return { code, severity, path, message };
}
