import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './errors';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Options every command takes. */
export const COMMON: Options = {
  help: { type: 'boolean', short: 'h' },
  debug: { type: 'boolean' },
};

/** Parsed arguments: option values by name (read them with a cast to the option's type) and the positionals. */
export type ParsedArgs = { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[] };

/** Parses a command's arguments; an unknown option or a missing value is a {@link CliError} in Vietnamese. */
export function parseCommand(command: string, argv: readonly string[], options: Options): ParsedArgs {
  try {
    return parseArgs({ args: [...argv], options: { ...COMMON, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const quoted = /'([^']+)'/.exec((error as Error).message)?.[1] ?? '';
    const see = ` Xem: baocao ${command} --help`;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new CliError(`Tuỳ chọn không có: ${quoted.split(' ')[0]}.${see}`, { cause: error });
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new CliError(`Tuỳ chọn ${quoted.split(' ')[0]} thiếu giá trị.${see}`, { cause: error });
    throw new CliError(`Tham số không hợp lệ: ${(error as Error).message}.${see}`, { cause: error });
  }
}

/** A value of a closed set, or a {@link CliError}. */
export function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`--${flag} phải là một trong: ${allowed.join(', ')} (nhận được "${value}").`);
}
