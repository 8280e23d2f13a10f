import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (p: string) => fileURLToPath(new URL(`./packages/${p}`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@baocao-khcn\/core$/, replacement: src('core/src/index.ts') },
      { find: /^@baocao-khcn\/core\/(plugin|format|tree)$/, replacement: src('core/src/entry/$1.ts') },
      { find: /^@baocao-khcn\/sections$/, replacement: src('sections/src/index.ts') },
      { find: /^@baocao-khcn\/render-docx\/node$/, replacement: src('render-docx/src/node.ts') },
      { find: /^@baocao-khcn\/render-docx$/, replacement: src('render-docx/src/index.ts') },
      { find: /^@baocao-khcn\/render-md$/, replacement: src('render-md/src/index.ts') },
      { find: /^@baocao-khcn\/cli$/, replacement: src('cli/src/index.ts') },
      { find: /^@baocao-khcn\/test-utils$/, replacement: src('test-utils/src/index.ts') },
    ],
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'examples/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
