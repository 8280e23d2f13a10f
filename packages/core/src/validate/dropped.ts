import type { Diagnostic, JsonPath, PathLink } from './diagnostic';
import { formatPath, pathOf } from './diagnostic';

/**
 * Finds keys of plain objects in `input` that the schema dropped from `output` (zod strips unknown keys):
 * a misspelt field must not disappear silently. Walks input and output side by side, iteratively.
 */
export function droppedKeys(input: unknown, output: unknown, base: JsonPath, limit = 50): Diagnostic[] {
  const out: Diagnostic[] = [];
  // Only pairs of objects are walked (nothing else can drop a key); paths are built for a diagnostic only.
  type Frame = PathLink & { a: object; b: object };
  const stack: Frame[] = [];
  const push = (a: unknown, b: unknown, parent: Frame | undefined, key: string | number) => {
    if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') stack.push({ a, b, parent, key });
  };
  push(input, output, undefined, '');
  while (stack.length > 0 && out.length < limit) {
    const frame = stack.pop() as Frame;
    const { a, b } = frame;
    if (Array.isArray(a)) {
      if (!Array.isArray(b)) continue;
      for (let i = 0; i < a.length && i < b.length; i++) push(a[i], b[i], frame, i);
      continue;
    }
    if (Array.isArray(b)) continue;
    const kept = b as Record<string, unknown>;
    for (const [key, value] of Object.entries(a as Record<string, unknown>)) {
      if (!(key in kept)) {
        if (value === undefined) continue;
        const path = pathOf(frame, base);
        out.push({
          code: 'input/unknown-field',
          severity: 'warning',
          path: [...path, key],
          message: `Trường "${key}" tại ${formatPath(path) || '(gốc)'} không có trong mô hình dữ liệu nên bị bỏ qua (viết sai tên trường?).`,
        });
      } else push(value, kept[key], frame, key);
    }
  }
  return out;
}
