import type { JsonPath } from '../validate/diagnostic';

/**
 * Whether a JSON path leads to a value in `root` (own properties only), and the value.
 *
 * @example
 * resolvePath({ a: [{ b: 1 }] }, ['a', 0, 'b']) // { found: true, value: 1 }
 * resolvePath({ a: [] }, ['a', 0])              // { found: false }
 */
export function resolvePath(root: unknown, path: JsonPath): { found: true; value: unknown } | { found: false } {
  let here = root;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return { found: false };
    if (Array.isArray(here) ? typeof key !== 'number' || key < 0 || key >= here.length : !Object.hasOwn(here, key)) return { found: false };
    here = (here as Record<string | number, unknown>)[key];
  }
  return { found: true, value: here };
}
