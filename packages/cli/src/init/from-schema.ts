import { map, scalar, seq, type YEntry, type YNode } from './yaml-lines';

type Schema = Record<string, unknown>;

/**
 * The skeleton of a value from its JSON Schema: objects with every property (each commented with its description,
 * "bắt buộc" when required), empty lists, 0 for numbers, "" for text; a default or the first enum value when the
 * schema gives one. `$ref`s are followed into `$defs`; nesting stops at a few levels.
 */
export function skeletonOf(schema: Schema, defs: Record<string, Schema> = (schema.$defs as Record<string, Schema>) ?? {}, depth = 0): YNode {
  const s = resolve(schema, defs);
  if ('default' in s) return fromValue(s.default);
  if ('const' in s) return fromValue(s.const);
  if (Array.isArray(s.enum) && s.enum.length > 0) return fromValue(s.enum[0]);
  const branch = (s.anyOf ?? s.oneOf) as Schema[] | undefined;
  if (Array.isArray(branch) && branch.length > 0) return skeletonOf(branch[0] as Schema, defs, depth);
  switch (s.type) {
    case 'object':
      return depth > 4 ? map([]) : map(propertiesOf(s, defs, depth));
    case 'array':
      // A list that must not be empty gets one item to fill in.
      return typeof s.minItems === 'number' && s.minItems > 0 && typeof s.items === 'object' ? seq([{ node: skeletonOf(s.items as Schema, defs, depth + 1) }]) : seq([]);
    case 'integer':
    case 'number':
      return scalar(0);
    case 'boolean':
      return scalar(false);
    default:
      return scalar('');
  }
}

/** The entries of an object schema, commented. */
export function propertiesOf(schema: Schema, defs: Record<string, Schema>, depth = 0): YEntry[] {
  const s = resolve(schema, defs);
  const required = new Set((s.required as string[] | undefined) ?? []);
  const properties = (s.properties as Record<string, Schema> | undefined) ?? {};
  return Object.entries(properties).map(([key, prop]) => {
    const comment = commentOf(resolve(prop, defs), required.has(key));
    const node = skeletonOf(prop, defs, depth + 1);
    // An optional word or switch is shown commented out: left as is, it keeps its default.
    const off = !required.has(key) && node.kind === 'scalar' && typeof node.value !== 'number';
    return { key: keyOf(key), node, ...(comment.length > 0 ? { comment } : {}), ...(off ? { off } : {}) };
  });
}

/**
 * The comment lines of a field: its `title`, then its `description` (each printed as written, whatever the
 * language), "bắt buộc" after the last one when the field is required.
 */
function commentOf(schema: Schema, required: boolean): string[] {
  const texts = [schema.title, schema.description].filter((t): t is string => typeof t === 'string' && t.trim() !== '').map((t) => t.trim());
  const lines = texts.filter((t, i) => texts.indexOf(t) === i).flatMap((t) => t.split(/\r?\n/));
  if (required) lines.push(lines.length > 0 ? `${lines.pop() as string} — bắt buộc` : 'bắt buộc');
  return lines;
}

/**
 * A schema with its `$ref`s followed into `$defs` (a few levels at most); the title and description written beside
 * a `$ref` win over those of the shape it names.
 */
function resolve(schema: Schema, defs: Record<string, Schema>): Schema {
  let s = schema;
  for (let i = 0; i < 10 && typeof s.$ref === 'string'; i++) {
    const name = s.$ref.replace(/^#\/\$defs\//, '');
    const { $ref: _ref, ...own } = s;
    s = { ...(defs[name] ?? {}), ...own };
  }
  return s;
}

function fromValue(value: unknown): YNode {
  if (Array.isArray(value)) return seq(value.map((v) => ({ node: fromValue(v) })));
  if (typeof value === 'object' && value !== null) return map(Object.entries(value).map(([k, v]) => ({ key: keyOf(k), node: fromValue(v) })));
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return scalar(value);
  return scalar(null);
}

/** A mapping key, quoted when plain YAML would read it otherwise. */
export function keyOf(key: string): string {
  return /^[A-Za-z_$][\w$-]*$/.test(key) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(key) ? key : JSON.stringify(key);
}
