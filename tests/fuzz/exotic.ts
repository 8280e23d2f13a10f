/**
 * Exotic objects (issue 20.2): what ORMs and reactive stores hand over — a getter that throws, a Proxy whose traps
 * throw, a revoked Proxy — planted at a random place of an otherwise valid report, or of a `history` entry.
 */
import fc from 'fast-check';
import { composableReport, isPlain, paths } from './arbitraries';

/** The kinds of exotic value. */
export type ExoticKind = 'getter' | 'get-trap' | 'own-keys-trap' | 'prototype-trap' | 'revoked';

const boom = (): never => {
  throw new Error('ORM: phiên làm việc đã đóng');
};

/** An exotic stand-in for `value` (a plain copy of it, proxied, so the report keeps its shape). */
function exotic(kind: Exclude<ExoticKind, 'getter'>, value: unknown): object {
  const target: object = isPlain(value) ? (Array.isArray(value) ? [...value] : { ...value }) : {};
  if (kind === 'get-trap') return new Proxy(target, { get: boom });
  if (kind === 'own-keys-trap') return new Proxy(target, { ownKeys: boom });
  if (kind === 'prototype-trap') return new Proxy(target, { getPrototypeOf: boom });
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
}

/** Whether reading the planted value throws (an empty object behind a `get` trap has nothing to read, and so on). */
function throwsWhenRead(kind: ExoticKind, value: unknown): boolean {
  if (kind === 'getter' || kind === 'revoked') return true;
  const array = isPlain(value) && Array.isArray(value);
  if (kind === 'get-trap') return array || (isPlain(value) && Object.keys(value).length > 0);
  return !array; // ownKeys and getPrototypeOf are asked of records only
}

/** A report with one exotic value in it: where (a path inside the report) and whether reading it must fail. */
export type Planted = { report: unknown; at: (string | number)[]; unreadable: boolean };

/** Plants an exotic value of `kind` at the `pick`-th path of a deep copy of `report` (the root when it has none). */
export function plantExotic(report: unknown, pick: number, kind: ExoticKind): Planted {
  const root = structuredClone(report);
  const all = paths(root);
  if (all.length === 0) {
    const k = kind === 'getter' ? 'revoked' : kind;
    return { report: exotic(k, root), at: [], unreadable: throwsWhenRead(k, root) };
  }
  const at = all[pick % all.length]!;
  let parent = root as Record<string | number, unknown>;
  for (const key of at.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const key = at[at.length - 1]!;
  const value = parent[key];
  if (kind === 'getter') Object.defineProperty(parent, key, { enumerable: true, configurable: true, get: boom });
  else parent[key] = exotic(kind, value);
  return { report: root, at, unreadable: throwsWhenRead(kind, value) };
}

const kind: fc.Arbitrary<ExoticKind> = fc.constantFrom('getter', 'get-trap', 'own-keys-trap', 'prototype-trap', 'revoked');

/** A composable report with one exotic value at a random place. */
export const exoticReport: fc.Arbitrary<Planted> = fc.tuple(composableReport(), fc.nat(), kind).map(([report, pick, k]) => plantExotic(report, pick, k));

/**
 * A `history` with one exotic value: in an entry (at a random place), as an entry, or as the list itself; `at` is
 * the path inside the history option (so the diagnostic's path is `['history', ...at]`).
 */
export const exoticHistory: fc.Arbitrary<Planted> = fc
  .tuple(fc.array(composableReport(), { minLength: 1, maxLength: 3 }), fc.nat(), kind, fc.constantFrom('inside', 'entry', 'list'))
  .map(([entries, pick, k, where]) => {
    if (where === 'list') {
      const k2 = k === 'getter' ? 'revoked' : k;
      return { report: exotic(k2, entries), at: [], unreadable: throwsWhenRead(k2, entries) };
    }
    const index = pick % entries.length;
    if (where === 'entry') {
      const list: unknown[] = [...entries];
      if (k === 'getter') Object.defineProperty(list, index, { enumerable: true, configurable: true, get: boom });
      else list[index] = exotic(k, entries[index]);
      return { report: list, at: [index], unreadable: throwsWhenRead(k, entries[index]) };
    }
    const planted = plantExotic(entries[index], pick, k);
    const list: unknown[] = [...entries];
    list[index] = planted.report;
    return { report: list, at: [index, ...planted.at], unreadable: planted.unreadable };
  });
