// The release checks: what a published package must satisfy. Pure functions over a manifest, the list of files
// in its tarball and its CHANGELOG, shared by `pnpm release` (on the tarballs it is about to publish) and
// `pnpm release:rehearse` (on the tarballs the rehearsal registry serves). Each problem is one sentence.

/** A package.json, as far as the checks read it. */
export interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  main?: string;
  module?: string;
  types?: string;
  typings?: string;
  bin?: string | Record<string, string>;
  exports?: unknown;
  files?: string[];
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/** A package as published: its manifest, the paths in its tarball (without `package/`), its CHANGELOG text. */
export interface Published {
  manifest: Manifest;
  files: string[];
  changelog?: string | undefined;
}

const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'] as const;
/** The fields that carry runtime dependencies of a consumer (devDependencies are not installed). */
const RUNTIME_FIELDS = ['dependencies', 'peerDependencies', 'optionalDependencies'] as const;

const id = (m: Manifest) => `${m.name}@${m.version}`;
const normalise = (path: string) => path.replace(/^\.\//, '').replace(/\/$/, '');

/** `workspace:` ranges left in a manifest: pnpm replaces them when it packs; npm does not, and npm cannot install them. */
export function workspaceRangeProblems(manifest: Manifest): string[] {
  return DEPENDENCY_FIELDS.flatMap((field) =>
    Object.entries(manifest[field] ?? {})
      .filter(([, range]) => range.startsWith('workspace:'))
      .map(([dep, range]) => `${id(manifest)}: ${field}["${dep}"] is "${range}" — a workspace: range was published (pack with pnpm, not npm)`),
  );
}

/** Every path the manifest points at (`main`, `module`, `types`, `bin`, each leaf of `exports`), with where it is named. */
export function referencedPaths(manifest: Manifest): { field: string; path: string }[] {
  const paths: { field: string; path: string }[] = [];
  for (const field of ['main', 'module', 'types', 'typings'] as const) {
    const value = manifest[field];
    if (typeof value === 'string') paths.push({ field, path: value });
  }
  if (typeof manifest.bin === 'string') paths.push({ field: 'bin', path: manifest.bin });
  else for (const [name, path] of Object.entries(manifest.bin ?? {})) paths.push({ field: `bin["${name}"]`, path });
  const walk = (value: unknown, field: string): void => {
    if (typeof value === 'string') paths.push({ field, path: value });
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${field}[${i}]`));
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) walk(v, `${field}["${key}"]`);
    }
  };
  if (typeof manifest.exports === 'string' || Array.isArray(manifest.exports)) walk(manifest.exports, 'exports["."]');
  else walk(manifest.exports, 'exports');
  return paths;
}

/** A path of the manifest (subpath patterns with `*` included) that matches no file in the tarball. */
function matches(path: string, files: Set<string>): boolean {
  const wanted = normalise(path);
  if (!wanted.includes('*')) return files.has(wanted);
  const escaped = wanted.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`^${escaped.join('.+')}$`);
  return [...files].some((file) => pattern.test(file));
}

/**
 * Files missing from a tarball: a path named by `main`/`module`/`types`/`bin`/`exports`, or an entry of `files`
 * that matched nothing (CHANGELOG.md is left to {@link changelogProblems}).
 */
export function missingFileProblems(published: Published): string[] {
  const { manifest } = published;
  const files = new Set(published.files.map(normalise));
  const problems = referencedPaths(manifest)
    .filter(({ path }) => !matches(path, files))
    .map(({ field, path }) => `${id(manifest)}: ${field} points to ${path}, which is not in the tarball`);
  for (const entry of manifest.files ?? []) {
    const wanted = normalise(entry);
    if (/^changelog\.md$/i.test(wanted) || entry.startsWith('!')) continue;
    const found = [...files].some((f) => f === wanted || f.startsWith(`${wanted}/`) || matches(wanted, new Set([f])));
    if (!found) problems.push(`${id(manifest)}: "files" lists ${entry}, but the tarball has nothing there`);
  }
  return problems;
}

/** The release's entry is missing from the CHANGELOG of a package whose version this release bumped. */
export function changelogProblems(published: Published, bumped: boolean): string[] {
  if (!bumped) return [];
  const { manifest, changelog } = published;
  if (changelog === undefined) return [`${id(manifest)}: the tarball has no CHANGELOG.md, but this release bumped the version`];
  const heading = new RegExp(`^## ${manifest.version.replace(/[.+]/g, '\\$&')}\\s*$`, 'm');
  return heading.test(changelog) ? [] : [`${id(manifest)}: CHANGELOG.md has no "## ${manifest.version}" entry for this release`];
}

const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:-([\w.-]+))?$/;

function parseVersion(text: string): { core: [number, number, number]; pre: string[] } | undefined {
  const m = SEMVER.exec(text);
  if (!m) return undefined;
  return { core: [Number(m[1]), Number(m[2]), Number(m[3])], pre: m[4] === undefined ? [] : m[4].split('.') };
}

function comparePre(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return b.length - a.length; // a release sorts after its pre-releases
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const [x, y] = [a[i], b[i]];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    const diff = /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : x.localeCompare(y);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** Whether `version` satisfies `range`, for the ranges a release writes: exact, `^x.y.z`, `~x.y.z`, `*`. */
export function satisfies(version: string, range: string): boolean {
  if (range.trim() === '*' || range.trim() === '') return true;
  const m = /^([~^]?)=?v?(.*)$/.exec(range.trim());
  const want = parseVersion(m?.[2] ?? '');
  const have = parseVersion(version);
  if (!m || !want || !have) return false;
  const op = m[1];
  const sameCore = have.core.every((n, i) => n === want.core[i]);
  if (op === '') return sameCore && comparePre(have.pre, want.pre) === 0;
  // A pre-release version only satisfies a range naming a pre-release of the same x.y.z.
  if (have.pre.length > 0) return sameCore && want.pre.length > 0 && comparePre(have.pre, want.pre) >= 0;
  const [h, w] = [have.core, want.core];
  const cmp = h[0] - w[0] || h[1] - w[1] || h[2] - w[2] || comparePre(have.pre, want.pre);
  if (cmp < 0) return false;
  if (op === '~') return h[0] === w[0] && h[1] === w[1];
  // ^: the left-most non-zero part stays fixed.
  if (w[0] !== 0) return h[0] === w[0];
  if (w[1] !== 0) return h[0] === 0 && h[1] === w[1];
  return h[0] === 0 && h[1] === 0 && h[2] === w[2];
}

/**
 * Versions across a release: a package whose version did not change while an internal dependency's did, and a
 * published range for an internal dependency that does not admit the version this release publishes.
 * `before` maps each package name to its version before `changeset version`; `after` are the published manifests.
 */
export function versionProblems(before: ReadonlyMap<string, string>, after: readonly Manifest[]): string[] {
  const released = new Map(after.map((m) => [m.name, m.version]));
  const bumped = (name: string) => before.has(name) && before.get(name) !== released.get(name);
  const problems: string[] = [];
  for (const manifest of after) {
    for (const field of RUNTIME_FIELDS) {
      for (const [dep, range] of Object.entries(manifest[field] ?? {})) {
        const version = released.get(dep);
        if (version === undefined) continue;
        if (bumped(dep) && !bumped(manifest.name)) {
          problems.push(`${id(manifest)}: not bumped, but its dependency ${dep} was (${before.get(dep)} → ${version})`);
        }
        if (!range.startsWith('workspace:') && !satisfies(version, range)) {
          problems.push(`${id(manifest)}: ${field}["${dep}"] is "${range}", which does not admit the released ${dep}@${version}`);
        }
      }
    }
  }
  return problems;
}

/** Every problem of a release: one entry per published package, `before` as in {@link versionProblems}. */
export function releaseProblems(before: ReadonlyMap<string, string>, packages: readonly Published[]): string[] {
  return [
    ...packages.flatMap((p) => [
      ...workspaceRangeProblems(p.manifest),
      ...missingFileProblems(p),
      ...changelogProblems(p, before.has(p.manifest.name) && before.get(p.manifest.name) !== p.manifest.version),
    ]),
    ...versionProblems(before, packages.map((p) => p.manifest)),
  ];
}
