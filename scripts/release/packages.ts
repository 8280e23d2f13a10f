// The packages a release publishes and their tarballs: discovery, pending changesets from packages/*/package.json, packing with
// pnpm (which rewrites workspace: ranges the way `pnpm publish` does) and reading a tarball back.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { releaseProblems, type Manifest, type Published } from './checks';
import { run } from './steps';

/** A workspace package the release publishes. */
export interface PublicPackage {
  dir: string;
  manifest: Manifest;
}

/** The public (non-private) packages under `<root>/packages/*`, in name order: cli is picked up when it exists. */
export function publicPackages(root: string): PublicPackage[] {
  const base = join(root, 'packages');
  return readdirSync(base)
    .map((name) => join(base, name))
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest }))
    .filter((p) => p.manifest.private !== true)
    .sort((a, b) => a.manifest.name.localeCompare(b.manifest.name));
}

/** The changesets `changeset version` has yet to apply (in pre mode, those that pre.json does not list as applied). */
export function pendingChangesets(root: string): string[] {
  const folder = join(root, '.changeset');
  if (!existsSync(folder)) return [];
  const pre = join(folder, 'pre.json');
  const applied = new Set<string>(existsSync(pre) ? (JSON.parse(readFileSync(pre, 'utf8')).changesets ?? []) : []);
  return readdirSync(folder).filter((f) => f.endsWith('.md') && f !== 'README.md' && !applied.has(f.slice(0, -3)));
}

/** Each package's version now, to compare with the versions after `changeset version`. */
export function versionsOf(packages: readonly PublicPackage[]): Map<string, string> {
  return new Map(packages.map((p) => [p.manifest.name, p.manifest.version]));
}

const tar = (args: string[]) => execFileSync('tar', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** A tarball read back: its manifest, its files (without the leading `package/`) and its CHANGELOG.md. */
export function readTarball(tgz: string): Published {
  const entries = tar(['-tzf', tgz]).split('\n').filter((line) => line !== '' && !line.endsWith('/'));
  const prefix = entries[0]?.split('/')[0] ?? 'package';
  const files = entries.map((entry) => entry.slice(prefix.length + 1));
  const manifest = JSON.parse(tar(['-xzOf', tgz, `${prefix}/package.json`])) as Manifest;
  const changelogEntry = entries.find((e) => e === `${prefix}/CHANGELOG.md`);
  const changelog = changelogEntry === undefined ? undefined : tar(['-xzOf', tgz, changelogEntry]);
  return { manifest, files, changelog };
}

/** Packs a package directory with `pnpm pack` into `destination` and returns the tarball's path. */
export function pack(dir: string, destination: string): string {
  const before = new Set(readdirSync(destination));
  run('pnpm', ['pack', '--pack-destination', destination], { cwd: dir, quiet: true });
  const tgz = readdirSync(destination).find((f) => f.endsWith('.tgz') && !before.has(f));
  if (tgz === undefined) throw new Error(`pnpm pack made no tarball for ${dir}`);
  return join(destination, tgz);
}

/**
 * Packs each directory and returns the release problems of the tarballs (see `releaseProblems`); `before` maps
 * names to the versions before `changeset version` (empty: no bump checks).
 */
export function packAndCheck(dirs: readonly string[], before: ReadonlyMap<string, string> = new Map()): string[] {
  const destination = mkdtempSync(join(tmpdir(), 'baocao-release-pack-'));
  try {
    return releaseProblems(before, dirs.map((dir) => readTarball(pack(dir, destination))));
  } finally {
    rmSync(destination, { recursive: true, force: true });
  }
}
