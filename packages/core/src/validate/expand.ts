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

/** A leaf block after section plugins have been expanded. */
export type LeafBlock = Exclude<Block, { type: 'heading' } | { type: 'section' }>;
/** Body content after section plugins have been expanded, with the JSON path each piece comes from. */
export type ExpandedBlock =
  | { kind: 'heading'; title: RichText; path: JsonPath; children: ExpandedBlock[] }
  | { kind: 'block'; block: LeafBlock; path: JsonPath };

/** Where blocks are rendered: a results part, a directions (plans) part, or an appendix. */
export type ExpandMode = SectionContext['mode'];

/** Expands section blocks into the blocks their plugins render. */
export type Expander = { blocks(blocks: readonly Block[], path: JsonPath, mode: ExpandMode): ExpandedBlock[] };

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
  const expand = (blocks: readonly Block[], path: JsonPath, mode: ExpandMode, depth: number): ExpandedBlock[] => {
    const out: ExpandedBlock[] = [];
    blocks.forEach((block, i) => {
      const p = [...path, i];
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
        diagnostics.push({ code: 'section/unknown', severity: 'error', path: [...p, 'section'], message: `Không có section plugin "${block.section}" trong cấu hình báo cáo.` });
        return;
      }
      if (depth > 8) {
        diagnostics.push({ code: 'section/too-deep', severity: 'error', path: p, message: 'Section lồng nhau quá sâu.' });
        return;
      }
      if ((plugin.appliesFrom && context.cutoff < plugin.appliesFrom) || (plugin.appliesUntil && context.cutoff > plugin.appliesUntil)) {
        diagnostics.push({ code: 'section/not-applicable', severity: 'warning', path: [...p, 'section'], message: `Lĩnh vực "${plugin.id}" áp dụng ${plugin.appliesFrom ? `từ ${plugin.appliesFrom}` : ''}${plugin.appliesUntil ? ` đến ${plugin.appliesUntil}` : ''}, không khớp kỳ báo cáo (chốt ${context.cutoff}).` });
      }
      // Data given in place, or shared by id in `report.sections` (so the body and an appendix use one list).
      const inPlace = block.data !== undefined;
      const dataPath: JsonPath = inPlace ? [...p, 'data'] : ['sections', plugin.id];
      const key = JSON.stringify(dataPath);
      const firstUse = !seenData.has(key);
      seenData.add(key);
      const parsed = parseWithDiagnostics(plugin.schema, inPlace ? block.data : (shared[plugin.id] ?? {}), dataPath);
      if (firstUse) diagnostics.push(...parsed.diagnostics);
      if (!parsed.success) return;
      if (firstUse) diagnostics.push(...droppedKeys(inPlace ? block.data : shared[plugin.id], parsed.data, dataPath));
      registerOrigins(parsed.data, dataPath, origin);
      const ctx: SectionContext = { ...context, mode, path: dataPath };
      let produced: Block[];
      try {
        if (plugin.checks && firstUse) diagnostics.push(...plugin.checks(parsed.data, ctx).map((d) => ({ ...d, path: [...dataPath, ...d.path] })));
        const render = mode === 'plans' ? plugin.plans : mode === 'appendix' ? (plugin.appendix ?? plugin.results) : plugin.results;
        produced = (render?.(parsed.data, ctx) ?? []) as Block[];
      } catch (error) {
        diagnostics.push({ code: 'section/failed', severity: 'error', path: p, message: `Section "${plugin.id}" gặp lỗi: ${error instanceof Error ? error.message : String(error)}` });
        return;
      }
      // Section output is checked like user input (a plugin may build invalid blocks).
      const checked = parseWithDiagnostics(blockListSchema, produced, dataPath);
      if (!checked.success) {
        diagnostics.push(...checked.diagnostics.map((d): Diagnostic => ({ ...d, code: 'section/invalid-output', message: `Section "${plugin.id}" tạo khối không hợp lệ: ${d.message}` })));
        return;
      }
      // The checked copy only validates; the plugin's own objects are kept so their origins stay known.
      const children = expand(produced, dataPath, mode, depth + 1).map((c) => rebase(c, dataPath, origin));
      if (block.heading === false) out.push(...children);
      else {
        const title = block.title ?? sectionTitleFor(profile.sectionTitles[plugin.id] ?? plugin.title, mode);
        out.push({ kind: 'heading', title, path: p, children });
      }
    });
    return out;
  };
  return { blocks: (blocks, path, mode) => expand(blocks, path, mode, 0) };
}

/** Section output is validated like user input. */
const blockListSchema = z.array(blockSchema) as unknown as z.ZodType<Block[]>;

/** Generated blocks have no place in the input: their paths point at the section's data. */
function rebase(block: ExpandedBlock, dataPath: JsonPath, origin: WeakMap<object, JsonPath>): ExpandedBlock {
  if (block.kind === 'heading') {
    const title = typeof block.title === 'object' ? origin.get(block.title) : undefined;
    return { ...block, path: title ? title.slice(0, -1) : dataPath, children: block.children.map((c) => rebase(c, dataPath, origin)) };
  }
  const known = typeof block.block === 'object' && block.block !== null ? origin.get(block.block) : undefined;
  return { ...block, path: known ?? dataPath };
}

/** Records the path of every object and array inside parsed section data (iteratively: data can be large). */
function registerOrigins(data: unknown, base: JsonPath, origin: WeakMap<object, JsonPath>): void {
  const stack: [object, JsonPath][] = [];
  // Only objects have an origin: strings and numbers (most of the data) get no path.
  const push = (value: unknown, path: JsonPath, key: string | number) => {
    if (value !== null && typeof value === 'object') stack.push([value, [...path, key]]);
  };
  if (data !== null && typeof data === 'object') stack.push([data, base]);
  while (stack.length > 0) {
    const [value, path] = stack.pop() as [object, JsonPath];
    if (origin.has(value)) continue;
    origin.set(value, path);
    if (Array.isArray(value)) value.forEach((v, i) => push(v, path, i));
    else for (const [k, v] of Object.entries(value)) push(v, path, k);
  }
}
