import { defineProfile, formatPath, type Profile, type ProfileSpec } from '@baocao-khcn/core';
import { z } from 'zod';
import { CliError, messageOf } from '../errors';
import type { CliIO } from '../io';
import { parseSource, where } from '../input/parse';
import { readSource } from '../input/read';
import { profileFileSchema } from './schema';

let vi: ReturnType<typeof z.locales.vi> | undefined;

/**
 * Loads a profile file (JSON or YAML), checks it against the profile schema (Vietnamese messages, each with its
 * line and column) and passes it to `defineProfile`. Any problem is a {@link CliError}.
 */
export async function loadProfile(arg: string, io: CliIO): Promise<Profile> {
  const source = await readSource(arg, io, 'tệp profile');
  const parsed = parseSource(source);
  vi ??= z.locales.vi();
  const result = profileFileSchema.safeParse(parsed.value, { error: vi.localeError });
  if (!result.success) {
    const details = result.error.issues.map((issue) => {
      const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
      return `${formatPath(path) || '(gốc)'}${where(parsed.locate(path))}: ${issue.message}`;
    });
    throw new CliError(`Profile ${source.name} không hợp lệ:`, { details });
  }
  const { $schema: _ignored, ...spec } = result.data;
  try {
    return defineProfile(spec as ProfileSpec);
  } catch (error) {
    throw new CliError(`Profile ${source.name} không hợp lệ: ${messageOf(error)}`, { cause: error });
  }
}
