// `pnpm release`: what a maintainer runs to cut a release (see RELEASING.md).
//   1. changeset version — versions and CHANGELOG.md per package from the pending changesets, internal ranges
//   2. pnpm check:packages — builds, then publint, attw and the TSDoc check
//   3. pnpm typecheck and the test suite
//      (--skip-checks: 2 and 3 become `pnpm build`; the rehearsal uses it, as CI has just run them)
//   4. the release checks on the tarballs pnpm is about to publish (scripts/release/checks.ts)
//   5. changeset publish (--no-git-tag is passed on)
// The rehearsal (`pnpm release:rehearse`) runs this very script against a throwaway registry; it sets
// RELEASE_REHEARSAL_REGISTRY, and then nothing is published unless npm's registry is that one.
import { resolve } from 'node:path';
import { packAndCheck, pendingChangesets, publicPackages, versionsOf } from './packages';
import { failOn, main, ReleaseError, run, step } from './steps';

const root = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--skip-checks' && a !== '--no-git-tag');
if (unknown.length > 0) {
  console.error(`pnpm release: unknown option ${unknown.join(' ')} (options: --skip-checks, --no-git-tag)`);
  process.exit(2);
}

main(async () => {
  const before = versionsOf(publicPackages(root));
  console.log(`Releasing ${[...before].map(([name, version]) => `${name}@${version}`).join(', ')}`);
  console.log(`Pending changesets: ${pendingChangesets(root).join(', ') || 'none (nothing to version)'}`);

  await step('changeset version: versions, CHANGELOGs, internal ranges', () => run('pnpm', ['exec', 'changeset', 'version'], { cwd: root }));
  const after = publicPackages(root);
  for (const { manifest } of after) console.log(`  ${manifest.name}: ${before.get(manifest.name) ?? 'new'} → ${manifest.version}`);

  if (args.includes('--skip-checks')) {
    await step('build (checks and tests skipped: --skip-checks)', () => run('pnpm', ['build'], { cwd: root }));
  } else {
    await step('build and package checks (pnpm check:packages)', () => run('pnpm', ['check:packages'], { cwd: root }));
    await step('typecheck', () => run('pnpm', ['typecheck'], { cwd: root }));
    await step('tests', () => run('pnpm', ['exec', 'vitest', 'run'], { cwd: root }));
  }
  await step('release checks on the packed tarballs', () => {
    failOn(packAndCheck(after.map((p) => p.dir), before), 'The release is not publishable');
    console.log(`  ${after.length} tarballs: no workspace: range, every referenced file present, versions and CHANGELOGs consistent`);
  });

  const expected = process.env.RELEASE_REHEARSAL_REGISTRY;
  const registry = run('npm', ['config', 'get', 'registry'], { cwd: root, quiet: true }).trim();
  if (expected !== undefined && registry !== expected) {
    throw new ReleaseError(`rehearsal: npm would publish to ${registry}, not to the rehearsal registry ${expected}; nothing published`);
  }
  const publishArgs = ['exec', 'changeset', 'publish', ...(args.includes('--no-git-tag') ? ['--no-git-tag'] : [])];
  await step(`changeset publish to ${registry}`, () => run('pnpm', publishArgs, { cwd: root }));
});
