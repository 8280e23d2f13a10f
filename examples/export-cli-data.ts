/** Writes `examples/cli/` from the TypeScript examples (see cli-data.ts). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliDataFiles } from './cli-data';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'cli');
for (const [name, text] of Object.entries(cliDataFiles())) {
  mkdirSync(dirname(join(dir, name)), { recursive: true });
  writeFileSync(join(dir, name), text);
  console.log(`examples/cli/${name}`);
}
