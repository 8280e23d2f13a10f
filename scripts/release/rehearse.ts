// `pnpm release:rehearse`: a release against a throwaway registry, then the published packages used the way a
// user would. On a copy of the repository (uncommitted changes included) it
//   1. starts Verdaccio on 127.0.0.1 with a temporary storage folder (scripts/release/registry.ts),
//   2. runs `pnpm release --skip-checks --no-git-tag` against it (changeset version, build, the release checks,
//      changeset publish: CI has run the tests and package checks just before); with no pending changeset it
//      adds a patch changeset for every package,
//   3. checks the tarballs the registry serves (scripts/release/checks.ts),
//   4. installs the packages with plain npm into an empty folder outside the workspace and runs the root
//      README's examples as ESM and as CommonJS, type-checks them under moduleResolution bundler and node16,
//      and runs `npx baocao --version` when a package has that bin.
// The server is stopped and every temporary folder removed whatever happens.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { readmeExamples } from '../readme-examples';
import { releaseProblems, type Published } from './checks';
import { writeConsumer } from './consumer';
import { pendingChangesets, publicPackages, readTarball, versionsOf } from './packages';
import { installVerdaccio, startRegistry, VERDACCIO_VERSION, type Registry } from './registry';
import { failOn, main, ReleaseError, run, step } from './steps';

const root = resolve(import.meta.dirname, '../..');
const SCOPE = '@baocao-khcn';
const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };

/** Copies the files git knows of (tracked and untracked, not ignored) into `destination`. */
function copyRepository(destination: string): number {
  const files = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, quiet: true })
    .split('\0')
    .filter((f) => f !== '' && existsSync(join(root, f)));
  for (const file of files) {
    mkdirSync(dirname(join(destination, file)), { recursive: true });
    copyFileSync(join(root, file), join(destination, file));
  }
  return files.length;
}

/** The published tarball of each package, downloaded from the registry and read back. */
async function downloadPublished(registry: string, packages: { name: string; version: string }[], folder: string): Promise<Published[]> {
  mkdirSync(folder, { recursive: true });
  const published: Published[] = [];
  for (const { name, version } of packages) {
    const response = await fetch(`${registry}${name.replace('/', '%2f')}`);
    if (!response.ok) throw new ReleaseError(`${name} is not on the rehearsal registry (HTTP ${response.status}): changeset publish did not publish it`);
    const packument = (await response.json()) as { versions?: Record<string, { dist?: { tarball?: string } }> };
    const tarball = packument.versions?.[version]?.dist?.tarball;
    if (tarball === undefined) {
      throw new ReleaseError(`${name}@${version} is not on the rehearsal registry (it has ${Object.keys(packument.versions ?? {}).join(', ') || 'no version'})`);
    }
    const file = join(folder, `${name.replace('/', '-')}-${version}.tgz`);
    writeFileSync(file, new Uint8Array(await (await fetch(tarball)).arrayBuffer()));
    published.push(readTarball(file));
  }
  return published;
}

