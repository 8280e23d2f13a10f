import type { Readable } from 'node:stream';

/** Where the CLI reads and writes: the process's streams by default, others when `run` is embedded or tested. */
export type CliIO = {
  /** Receives results: diagnostics, JSON Schema, the skeleton of `init`, the files written. */
  stdout: { write(text: string): unknown; isTTY?: boolean };
  /** Receives progress and errors. */
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Read for the input `-`. */
  stdin: Readable;
  /** Environment variables (`NO_COLOR`, `FORCE_COLOR`). */
  env: Record<string, string | undefined>;
  /** Directory relative paths are resolved against. */
  cwd: string;
};

/** The process's own streams, environment and directory. */
export function processIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}

/** ANSI styles, or none: colour only on a terminal, never when `NO_COLOR` is set (https://no-color.org). */
export type Paint = { red(s: string): string; yellow(s: string): string; cyan(s: string): string; dim(s: string): string; bold(s: string): string };

/** Colour for a stream: on a TTY unless `NO_COLOR` is set and non-empty; `FORCE_COLOR` (non-empty, not "0") forces it. */
export function paintFor(stream: { isTTY?: boolean }, env: CliIO['env']): Paint {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  const force = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0';
  const on = !noColor && (force || (stream.isTTY === true && env.TERM !== 'dumb'));
  const wrap = (open: number, close: number) => (s: string) => (on ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return { red: wrap(31, 39), yellow: wrap(33, 39), cyan: wrap(36, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}
