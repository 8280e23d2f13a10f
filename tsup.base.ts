import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

/** What a package's build may add: dependencies to bundle into its CommonJS build. */
export interface PackageBuildOptions {
  /**
   * ESM-only dependencies (and, through them, their own dependencies) to bundle into the CJS build:
   * `require()` of an ES module fails on Node below 20.19, which `engines` (>=20) admits. The ESM
   * build keeps them external, so bundlers and Node share one copy with the app.
   */
  bundleInCjs?: string[];
  /** A comment at the top of the CJS build, e.g. the license notice of what it bundles. */
  cjsBanner?: string;
}

/**
 * The build of every package: ESM and CJS with `.d.ts` and `.d.cts`, for Node 20 and bundlers.
 * `entry` maps output names to sources, e.g. `{ index: 'src/index.ts' }`.
 */
export function packageConfig(entry: Record<string, string>, build: PackageBuildOptions = {}): ReturnType<typeof defineConfig> {
  const options: Options = {
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    treeshake: true,
  };
  const bundled = build.bundleInCjs ?? [];
  if (bundled.length === 0) return defineConfig(options);
  // Two builds that run in parallel: clean once, here, as each build's own `clean` would delete
  // the other's files.
  rmSync(resolve(process.cwd(), 'dist'), { recursive: true, force: true });
  return defineConfig([
    { ...options, format: ['esm'], clean: false },
    { ...options, format: ['cjs'], clean: false, noExternal: bundled, ...(build.cjsBanner === undefined ? {} : { banner: { js: build.cjsBanner } }) },
  ]);
}
