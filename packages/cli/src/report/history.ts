import { readdir } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { reportSchema } from '@baocao-khcn/core';
import { CliError } from '../errors';
import { parseSource } from '../input/parse';
import { fileErrorMessage, readSource, type Source } from '../input/read';
import type { CliIO } from '../io';
import { withoutReferences } from './load';

/** The earlier reports of a province, read from the `--history` folders: each file's path and its report data. */
export type History = readonly { path: string; input: unknown }[];

const INPUTS = new Set(['.json', '.yaml', '.yml']);
/** The periods a series is made of (a `remaining` or `custom` period cannot be placed in one). */
const SERIES_PERIODS = new Set(['month', 'quarter', 'half', 'nine-months', 'year']);

/**
 * `--history DIR` (repeatable): every .json, .yaml and .yml file directly in each folder, in name order, read and
 * parsed as reports are (`$profile` and `$schema` taken out). Anything that keeps a file from being used as an earlier
 * report stops the command with a {@link CliError} naming it: a folder that cannot be read or holds no such file, a
 * file that cannot be read, invalid JSON or YAML, or data without a month, quarter, half, nine-months or year
 * `period`. The rest of a stored report is not re-validated: its figures are read as they are (check those files
 * with `baocao validate`).
 */
export async function loadHistory(dirs: readonly string[], io: CliIO): Promise<History | undefined> {
  if (dirs.length === 0) return undefined;
  const out: { path: string; input: unknown }[] = [];
  for (const dir of dirs) {
    for (const name of await reportFiles(dir, io)) {
      const shown = join(dir, name);
      const source = await readSource(shown, io, 'báo cáo kỳ trước');
      const { input } = withoutReferences(parseSource(source).value);
      checkPeriod(input, shown);
      out.push({ path: source.path as string, input });
    }
  }
  return out;
}

/** The history for one report: every earlier report but the report itself, when it is in a history folder. */
export function historyFor(history: History, source: Source): unknown[] {
  return history.filter((h) => h.path !== source.path).map((h) => h.input);
}

async function reportFiles(dir: string, io: CliIO): Promise<string[]> {
  let names: string[];
  try {
    const entries = await readdir(resolve(io.cwd, dir), { withFileTypes: true });
    names = entries.filter((e) => !e.isDirectory() && INPUTS.has(extname(e.name).toLowerCase())).map((e) => e.name);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = code === 'ENOTDIR' ? `"${dir}" là một tệp, không phải thư mục báo cáo kỳ trước.` : fileErrorMessage(error, dir, 'thư mục báo cáo kỳ trước');
    throw new CliError(message, { cause: error });
  }
  if (names.length === 0) throw new CliError(`Thư mục báo cáo kỳ trước "${dir}" không có tệp .json, .yaml hay .yml nào.`);
  return names.sort();
}

function checkPeriod(input: unknown, shown: string): void {
  const period = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as { period?: unknown }).period : undefined;
  const parsed = reportSchema.shape.period.safeParse(period);
  if (!parsed.success || !SERIES_PERIODS.has(parsed.data.kind)) {
    throw new CliError(`Báo cáo kỳ trước "${shown}" không dùng được: thiếu kỳ báo cáo (period) là một tháng, quý, 6 tháng, 9 tháng hoặc năm.`);
  }
}
