import type { Diagnostic, JsonPath } from './diagnostic';
import { formatPath } from './diagnostic';

/**
 * Finds keys of plain objects in `input` that the schema dropped from `output` (zod strips unknown keys):
 * a misspelt field must not disappear silently. Walks input and output side by side, iteratively.
 */
export function droppedKeys(input: unknown, output: unknown, base: JsonPath, limit = 50): Diagnostic[] {
  const out: Diagnostic[] = [];
  const stack: [unknown, unknown, JsonPath][] = [[input, output, base]];
  while (stack.length > 0 && out.length < limit) {
    const [a, b, path] = stack.pop() as [unknown, unknown, JsonPath];
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') continue;
    if (Array.isArray(a)) {
      if (!Array.isArray(b)) continue;
      for (let i = 0; i < a.length && i < b.length; i++) stack.push([a[i], b[i], [...path, i]]);
      continue;
    }
    if (Array.isArray(b)) continue;
    const kept = b as Record<string, unknown>;
    for (const [key, value] of Object.entries(a as Record<string, unknown>)) {
      if (!(key in kept)) {
        if (value === undefined) continue;
        out.push({
          code: 'input/unknown-field',
          severity: 'warning',
          path: [...path, key],
          message: `Trường "${key}" tại ${formatPath(path) || '(gốc)'} không có trong mô hình dữ liệu nên bị bỏ qua (viết sai tên trường?).`,
        });
      } else stack.push([value, kept[key], [...path, key]]);
    }
  }
  return out;
}
