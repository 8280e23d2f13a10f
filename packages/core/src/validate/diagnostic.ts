import type { DiagnosticCode } from './codes';

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
  /** Stable code `<area>/<name>`: core's codes and the registered plugin codes are listed in the type. */
  code: DiagnosticCode;
  severity: Severity;
  path: JsonPath;
  message: string;
};

/**
 * Formats a path as `body[1].content[0].data`.
 *
 * @example
 * formatPath(['body', 1, 'content', 0, 'data']) // 'body[1].content[0].data'
 */
export function formatPath(path: JsonPath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out;
}

/**
 * A place in a walk over the input: its key and the place of its parent (the root has none). Walks over large input
 * keep these instead of a path array per value and build the path with {@link pathOf} only for a diagnostic.
 */
export type PathLink = { parent: PathLink | undefined; key: string | number };

/** The JSON path of a place: the keys from the root down to it, after `base`. */
export function pathOf(link: PathLink, base: JsonPath = []): JsonPath {
  const keys: JsonPath = [];
  for (let at: PathLink | undefined = link; at.parent !== undefined; at = at.parent) keys.push(at.key);
  return [...base, ...keys.reverse()];
}
