import { defineConfig, type Options } from 'tsup';

/**
 * The build of every package: ESM and CJS with `.d.ts` and `.d.cts`, for Node 20 and bundlers.
 * `entry` maps output names to sources, e.g. `{ index: 'src/index.ts' }`.
 */
export function packageConfig(entry: Record<string, string>): ReturnType<typeof defineConfig> {
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
  return defineConfig(options);
}
