// Step logging and command running for the release scripts: each step says what it does, how long it took,
// and on failure what failed, with the command's own output.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';

/** A failure with a message meant for the maintainer (printed without a stack trace). */
export class ReleaseError extends Error {
  override name = 'ReleaseError';
}

const seconds = (start: number) => `${((performance.now() - start) / 1000).toFixed(1)} s`;

/** Runs one named step, logging its start, its duration and its failure. */
export async function step<T>(title: string, action: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  console.log(`\n▶ ${title}`);
  try {
    const result = await action();
    console.log(`✓ ${title} (${seconds(start)})`);
    return result;
  } catch (error) {
    console.error(`✗ ${title} failed after ${seconds(start)}`);
    throw error;
  }
}

/**
 * Runs a command; its output goes to the console unless `quiet`, in which case it is returned and shown only
 * when the command fails. A non-zero exit throws a {@link ReleaseError} naming the command.
 */
export function run(command: string, args: readonly string[], options: SpawnSyncOptions & { quiet?: boolean } = {}): string {
  const { quiet = false, ...spawnOptions } = options;
  console.log(`  $ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    maxBuffer: 64 * 1024 * 1024,
    ...spawnOptions,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.error) throw new ReleaseError(`${command} could not start: ${result.error.message}`);
  if (result.status !== 0) {
    const shown = quiet && output.trim() !== '' ? `\n${output.trim()}` : '';
    throw new ReleaseError(`\`${[command, ...args].join(' ')}\` exited with ${result.status ?? result.signal}${shown}`);
  }
  return String(result.stdout ?? '');
}

/** Throws a {@link ReleaseError} listing the problems, if there are any. */
export function failOn(problems: readonly string[], what: string): void {
  if (problems.length === 0) return;
  throw new ReleaseError(`${what}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}

/** Runs a script's main function: a ReleaseError prints its message, anything else its stack; exit code 1. */
export function main(action: () => Promise<void>): void {
  action().catch((error: unknown) => {
    console.error(`\n${error instanceof ReleaseError ? `✗ ${error.message}` : error instanceof Error ? error.stack : String(error)}`);
    process.exitCode = 1;
  });
}
