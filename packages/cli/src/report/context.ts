import type { AnySectionPlugin, ReportOptions } from '@baocao-khcn/core';
import type { ParsedArgs } from '../args';
import type { CliIO } from '../io';
import { loadSections } from '../plugins';
import { historyFor, loadHistory, type History } from './history';
import { ProfileCache, type LoadedReport } from './load';

/** The flags of the commands that read reports: `--profile P`, `--plugin M` (repeatable), `--history DIR` (repeatable). */
export const REPORT_FLAGS = {
  profile: { type: 'string' },
  plugin: { type: 'string', multiple: true },
  history: { type: 'string', multiple: true },
} as const;

/** What the reports of one command are read with: the sections, their profiles, the earlier reports. */
export type ReportContext = { sections: AnySectionPlugin[]; profiles: ProfileCache; history?: History };

/** Loads the plugins, then the history folders (both stop the command on a problem, before any report is read). */
export async function reportContext(values: ParsedArgs['values'], io: CliIO): Promise<ReportContext> {
  const sections = await loadSections((values.plugin as string[] | undefined) ?? [], io);
  const profiles = new ProfileCache(io, values.profile as string | undefined, sections);
  const history = await loadHistory((values.history as string[] | undefined) ?? [], io);
  return history === undefined ? { sections, profiles } : { sections, profiles, history };
}

/** The options of validateReport / composeReport / indicatorsOf for one report. */
export function optionsFor(context: ReportContext, report: LoadedReport): ReportOptions {
  const options: ReportOptions = { profile: report.profile, sections: context.sections };
  if (context.history !== undefined) options.history = historyFor(context.history, report.source);
  return options;
}
