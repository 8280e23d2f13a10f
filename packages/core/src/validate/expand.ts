import { z } from 'zod';
import { blockSchema, type Block } from '../model/blocks';
import type { RichText } from '../model/rich-text';
import type { SectionContext } from '../plugin/context';
import type { Profile } from '../plugin/profile';
import { type AnySectionPlugin, sectionTitleFor } from '../plugin/section';
import type { Diagnostic, JsonPath } from './diagnostic';
import { droppedKeys } from './dropped';
import type { ReportContext } from './report-context';
import { parseWithDiagnostics } from './schema';
import { checkText } from './checks/text';
import { append } from '../_lib/append';

/** A leaf block after section plugins have been expanded. */
export type LeafBlock = Exclude<Block, { type: 'heading' } | { type: 'section' }>;
/**
 * Body content after section plugins have been expanded, with the JSON path each piece comes from. What a section
 * plugin made carries its `source`: `path` is then the input path of the data's own block or string when the plugin
 * passed it through (`source.known`), else the path of the section's data.
 */
export type ExpandedBlock =
  | { kind: 'heading'; title: RichText; path: JsonPath; children: ExpandedBlock[]; source?: SectionSource; titlePath?: JsonPath }
  | { kind: 'block'; block: LeafBlock; path: JsonPath; source?: SectionSource };

/** The data a piece of section output was made from: its path, and the input path of each of its strings. */
export type SectionSource = { dataPath: JsonPath; strings: ReadonlyMap<string, JsonPath>; known: boolean };

/** Where blocks are rendered: a results part, a directions (plans) part, or an appendix. */
export type ExpandMode = SectionContext['mode'];

/** Expands section blocks into the blocks their plugins render. */
export type Expander = {
  /**
   * Expands `blocks`, the `i`-th at `[...path, i]` — or at `at(i)` for blocks the input does not hold (the sections a
   * profile places in an empty part are at their shared data, `['sections', id]`).
   */
  blocks(blocks: readonly Block[], path: JsonPath, mode: ExpandMode, at?: (i: number) => JsonPath): ExpandedBlock[];
};

/** Ids used by more than one section plugin (a configuration error). */
export function duplicateSectionIds(sections: readonly AnySectionPlugin[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const s of sections) (seen.has(s.id) ? dup : seen).add(s.id);
  return [...dup];
}

/**
 * An expander over the report's plugins. Each section's data is parsed (given in place, or shared by id in
 * `report.sections`), checked once, and rendered; every problem becomes a diagnostic. `origin` learns the input path
 * of every object of section data, so that generated blocks reusing them are reported at their real paths.
 */