main(async () => {
  const started = performance.now();
  const work = mkdtempSync(join(realpathSync(tmpdir()), 'baocao-release-rehearsal-'));
  const [copy, consumer] = [join(work, 'repo'), join(work, 'consumer')];
  let registry: Registry | undefined;
  const cleanup = () => {
    registry?.kill();
    rmSync(work, { recursive: true, force: true });
  };
  process.once('exit', cleanup);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping the registry and removing ${work}`);
      cleanup();
      process.exit(1);
    });
  }
  try {
    const uplink = run('npm', ['config', 'get', 'registry'], { cwd: root, quiet: true }).trim();
    const entry = await step(`install verdaccio@${VERDACCIO_VERSION} (cached in node_modules/.cache)`, () =>
      installVerdaccio(join(root, 'node_modules/.cache/release-rehearsal/verdaccio')),
    );
    const server = await step('start the registry on 127.0.0.1', () => startRegistry({ entry, dir: join(work, 'registry'), uplink, scope: SCOPE }));
    registry = server;
    console.log(`  ${server.url} (pid ${server.pid}); ${SCOPE} is local, everything else comes from ${uplink}`);

    await step('copy the repository and install it', () => {
      console.log(`  ${copyRepository(copy)} files → ${copy}`);
      run('pnpm', ['install', '--frozen-lockfile', '--prefer-offline'], { cwd: copy, quiet: true });
    });
    const packages = publicPackages(copy);
    const before = versionsOf(packages);
    if (pendingChangesets(copy).length === 0) {
      const bumps = packages.map((p) => `"${p.manifest.name}": patch`).join('\n');
      writeFileSync(join(copy, '.changeset/release-rehearsal.md'), `---\n${bumps}\n---\n\nRelease rehearsal.\n`);
      console.log('  no pending changeset: the rehearsal adds a patch changeset for every package');
    }

    // npm and pnpm in the copy see only the rehearsal registry: a user config of our own, the registry and a
    // token (Verdaccio lets anyone publish the scope; npm just wants some token) in the copy's .npmrc.
    const userconfig = join(work, 'npmrc');
    const auth = `${server.url.replace(/^http:/, '')}:_authToken=rehearsal`;
    writeFileSync(userconfig, `registry=${server.url}\n${auth}\n`);
    const projectNpmrc = join(copy, '.npmrc');
    const kept = existsSync(projectNpmrc) ? `${readFileSync(projectNpmrc, 'utf8').trimEnd()}\n` : '';
    writeFileSync(projectNpmrc, `${kept}registry=${server.url}\n${auth}\n`);
    const env = { ...process.env, NPM_CONFIG_USERCONFIG: userconfig, npm_config_registry: server.url, RELEASE_REHEARSAL_REGISTRY: server.url };

    await step('pnpm release --skip-checks --no-git-tag (version, build, release checks, publish)', () =>
      run('pnpm', ['release', '--skip-checks', '--no-git-tag'], { cwd: copy, env }),
    );
    const released = publicPackages(copy).map((p) => ({ name: p.manifest.name, version: p.manifest.version }));

    await step('check the tarballs the registry serves', async () => {
      const published = await downloadPublished(server.url, released, join(work, 'tarballs'));
      failOn(releaseProblems(before, published), 'The published packages are broken');
      for (const p of published) console.log(`  ${p.manifest.name}@${p.manifest.version}: ${p.files.length} files`);
    });

    const examples = readmeExamples(copy, 'README.md');
    if (examples.length === 0) throw new ReleaseError('the root README has no ```ts example');
    const scripts = writeConsumer(consumer, server.url, examples);
    const specs = [
      ...released.map((p) => `${p.name}@${p.version}`),
      `typescript@${rootManifest.devDependencies.typescript}`,
      `@types/node@${rootManifest.devDependencies['@types/node']}`,
    ];
    await step(`npm install in an empty folder outside the workspace (${consumer})`, () => {
      run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...specs], { cwd: consumer, env, quiet: true });
      for (const { name, version } of released) {
        const installed = JSON.parse(readFileSync(join(consumer, 'node_modules', name, 'package.json'), 'utf8')).version;
        if (installed !== version) throw new ReleaseError(`npm installed ${name}@${installed}, not the released ${version}`);
      }
    });

    await step(`run the root README's ${examples.length} example(s) as ESM and as CommonJS`, () => {
      for (const esm of scripts.filter((s) => s.endsWith('.mjs'))) {
        const cjs = esm.replace(/\.mjs$/, '.cjs');
        const outputs = [esm, cjs].map((script) => run(process.execPath, [script], { cwd: consumer, env, quiet: true }));
        if (outputs[0] !== outputs[1]) throw new ReleaseError(`${esm} and ${cjs} print different things:\n${outputs[0]}\n---\n${outputs[1]}`);
        console.log(`  ${esm} and ${cjs} ran; output: ${outputs[0]?.trim().split('\n')[0] || '(none)'}`);
      }
    });
    for (const resolution of ['bundler', 'node16']) {
      await step(`typecheck the examples under moduleResolution ${resolution}`, () =>
        run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', `tsconfig.${resolution}.json`], { cwd: consumer, env, quiet: true }),
      );
    }
    const cli = publicPackages(copy).find((p) => typeof p.manifest.bin === 'object' && 'baocao' in p.manifest.bin);
    if (cli) {
      await step('npx baocao --version', () => {
        const printed = run('npx', ['--no', '--', 'baocao', '--version'], { cwd: consumer, env, quiet: true }).trim();
        if (!printed.includes(cli.manifest.version)) {
          throw new ReleaseError(`npx baocao --version printed "${printed}", not the released ${cli.manifest.version}`);
        }
        console.log(`  ${printed}`);
      });
    } else {
      console.log('\n(no package has a `baocao` bin: npx baocao --version skipped)');
    }
    console.log(`\n✓ release rehearsal passed in ${((performance.now() - started) / 1000).toFixed(0)} s: ${released.map((p) => `${p.name}@${p.version}`).join(', ')}`);
  } finally {
    await registry?.stop();
    rmSync(work, { recursive: true, force: true });
  }
});
