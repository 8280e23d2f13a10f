/**
 * What stops the command itself (exit 2): a usage error, an unreadable file, invalid JSON or YAML, a profile that
 * does not fit its schema, an unknown section, a plugin that fails to load. The message is Vietnamese and whole;
 * `cause` keeps the original error for `--debug`.
 */
export class CliError extends Error {
  /** Lines printed under the message (e.g. each problem of a profile). */
  readonly details: readonly string[];

  constructor(message: string, options: { details?: readonly string[]; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CliError';
    this.details = options.details ?? [];
  }
}

/** The message of anything thrown, without its stack. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