export function createExpander(
  byId: ReadonlyMap<string, AnySectionPlugin>,
  context: ReportContext,
  diagnostics: Diagnostic[],
  profile: Profile,
  shared: Record<string, unknown>,
  origin: WeakMap<object, JsonPath>,
): Expander {
  const seenData = new Set<string>();
  const expand = (blocks: readonly Block[], path: JsonPath, mode: ExpandMode, depth: number, at?: (i: number) => JsonPath): ExpandedBlock[] => {
    const out: ExpandedBlock[] = [];
    blocks.forEach((block, i) => {
      const p = at ? at(i) : [...path, i];
      const idPath = at ? p : [...p, 'section'];
      if (typeof block === 'string' || Array.isArray(block) || block.type === 'paragraph' || block.type === 'list' || block.type === 'table') {
        out.push({ kind: 'block', block, path: p });
        return;
      }
      if (block.type === 'heading') {
        out.push({ kind: 'heading', title: block.title, path: p, children: expand(block.content ?? [], [...p, 'content'], mode, depth) });
        return;
      }
      const plugin = byId.get(block.section);
      if (!plugin) {
        diagnostics.push({ code: 'section/unknown', severity: 'error', path: idPath, message: `Không có section plugin "${block.section}" trong cấu hình báo cáo.` });
        return;
      }
      if (depth > 8) {
        diagnostics.push({ code: 'section/too-deep', severity: 'error', path: p, message: 'Section lồng nhau quá sâu.' });
        return;
      }
      if ((plugin.appliesFrom && context.cutoff < plugin.appliesFrom) || (plugin.appliesUntil && context.cutoff > plugin.appliesUntil)) {
        diagnostics.push({ code: 'section/not-applicable', severity: 'warning', path: idPath, message: `Lĩnh vực "${plugin.id}" áp dụng ${plugin.appliesFrom ? `từ ${plugin.appliesFrom}` : ''}${plugin.appliesUntil ? ` đến ${plugin.appliesUntil}` : ''}, không khớp kỳ báo cáo (chốt ${context.cutoff}).` });
      }
      // Data given in place, or shared by id in `report.sections` (so the body and an appendix use one list).
      // With no data at all, what is said about the data is said at the section block (it is the block that lacks it).
      const inPlace = block.data !== undefined;
      const absent = !inPlace && shared[plugin.id] === undefined;
      const dataPath: JsonPath = inPlace ? [...p, 'data'] : absent ? p : ['sections', plugin.id];
      const key = JSON.stringify(dataPath);
      const firstUse = !seenData.has(key);
      seenData.add(key);
      const parsed = parseWithDiagnostics(plugin.schema, inPlace ? block.data : (shared[plugin.id] ?? {}), dataPath);
      if (firstUse) append(diagnostics, absent ? parsed.diagnostics.map((d) => ({ ...d, path: p })) : parsed.diagnostics);
      if (!parsed.success) return;
      if (firstUse) append(diagnostics, droppedKeys(inPlace ? block.data : shared[plugin.id], parsed.data, dataPath));
      // Text of section data is checked where it is written, whatever the plugin makes of it (issue 20.3).
      const strings = registerOrigins(parsed.data, dataPath, origin, firstUse ? (text, at) => append(diagnostics, checkText(text, at)) : undefined);
      const ctx: SectionContext = { ...context, mode, path: dataPath, section: plugin.id };
      let produced: Block[];
      try {
        if (plugin.checks && firstUse) {
          const raw = inPlace ? block.data : shared[plugin.id];
          append(diagnostics, plugin.checks(parsed.data, ctx).map((d) => ({ ...d, path: [...dataPath, ...existingPrefix(raw, d.path)] })));
        }
        const render = mode === 'plans' ? plugin.plans : mode === 'appendix' ? (plugin.appendix ?? plugin.results) : plugin.results;
        produced = (render?.(parsed.data, ctx) ?? []) as Block[];
      } catch (error) {
        diagnostics.push({ code: 'section/failed', severity: 'error', path: p, message: `Section "${plugin.id}" gặp lỗi: ${error instanceof Error ? error.message : String(error)}` });
        return;
      }
      // Section output is checked like user input (a plugin may build invalid blocks).
      const checked = parseWithDiagnostics(blockListSchema, produced, dataPath);
      if (!checked.success) {
        // The blocks are the plugin's, not the input's: reported at the section.
        append(diagnostics, checked.diagnostics.map((d): Diagnostic => ({ ...d, code: 'section/invalid-output', path: p, message: `Section "${plugin.id}" tạo khối không hợp lệ: ${d.message}` })));
        return;
      }
      // The checked copy only validates; the plugin's own objects are kept so their origins stay known.
      const children = expand(produced, dataPath, mode, depth + 1).map((c) => rebase(c, { dataPath, strings, known: false }, origin));
      if (block.heading === false) append(out, children);
      else {
        const title = block.title ?? sectionTitleFor(profile.sectionTitles[plugin.id] ?? plugin.title, mode);
        // A title the block does not give (the profile's or the plugin's) is reported at the section block.
        out.push({ kind: 'heading', title, path: p, children, ...(block.title === undefined ? { titlePath: p } : {}) });
      }
    });
    return out;
  };
  return { blocks: (blocks, path, mode, at) => expand(blocks, path, mode, 0, at) };
}

/** Section output is validated like user input. */
const blockListSchema = z.array(blockSchema) as unknown as z.ZodType<Block[]>;

/**
 * Generated blocks have no place in the input: a block or title that is an object or string of the section's data
 * keeps that path, anything else points at the section's data.
 */
function rebase(block: ExpandedBlock, source: SectionSource, origin: WeakMap<object, JsonPath>): ExpandedBlock {
  if (block.source) return block; // made by a section nested in this one: already placed
  const at = (value: unknown): JsonPath | undefined =>
    typeof value === 'string' ? source.strings.get(value) : typeof value === 'object' && value !== null ? origin.get(value) : undefined;
  if (block.kind === 'heading') {
    return { ...block, path: source.dataPath, source, titlePath: at(block.title) ?? source.dataPath, children: block.children.map((c) => rebase(c, source, origin)) };
  }
  const known = at(block.block);
  return { ...block, path: known ?? source.dataPath, source: known ? { ...source, known: true } : source };
}

/**
 * Records the path of every object and array inside parsed section data (iteratively: data can be large), and
 * returns where each string is (its first place); `onString` sees every string with its path.
 */
function registerOrigins(data: unknown, base: JsonPath, origin: WeakMap<object, JsonPath>, onString?: (text: string, path: JsonPath) => void): Map<string, JsonPath> {
  const strings = new Map<string, JsonPath>();
  const stack: [unknown, JsonPath][] = [[data, base]];
  while (stack.length > 0) {
    const [value, path] = stack.pop() as [unknown, JsonPath];
    if (typeof value === 'string') {
      if (!strings.has(value)) strings.set(value, path);
      onString?.(value, path);
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (!origin.has(value)) origin.set(value, path);
    if (Array.isArray(value)) for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], [...path, i]]);
    else {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) stack.push([entries[i]![1], [...path, entries[i]![0]]]);
    }
  }
  return strings;
}

/** The longest start of `path` that names a value inside `data` (a check may name an optional field left out). */
function existingPrefix(data: unknown, path: JsonPath): JsonPath {
  const out: JsonPath = [];
  let at: unknown = data;
  for (const key of path) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, key) || (at as Record<string | number, unknown>)[key] === undefined) break;
    at = (at as Record<string | number, unknown>)[key];
    out.push(key);
  }
  return out;
}
