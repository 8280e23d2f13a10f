/**
 * The examples as data files for the `baocao` CLI (`examples/cli/`): each report as JSON naming its profile with
 * `$profile`, and each profile as JSON; the report series (examples/series) in `series/`, one file per report (the
 * 2024 months, the 2025 plan, months, quarters, halves, nine months and year), to be used with `--history`.
 * Generated from the TypeScript examples by `pnpm --filter @baocao-khcn/examples export:cli`;
 * `test/cli-data.test.ts` checks that the files on disk are what this makes. The custom province is left out: its
 * section plugin is TypeScript.
 */
import type { Profile, ProfileSpec } from '@baocao-khcn/core';
import { DEFAULT_KINDS } from '@baocao-khcn/core/plugin';
import { examples } from './registry';
import { monthlyReports, profile as seriesProfile, seriesExamples } from './series/reports';

/** What a profile was defined with: the profile minus what `defineProfile` adds. */
export function specOf(profile: Profile): ProfileSpec {
  const { kind: _kind, kinds, listMarkers, templates, sectionTitles, ...rest } = profile;
  const ownKinds = Object.fromEntries(Object.entries(kinds).filter(([id]) => !(id in DEFAULT_KINDS)));
  return {
    ...rest,
    ...(listMarkers.join() === '-,+' ? {} : { listMarkers: [...listMarkers] }),
    ...(Object.keys(sectionTitles).length > 0 ? { sectionTitles } : {}),
    ...(Object.keys(templates).length > 0 ? { templates } : {}),
    ...(Object.keys(ownKinds).length > 0 ? { kinds: ownKinds } : {}),
  };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The files of `examples/cli/`, by path relative to it. */
export function cliDataFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const ex of examples.filter((e) => e.seed !== undefined)) {
    files[`profiles/${ex.profile.id}.json`] = json(specOf(ex.profile));
    files[`${ex.id}.json`] = json({ $profile: `profiles/${ex.profile.id}.json`, ...ex.input });
  }
  files[`profiles/${seriesProfile.id}.json`] = json(specOf(seriesProfile));
  const series = [...monthlyReports(2024).map((input, i) => ({ id: `2024-thang-${String(i + 1).padStart(2, '0')}`, input })), ...seriesExamples()];
  for (const { id, input } of series) files[`series/${id}.json`] = json({ $profile: `../profiles/${seriesProfile.id}.json`, ...input });
  return files;
}
