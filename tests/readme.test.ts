/** Every ```ts block of the READMEs runs: docs with examples that run. */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readmeExamples } from '../scripts/readme-examples';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const readmes = [
  'README.md',
  ...readdirSync(join(root, 'packages')).map((p) => `packages/${p}/README.md`),
  'examples/custom-province/README.md',
];

const blocks = readmes.flatMap((file) => readmeExamples(root, file));

describe('README examples', () => {
  it('finds examples in every README', () => {
    expect(new Set(blocks.map((b) => b.file))).toEqual(new Set(readmes));
  });
  it.each(blocks.map((b) => [`${b.file} #${b.index + 1}`, b] as const))('%s runs', async (_name, block) => {
    const path = join(root, dirname(block.file), `.readme-example-${block.index}.tmp.ts`);
    // Exports make each block a module (top-level await allowed); the block's own imports resolve from its folder.
    writeFileSync(path, `${block.code}\nexport {};\n`);
    try {
      await expect(import(/* @vite-ignore */ path)).resolves.toBeDefined();
    } finally {
      rmSync(path, { force: true });
    }
  });
});
