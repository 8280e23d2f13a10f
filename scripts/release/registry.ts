// A throwaway npm registry for the release rehearsal: Verdaccio on 127.0.0.1 with its storage in a temporary
// folder, publishing open for the @baocao-khcn scope, everything else proxied to the usual registry.
// Verdaccio is not a workspace dependency (300+ packages): it is installed with npm into a cache folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ReleaseError, run } from './steps';

/** 6.8.0: later 6.x releases want Node 22. */
export const VERDACCIO_VERSION = '6.8.0';

/**
 * Installs Verdaccio into `cacheDir` (once; later runs reuse it) and returns its entry script.
 * verdaccio-audit asks for node-fetch by the dist-tag "cjs"; the override pins the release that tag names.
 */
export function installVerdaccio(cacheDir: string): string {
  const entry = join(cacheDir, 'node_modules/verdaccio/bin/verdaccio');
  const installed = join(cacheDir, 'node_modules/verdaccio/package.json');
  if (existsSync(installed) && JSON.parse(readFileSync(installed, 'utf8')).version === VERDACCIO_VERSION) return entry;
  rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  const manifest = { private: true, dependencies: { verdaccio: VERDACCIO_VERSION }, overrides: { 'node-fetch': '2.7.0' } };
  writeFileSync(join(cacheDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: cacheDir, quiet: true });
  if (!existsSync(entry)) throw new ReleaseError(`npm installed verdaccio@${VERDACCIO_VERSION} without ${entry}`);
  return entry;
}

/** A port on 127.0.0.1 that nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The Verdaccio configuration: storage under `dir`, our scope local and open, the rest proxied to `uplink`. */
export function verdaccioConfig(dir: string, listen: string, uplink: string, scope: string): string {
  return [
    `storage: ${JSON.stringify(join(dir, 'storage'))}`,
    'auth:',
    '  htpasswd:',
    `    file: ${JSON.stringify(join(dir, 'htpasswd'))}`,
    '    max_users: -1',
    'uplinks:',
    '  upstream:',
    `    url: ${JSON.stringify(uplink)}`,
    '    timeout: 60s',
    'packages:',
    `  '${scope}/*':`,
    '    access: $all',
    '    publish: $all',
    '    unpublish: $all',
    "  '**':",
    '    access: $all',
    '    publish: $authenticated',
    '    proxy: upstream',
    'listen:',
    `  - ${listen}`,
    'web:',
    '  enable: false',
    'max_body_size: 100mb',
    'log: { type: stdout, format: pretty, level: warn }',
    '',
  ].join('\n');
}

/** A running registry. `stop()` ends the server and removes its folder; it never throws and may run twice. */
export interface Registry {
  url: string;
  pid: number;
  stop(): Promise<void>;
  /** The synchronous part of stop(), for process exit handlers. */
  kill(): void;
}

/** Starts Verdaccio on a free port of 127.0.0.1 with everything it writes under `dir`, and waits until it answers. */
export async function startRegistry(options: { entry: string; dir: string; uplink: string; scope: string }): Promise<Registry> {
  const { entry, dir, uplink, scope } = options;
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const listen = `127.0.0.1:${port}`;
  const url = `http://${listen}/`;
  const config = join(dir, 'config.yaml');
  writeFileSync(config, verdaccioConfig(dir, listen, uplink, scope));
  const logFile = join(dir, 'verdaccio.log');
  const log = openSync(logFile, 'w');
  const child: ChildProcess = spawn(process.execPath, [entry, '--config', config, '--listen', listen], {
    cwd: dir,
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  const kill = () => {
    if (!exited && child.pid !== undefined) {
      try {
        process.kill(child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const stop = async () => {
    if (!exited) child.kill('SIGTERM');
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, 5000).unref());
    await Promise.race([exit, timeout]);
    kill();
  };
  const logText = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8').trim() : '');
  for (const deadline = Date.now() + 30_000; ; ) {
    if (exited) {
      kill();
      throw new ReleaseError(`Verdaccio stopped before it answered on ${url}:\n${logText()}`);
    }
    try {
      const response = await fetch(`${url}-/ping`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new ReleaseError(`Verdaccio did not answer on ${url} within 30 s:\n${logText()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (child.pid === undefined) throw new ReleaseError('Verdaccio has no process id');
  return { url, pid: child.pid, stop, kill };
}
