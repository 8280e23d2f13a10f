import type { JsonPath } from '../validate/diagnostic';

/** Section data found in a report: the section id, the raw data and its JSON path. */
export type SectionData = { section: string; data: unknown; path: JsonPath };

/** A figure of the text that names an indicator (only its fields a series reads, checked). */
export type IndicatorFigure = {
  indicator: string;
  value: number;
  unit?: string;
  measure?: string;
  ratio?: { part: number; whole: number };
};

/** Bounds of the walk over a stored report (the report being validated has passed the size limits already). */
const MAX_DEPTH = 64;
const MAX_NODES = 200_000;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const own = (o: Record<string, unknown>, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);

/**
 * The section data of a report (parsed, or raw as an app stored it: anything not shaped as expected is skipped):
 * data given in place (`{ type: 'section', data }` in the body, opening, closing or appendices, under headings
 * too) and data shared by id in `sections`, in that order.
 */
export function sectionDataOf(report: Record<string, unknown>): SectionData[] {
  const out: SectionData[] = [];
  const visit = (blocks: unknown, path: JsonPath, depth: number) => {
    if (!Array.isArray(blocks) || depth > 32) return;
    blocks.forEach((block, i) => {
      if (!isObject(block)) return;
      const type = own(block, 'type');
      const section = own(block, 'section');
      if (type === 'section' && typeof section === 'string' && own(block, 'data') !== undefined) out.push({ section, data: block.data, path: [...path, i, 'data'] });
      else if (type === 'heading') visit(own(block, 'content'), [...path, i, 'content'], depth + 1);
    });
  };
  visit(own(report, 'opening'), ['opening'], 0);
  const body = own(report, 'body');
  if (Array.isArray(body)) body.forEach((part, i) => isObject(part) && visit(own(part, 'content'), ['body', i, 'content'], 0));
  visit(own(report, 'closing'), ['closing'], 0);
  const appendices = own(report, 'appendices');
  if (Array.isArray(appendices)) appendices.forEach((a, i) => isObject(a) && visit(own(a, 'content'), ['appendices', i, 'content'], 0));
  const shared = own(report, 'sections');
  if (isObject(shared)) for (const [id, data] of Object.entries(shared)) out.push({ section: id, data, path: ['sections', id] });
  return out;
}

/**
 * Every figure that names an indicator in the report's own rich text (section data excluded: a section's figures
 * are read from its data), with its JSON path, in document order. Walks iteratively (reports can be deep); a figure
 * whose value is not a finite number is skipped.
 */
export function indicatorFigures(report: Record<string, unknown>): { figure: IndicatorFigure; path: JsonPath }[] {
  const out: { figure: IndicatorFigure; path: JsonPath }[] = [];
  // Each node on the stack knows its parent and key, so a path is built only for the figures found (a stored report
  // has thousands of nodes and few figures).
  type Node = { value: object; key: string | number; parent: Node | undefined; depth: number };
  const stack: Node[] = [];
  const push = (value: unknown, key: string | number, parent: Node | undefined) => {
    if (value !== null && typeof value === 'object') stack.push({ value, key, parent, depth: parent === undefined ? 1 : parent.depth + 1 });
  };
  for (const key of ['appendices', 'closing', 'body', 'opening', 'subject'] as const) push(own(report, key), key, undefined);
  // Stored reports are not checked against the size limits: cycles, deep nesting and huge lists are cut short.
  const seen = new WeakSet<object>();
  let budget = MAX_NODES;
  while (stack.length > 0 && budget-- > 0) {
    const node = stack.pop() as Node;
    const { value } = node;
    if (seen.has(value) || node.depth > MAX_DEPTH) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      for (let i = Math.min(value.length, MAX_NODES) - 1; i >= 0; i--) push(value[i], i, node);
      continue;
    }
    const obj = value as Record<string, unknown>;
    const type = own(obj, 'type');
    if (type === 'figure') {
      const figure = asIndicatorFigure(obj);
      if (figure) out.push({ figure, path: pathOf(node) });
    }
    if (type === 'section') continue;
    const keys = Object.keys(obj);
    for (let i = Math.min(keys.length, MAX_NODES) - 1; i >= 0; i--) {
      const key = keys[i] as string;
      push(obj[key], key, node);
    }
  }
  return out;
}

/** The JSON path of a node of the walk, from the report's root. */
function pathOf(node: { key: string | number; parent: unknown } | undefined): JsonPath {
  const path: JsonPath = [];
  for (let here = node as { key: string | number; parent: unknown } | undefined; here; here = here.parent as typeof here) path.push(here.key);
  return path.reverse();
}

function asIndicatorFigure(obj: Record<string, unknown>): IndicatorFigure | undefined {
  const indicator = own(obj, 'indicator');
  const value = own(obj, 'value');
  if (typeof indicator !== 'string' || typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  const figure: IndicatorFigure = { indicator, value };
  const unit = own(obj, 'unit');
  if (typeof unit === 'string') figure.unit = unit;
  const measure = own(obj, 'measure');
  if (typeof measure === 'string') figure.measure = measure;
  const ratio = own(obj, 'ratio');
  if (isObject(ratio) && typeof ratio.part === 'number' && typeof ratio.whole === 'number') figure.ratio = { part: ratio.part, whole: ratio.whole };
  return figure;
}
