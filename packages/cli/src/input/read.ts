import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { CliError } from '../errors';
import type { CliIO } from '../io';

/** The text of an input file (or of standard input) with what is needed to name it and to parse it. */
export type Source = {
  /** How messages name it: the path as given, or `(stdin)`. */
  name: string;
  /** Directory that relative references inside it (`$profile`) are resolved against. */
  dir: string;
  /** Absolute path; absent for standard input. */
  path?: string;
  format: 'json' | 'yaml';
  text: string;
};

const FORMATS: Record<string, Source['format']> = { '.json': 'json', '.yaml': 'yaml', '.yml': 'yaml' };

/**
 * Reads `arg` (a path, or `-` for standard input). The format comes from the extension (`.json`, `.yaml`, `.yml`);
 * standard input is JSON when it starts with `{` or `[`, else YAML. Throws a {@link CliError} when it cannot be read.
 */
export async function readSource(arg: string, io: CliIO, what = 'tệp'): Promise<Source> {
  if (arg === '-') {
    const text = stripBom(await readStream(io.stdin));
    return { name: '(stdin)', dir: io.cwd, format: /^\s*[[{]/.test(text) ? 'json' : 'yaml', text };
  }
  const path = resolve(io.cwd, arg);
  const format = FORMATS[extname(path).toLowerCase()];
  if (format === undefined) {
    throw new CliError(`Không rõ định dạng của ${what} "${arg}": dùng tệp .json, .yaml hoặc .yml.`);
  }
  return { name: arg, dir: dirname(path), path, format, text: stripBom(await readText(path, arg, what)) };
}

/** Reads a whole text file, turning file-system errors into one Vietnamese sentence. */
export async function readText(path: string, shown: string, what = 'tệp'): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(fileErrorMessage(error, shown, what), { cause: error });
  }
}

/** A Vietnamese sentence for a file-system error on `shown`. */
export function fileErrorMessage(error: unknown, shown: string, what = 'tệp'): string {
  const code = (error as { code?: string } | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return `Không tìm thấy ${what} "${shown}".`;
    case 'EISDIR':
      return `"${shown}" là một thư mục, không phải ${what}.`;
    case 'EACCES':
    case 'EPERM':
      return `Không có quyền đọc ${what} "${shown}".`;
    default:
      return `Không đọc được ${what} "${shown}"${code ? ` (${code})` : ''}.`;
  }
}

/** A short name for an input in file names: `report` of `dir/report.yaml`. */
export function stemOf(source: Source): string {
  return source.path === undefined ? 'stdin' : basename(source.path, extname(source.path));
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

async function readStream(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
