/** The release checks (scripts/release): on a fixture package whose exports name a missing file, and unit by unit. */
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  changelogProblems,
  missingFileProblems,
  releaseProblems,
  satisfies,
  versionProblems,
  workspaceRangeProblems,
  type Manifest,
} from '../../scripts/release/checks';
import { packAndCheck, publicPackages } from '../../scripts/release/packages';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = join(root, 'tests/release/fixtures/broken-exports');
const BROKEN = '@fixture/broken-exports@1.0.0: exports["."]["require"] points to ./lib/index.cjs, which is not in the tarball';

const core: Manifest = { name: '@baocao-khcn/core', version: '0.1.0', main: './dist/index.cjs', files: ['dist', 'CHANGELOG.md'] };
const md = (deps: Record<string, string>, version = '0.1.0'): Manifest => ({ name: '@baocao-khcn/render-md', version, dependencies: deps });

describe('a fixture package whose exports name a file the tarball lacks', () => {
  it('packAndCheck names the export and the file', () => {
    expect(packAndCheck([fixture])).toEqual([BROKEN]);
  });
  it('pnpm release:check fails with that message', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/release/check.ts', fixture], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`✗ The packages are not publishable:\n  - ${BROKEN}\n`);
  });
});

describe('the workspace packages', () => {
  it('are found from packages/*/package.json, private ones left out', () => {
    const names = publicPackages(root).map((p) => p.manifest.name);
    expect(names).toEqual(expect.arrayContaining(['@baocao-khcn/core', '@baocao-khcn/render-docx', '@baocao-khcn/render-md', '@baocao-khcn/sections']));
    expect(names.every((n) => n.startsWith('@baocao-khcn/'))).toBe(true);
  });
  it('pack into tarballs with no problem (pnpm test builds them first)', () => {
    expect(packAndCheck(publicPackages(root).map((p) => p.dir))).toEqual([]);
  });
});

describe('workspaceRangeProblems', () => {
  it('reports a workspace: range in any dependency field', () => {
    expect(workspaceRangeProblems(md({ '@baocao-khcn/core': 'workspace:^', zod: '^4.1.0' }))).toEqual([
      '@baocao-khcn/render-md@0.1.0: dependencies["@baocao-khcn/core"] is "workspace:^" — a workspace: range was published (pack with pnpm, not npm)',
    ]);
    expect(workspaceRangeProblems({ ...core, peerDependencies: { x: 'workspace:*' } })).toHaveLength(1);
    expect(workspaceRangeProblems(md({ '@baocao-khcn/core': '^0.1.0' }))).toEqual([]);
  });
});

describe('missingFileProblems', () => {
  it('checks main, types, bin, every exports leaf (patterns too) and the files entries', () => {
    const manifest: Manifest = {
      name: 'p',
      version: '1.0.0',
      main: './dist/index.cjs',
      types: './dist/index.d.cts',
      bin: { baocao: './bin/baocao.js' },
      exports: { '.': { import: './dist/index.js', require: './dist/index.cjs' }, './locales/*': './dist/locales/*.js', './x': null },
      files: ['dist', 'README.md', 'CHANGELOG.md'],
    };
    expect(missingFileProblems({ manifest, files: ['package.json', 'dist/index.cjs', 'dist/index.js', 'dist/locales/vi.js', 'README.md'] })).toEqual([
      'p@1.0.0: types points to ./dist/index.d.cts, which is not in the tarball',
      'p@1.0.0: bin["baocao"] points to ./bin/baocao.js, which is not in the tarball',
    ]);
    expect(missingFileProblems({ manifest: { ...manifest, bin: undefined }, files: ['dist/index.cjs', 'dist/index.js', 'dist/index.d.cts'] })).toEqual([
      'p@1.0.0: exports["./locales/*"] points to ./dist/locales/*.js, which is not in the tarball',
      'p@1.0.0: "files" lists README.md, but the tarball has nothing there',
    ]);
  });
  it('reads a string exports as the "." entry', () => {
    expect(missingFileProblems({ manifest: { name: 'p', version: '1.0.0', exports: './index.js' }, files: [] })).toEqual([
      'p@1.0.0: exports["."] points to ./index.js, which is not in the tarball',
    ]);
  });
});

describe('changelogProblems', () => {
  const changelog = '# @baocao-khcn/core\n\n## 0.1.0\n\n### Minor Changes\n\n- abc123: First release.\n';
  it('wants a "## <version>" entry in a bumped package', () => {
    expect(changelogProblems({ manifest: core, files: [], changelog }, true)).toEqual([]);
    expect(changelogProblems({ manifest: { ...core, version: '0.2.0' }, files: [], changelog }, true)).toEqual([
      '@baocao-khcn/core@0.2.0: CHANGELOG.md has no "## 0.2.0" entry for this release',
    ]);
    expect(changelogProblems({ manifest: core, files: [] }, true)).toEqual([
      '@baocao-khcn/core@0.1.0: the tarball has no CHANGELOG.md, but this release bumped the version',
    ]);
  });
  it('leaves a package this release did not bump alone', () => {
    expect(changelogProblems({ manifest: core, files: [] }, false)).toEqual([]);
  });
});

describe('versionProblems', () => {
  const before = new Map([['@baocao-khcn/core', '0.0.0'], ['@baocao-khcn/render-md', '0.0.0']]);
  it('reports a dependent left at its version while its dependency moved', () => {
    expect(versionProblems(before, [core, md({ '@baocao-khcn/core': '^0.1.0' }, '0.0.0')])).toEqual([
      '@baocao-khcn/render-md@0.0.0: not bumped, but its dependency @baocao-khcn/core was (0.0.0 → 0.1.0)',
    ]);
  });
  it('reports a published range that does not admit the released dependency', () => {
    expect(versionProblems(before, [core, md({ '@baocao-khcn/core': '^0.0.0' })])).toEqual([
      '@baocao-khcn/render-md@0.1.0: dependencies["@baocao-khcn/core"] is "^0.0.0", which does not admit the released @baocao-khcn/core@0.1.0',
    ]);
  });
  it('accepts a consistent release', () => {
    expect(versionProblems(before, [core, md({ '@baocao-khcn/core': '^0.1.0' })])).toEqual([]);
    expect(releaseProblems(before, [{ manifest: md({ '@baocao-khcn/core': '^0.1.0' }), files: [], changelog: '## 0.1.0\n' }])).toEqual([]);
  });
});

describe('satisfies', () => {
  it.each([
    ['0.1.0', '^0.1.0', true],
    ['0.1.5', '^0.1.0', true],
    ['0.2.0', '^0.1.0', false],
    ['0.1.0', '^0.0.0', false],
    ['1.4.0', '^1.2.3', true],
    ['2.0.0', '^1.2.3', false],
    ['1.2.9', '~1.2.3', true],
    ['1.3.0', '~1.2.3', false],
    ['1.2.3', '1.2.3', true],
    ['1.2.4', '1.2.3', false],
    ['0.1.0-next.1', '^0.1.0-next.0', true],
    ['0.1.0-next.0', '^0.1.0-next.1', false],
    ['0.1.0-next.0', '^0.0.1', false],
    ['0.1.0', '^0.1.0-next.0', true],
    ['3.0.0', '*', true],
  ] as const)('%s in %s: %s', (version, range, expected) => {
    expect(satisfies(version, range)).toBe(expected);
  });
});
