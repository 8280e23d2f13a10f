/**
 * Resolving diagnostic paths (issue 15.4: every diagnostic path leads to a value). A test oracle, written apart
 * from core's own lookups on purpose.
 *
 * **Where a path points** (the rule the tests apply, also in core's README, "Diagnostic paths"):
 * - By default into the report input: `['body', 1, 'content', 0, 'data', 'projects', 2, 'name']`.
 * - `['history', i, …]`: into the `history` option — `i` is the index of the earlier report in that list, the rest
 *   a path inside it (`['history']` alone is the option itself).
 * - `['profile', <profile id>, …]`: about the profile (`template/error` names the template slot, e.g.
 *   `['profile', 'lang-son', 'templates', 'subject']`); not a path into the input. The oracle checks that the
 *   second segment is the profile's id.
 * - `plugin/…` codes (`plugin/duplicate-id` at `['sections']`) are about the `sections` option, the plugin list.
 * - A missing required field (message starting `Thiếu`) names the absent key: its parent must resolve to an object.
 */
import type { Diagnostic } from '@baocao-khcn/core';

/** A diagnostic path. */
type Path = Diagnostic['path'];

/**
 * The value a path leads to (own properties only, array indices only into arrays), or how far it got. Safe on
 * exotic input: a property is looked up by its descriptor (a Proxy's `get` trap is not called), a getter is called
 * once, and a getter or trap that throws ends the walk — found when it is the last segment (the value that could
 * not be read is {@link UNREADABLE}).
 *
 * @example
 * resolvePath({ a: [{ b: 1 }] }, ['a', 0, 'b']) // → { found: true, value: 1 }
 * resolvePath({ a: [] }, ['a', 0])              // → { found: false, depth: 1, parent: [] }
 */
export function resolvePath(root: unknown, path: Path): { found: true; value: unknown } | { found: false; depth: number; parent: unknown } {
  let here = root;
  for (let depth = 0; depth < path.length; depth++) {
    const key = path[depth] as string | number;
    const last = depth === path.length - 1;
    let descriptor: PropertyDescriptor | undefined;
    try {
      const within = here !== null && typeof here === 'object' && Array.isArray(here) === (typeof key === 'number');
      descriptor = within ? Object.getOwnPropertyDescriptor(here, key) : undefined;
    } catch {
      descriptor = undefined; // a revoked Proxy or a throwing trap: nothing inside it can be named
    }
    if (descriptor === undefined) return { found: false, depth, parent: here };
    try {
      here = descriptor.get ? descriptor.get.call(here) : descriptor.value;
    } catch {
      if (last) return { found: true, value: UNREADABLE };
      return { found: false, depth, parent: here };
    }
  }
  return { found: true, value: here };
}

/**
 * The value {@link resolvePath} finds where reading throws (a throwing getter, a revoked Proxy).
 *
 * @example
 * resolvePath({ get a() { throw new Error('x'); } }, ['a']) // → { found: true, value: UNREADABLE }
 */
export const UNREADABLE: unique symbol = Symbol('unreadable');

/**
 * What a report was checked with: its input and the options whose diagnostics have paths of their own.
 *
 * @example
 * const roots: PathRoots = { input, profile, history: [earlier] };
 */
export type PathRoots = {
  /** The report input. */
  input: unknown;
  /** The profile (its id names `['profile', id, …]` paths). */
  profile?: { id: string };
  /** The `history` option. */
  history?: unknown;
  /** The `sections` option (the plugin list). */
  sections?: readonly unknown[];
};

/**
 * Where a diagnostic's path leads, by the rule of this module: `{ found: true, value }` or `{ found: false }` with
 * a reason.
 *
 * @example
 * resolveDiagnostic({ code: 'series/invalid-history', severity: 'warning', path: ['history', 1], message: '…' }, { input, history: [a, null] })
 * // → { found: true, value: null }
 */
export function resolveDiagnostic(d: Diagnostic, roots: PathRoots): { found: true; value: unknown } | { found: false; reason: string } {
  const [head, second] = d.path;
  if (head === 'profile' && d.path.length >= 2 && !resolvePath(roots.input, d.path).found) {
    return roots.profile !== undefined && second === roots.profile.id ? { found: true, value: roots.profile } : { found: false, reason: `profile path does not name profile ${roots.profile?.id}` };
  }
  let root = roots.input;
  let path = d.path;
  if (head === 'history' && !resolvePath(roots.input, d.path).found) [root, path] = [roots.history, d.path.slice(1)];
  else if (d.code.startsWith('plugin/')) root = { sections: roots.sections };
  const found = resolvePath(root, path);
  if (found.found) return found;
  // A missing required field names the key that is absent from its parent.
  const missing = d.message.startsWith('Thiếu') && found.depth === path.length - 1 && found.parent !== null && typeof found.parent === 'object';
  return missing ? { found: true, value: undefined } : { found: false, reason: `no value at segment ${found.depth} (${JSON.stringify(path[found.depth])})` };
}

/**
 * The diagnostics whose paths lead nowhere, each as `"<code> <path>: <reason>"` (empty when every path resolves).
 *
 * @example
 * expect(unresolvedPaths(validateReport(input, options), { input, ...options })).toEqual([]);
 */
export function unresolvedPaths(diagnostics: readonly Diagnostic[], roots: PathRoots): string[] {
  const out: string[] = [];
  for (const d of diagnostics) {
    const found = resolveDiagnostic(d, roots);
    if (!found.found) out.push(`${d.code} ${JSON.stringify(d.path)}: ${found.reason}`);
  }
  return out;
}
