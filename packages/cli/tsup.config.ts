import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { packageConfig } from '../../tsup.base';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const define = { __BAOCAO_VERSION__: JSON.stringify(version) };

// The library entry (`run`) built as every package is, and the `baocao` bin: ESM only (its shebang is in the
// source). Both write into dist/, so neither cleans it: the build script empties it first.
const library = packageConfig({ index: 'src/index.ts' }) as object;
export default defineConfig([
  { ...library, define, clean: false },
  { entry: { bin: 'src/bin.ts' }, format: ['esm'], dts: false, clean: false, target: 'node20', platform: 'node', define },
]);
