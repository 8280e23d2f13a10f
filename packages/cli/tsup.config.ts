import { readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';
import { packageConfig } from '../../tsup.base';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// The shared build (ESM + CJS, .d.ts + .d.cts) for the library entry `run`, and the `baocao` bin (its shebang is in
// the source) in the ESM build only. The ESM build splits the commands into chunks loaded on demand, so that
// `--version` does not load the renderers; the CJS build is one file. Two builds write into dist/, so neither
// cleans it: the build script empties it first.
const shared = packageConfig({ index: 'src/index.ts' }) as Options;
const common: Options = { ...shared, clean: false, define: { __BAOCAO_VERSION__: JSON.stringify(version) } };
export default defineConfig([
  { ...common, entry: { index: 'src/index.ts', bin: 'src/bin.ts' }, format: ['esm'], dts: { entry: { index: 'src/index.ts' } } },
  { ...common, entry: { index: 'src/index.ts' }, format: ['cjs'], dts: { entry: { index: 'src/index.ts' } } },
]);
