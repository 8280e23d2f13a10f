import { relative, resolve } from 'node:path';
import type { AnySectionPlugin, Profile } from '@baocao-khcn/core';
import { CliError } from '../errors';
import type { CliIO } from '../io';
import { parseSource, type Parsed } from '../input/parse';
import { readSource, type Source } from '../input/read';
import { loadProfile } from '../profile/load';

/** A report file read and parsed, with the profile it is composed with. */
export type LoadedReport = { source: Source; parsed: Parsed; input: unknown; profile: Profile };

/**
 * Loads profiles once per file: `--profile` for every report, else the `$profile` a report names (a path relative
 * to the report file).
 */
export class ProfileCache {
  readonly #loaded = new Map<string, Promise<Profile>>();
  constructor(
    private readonly io: CliIO,
    private readonly flag: string | undefined,
    private readonly sections: readonly AnySectionPlugin[],
  ) {}

  /** The profile for a report whose own `$profile` reference is `ref`. */
  forReport(source: Source, ref: unknown): Promise<Profile> {
    if (this.flag !== undefined) return this.load(this.flag, this.io.cwd);
    if (typeof ref === 'string' && ref !== '') return this.load(ref, source.dir);
    throw new CliError(`Báo cáo ${source.name} không nói dùng profile nào: thêm --profile <tệp> hoặc dòng "$profile: <tệp profile>" ở đầu tệp.`);
  }

  /** The profile given by `--profile`, for the commands that need no report. */
  required(): Promise<Profile> {
    if (this.flag === undefined) throw new CliError('Thiếu --profile <tệp profile .json/.yaml>.');
    return this.load(this.flag, this.io.cwd);
  }

  private load(arg: string, base: string): Promise<Profile> {
    const key = arg === '-' ? '-' : resolve(base, arg);
    let profile = this.#loaded.get(key);
    if (profile === undefined) {
      // Messages name it relative to the working directory.
      const shown = key === '-' ? '-' : relative(this.io.cwd, key) || key;
      profile = loadProfile(shown, this.io).then((p) => checkSections(p, shown === '-' ? '(stdin)' : shown, this.sections));
      this.#loaded.set(key, profile);
    }
    return profile;
  }
}

/** A profile whose parts list a section that is not loaded cannot be used. */
function checkSections(profile: Profile, shown: string, sections: readonly AnySectionPlugin[]): Profile {
  const known = new Set(sections.map((s) => s.id));
  const unknown = profile.parts.flatMap((p) => (p.sections ?? []).filter((id) => !known.has(id)).map((id) => `parts.${p.id}.sections: "${id}"`));
  if (unknown.length > 0) {
    throw new CliError(`Profile ${shown} dùng section không có (xem baocao sections, hoặc nạp bằng --plugin):`, { details: unknown });
  }
  return profile;
}

/** Reads and parses a report, takes out its `$profile` / `$schema` keys and finds its profile. */
export async function loadReport(arg: string, io: CliIO, profiles: ProfileCache): Promise<LoadedReport> {
  const source = await readSource(arg, io, 'tệp báo cáo');
  const parsed = parseSource(source);
  const { input, ref } = withoutReferences(parsed.value);
  return { source, parsed, input, profile: await profiles.forReport(source, ref) };
}

/** A report's data without the keys only the CLI reads: `$profile` (returned as `ref`) and `$schema`. */
export function withoutReferences(value: unknown): { input: unknown; ref: unknown } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { input: value, ref: undefined };
  const { $profile, $schema: _schema, ...input } = value as Record<string, unknown>;
  return { input, ref: $profile };
}
