import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineSection, type AnySectionPlugin, type SectionSpec } from '@baocao-khcn/core';
import { allSections } from '@baocao-khcn/sections';
import { CliError, messageOf } from './errors';
import { fileErrorMessage } from './input/read';
import type { CliIO } from './io';

/**
 * The sections a command works with: every built-in section, then the sections of each `--plugin` module (ESM:
 * its default export and named exports that are section plugins — `defineSection` results — or arrays of them).
 * A plugin that cannot be loaded, exports no section or reuses an id is a {@link CliError}.
 */
export async function loadSections(pluginArgs: readonly string[], io: CliIO): Promise<AnySectionPlugin[]> {
  const sections: AnySectionPlugin[] = [...allSections];
  const owner = new Map<string, string>(sections.map((s) => [s.id, 'các section có sẵn']));
  for (const arg of pluginArgs) {
    const found = await loadPlugin(arg, io);
    for (const section of found) {
      const taken = owner.get(section.id);
      if (taken !== undefined) throw new CliError(`Plugin "${arg}": section "${section.id}" trùng id với ${taken}.`);
      owner.set(section.id, `plugin "${arg}"`);
      sections.push(section);
    }
  }
  return sections;
}

async function loadPlugin(arg: string, io: CliIO): Promise<AnySectionPlugin[]> {
  const path = resolve(io.cwd, arg);
  try {
    await stat(path);
  } catch (error) {
    throw new CliError(fileErrorMessage(error, arg, 'plugin'), { cause: error });
  }
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  } catch (error) {
    throw new CliError(`Không nạp được plugin "${arg}": ${messageOf(error)}`, { cause: error });
  }
  const found: AnySectionPlugin[] = [];
  const seen = new Set<unknown>();
  const take = (value: unknown, name: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => take(v, `${name}[${i}]`));
    else if (isSectionLike(value) && !seen.has(value)) {
      seen.add(value);
      try {
        found.push(value.kind === 'section' ? (value as AnySectionPlugin) : defineSection(value as SectionSpec));
      } catch (error) {
        throw new CliError(`Plugin "${arg}", export ${name}: ${messageOf(error)}`, { cause: error });
      }
    }
  };
  for (const [name, value] of Object.entries(mod)) take(value, name);
  if (found.length === 0) {
    throw new CliError(`Plugin "${arg}" không xuất (export) section nào: cần export default hoặc export có tên là kết quả của defineSection.`);
  }
  return found;
}

function isSectionLike(value: unknown): value is { kind?: unknown; id: string } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.results === 'function' && typeof v.schema === 'object' && v.schema !== null;
}
