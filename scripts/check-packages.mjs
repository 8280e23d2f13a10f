// Package check: publint --strict and @arethetypeswrong/cli on every publishable package, and a look inside
// the tarball that `pnpm pack` makes (dist only: no tests, no fixtures, no sources). Private packages
// (`"private": true`, such as the shared test helpers) are never published and are left out.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const packages = readdirSync(join(root, 'packages')).filter((name) => {
  const manifest = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8'));
  if (manifest.private === true) console.log(`- ${name}: private, not published, not checked`);
  return manifest.private !== true;
});
let failed = false;
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

for (const name of packages) {
  const dir = join(root, 'packages', name);
  const tmp = mkdtempSync(join(tmpdir(), `pack-${name}-`));
  try {
    run('pnpm', ['pack', '--pack-destination', tmp], dir);
    const tarball = readdirSync(tmp).find((f) => f.endsWith('.tgz'));
    const tgz = join(tmp, tarball);
    const files = run('tar', ['-tzf', tgz], tmp).trim().split('\n');
    const bad = files.filter((f) => /\.test\.|\/test\/|\/src\/|fixture/i.test(f));
    const hasDist = files.some((f) => f.startsWith('package/dist/'));
    if (bad.length > 0 || !hasDist) {
      failed = true;
      console.error(`✗ ${name}: tarball ${hasDist ? '' : 'has no dist; '}${bad.length ? `contains ${bad.join(', ')}` : ''}`);
    }
    try {
      const out = run(join(root, 'node_modules/.bin/publint'), ['--strict', tgz], dir);
      console.log(`publint ${name}: ${out.trim().split('\n').pop()}`);
    } catch (error) {
      failed = true;
      console.error(`✗ publint ${name}:\n${error.stdout}${error.stderr}`);
    }
    try {
      const out = run(join(root, 'node_modules/.bin/attw'), [tgz, '--format', 'table-flipped'], dir);
      console.log(`attw ${name}: ok`);
      if (/❌|🐛|⚠️/.test(out)) {
        failed = true;
        console.error(out);
      }
    } catch (error) {
      failed = true;
      console.error(`✗ attw ${name}:\n${error.stdout}${error.stderr}`);
    }
    console.log(`✓ ${name}: ${files.length} files in the tarball`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
process.exit(failed ? 1 : 0);
