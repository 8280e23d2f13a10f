// `pnpm release:check [package-dir…]`: packs the packages (default: every public package under packages/) with
// pnpm and runs the release checks on the tarballs — workspace: ranges, files the manifest names but the tarball
// lacks. (The version and CHANGELOG checks need the versions before `changeset version`: `pnpm release` runs them.)
import { resolve } from 'node:path';
import { packAndCheck, publicPackages } from './packages';
import { failOn, main, step } from './steps';

const root = resolve(import.meta.dirname, '../..');
const dirs = process.argv.slice(2).map((dir) => resolve(dir));

main(async () => {
  const targets = dirs.length > 0 ? dirs : publicPackages(root).map((p) => p.dir);
  await step(`release checks on ${targets.length} packed tarball(s)`, () => {
    failOn(packAndCheck(targets), 'The packages are not publishable');
  });
});
