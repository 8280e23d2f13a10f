import type { Diagnostic, PathLink } from './diagnostic';
import { formatPath, pathOf } from './diagnostic';

/** Limits on input size; every limit is configurable through the `limits` option. */
export type Limits = {
  /** Maximum nesting depth of objects and arrays. */
  maxDepth: number;
  /** Maximum number of values (objects, arrays, strings, numbers…) in the input. */
  maxNodes: number;
  /** Maximum length of one string, in UTF-16 code units. */
  maxStringLength: number;
  /** Maximum length of one array (table rows, list items). */
  maxArrayLength: number;
};

/**
 * Defaults: generous for real reports (a 50,000-row appendix passes), small enough to refuse abuse.
 *
 * @example
 * validateReport(input, { profile, limits: { ...DEFAULT_LIMITS, maxArrayLength: 1_000_000 } })
 */
export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxDepth: 64,
  maxNodes: 5_000_000,
  maxStringLength: 2_000_000,
  maxArrayLength: 200_000,
});

/**
 * Walks untrusted input once, without recursion, and reports cycles and values beyond the limits.
 * Returns `fatal: true` when the input must not be parsed further.
 */
export function checkLimits(input: unknown, limits: Limits): { diagnostics: Diagnostic[]; fatal: boolean } {
  const diagnostics: Diagnostic[] = [];
  let fatal = false;
  let nodes = 0;
  // Iterative depth-first walk; `ancestors` holds the objects on the current path (cycle detection). A frame knows
  // its parent and key, and its JSON path is only built for a diagnostic (most inputs have none).
  type Frame = PathLink & { value: unknown; depth: number; exit: boolean };
  const stack: Frame[] = [{ value: input, depth: 0, parent: undefined, key: '', exit: false }];
  const ancestors = new Set<object>();
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    if (frame.exit) {
      ancestors.delete(frame.value as object);
      continue;
    }
    const { value, depth } = frame;
    nodes++;
    if (nodes > limits.maxNodes) {
      diagnostics.push({ code: 'input/too-large', severity: 'error', path: [], message: `Dữ liệu quá lớn: hơn ${limits.maxNodes} giá trị.` });
      return { diagnostics, fatal: true };
    }
    if (typeof value === 'string') {
      if (value.length > limits.maxStringLength) {
        const path = pathOf(frame);
        diagnostics.push({
          code: 'input/string-too-long',
          severity: 'error',
          path,
          message: `Chuỗi tại ${formatPath(path) || '(gốc)'} dài ${value.length} ký tự, vượt giới hạn ${limits.maxStringLength}.`,
        });
        fatal = true;
      }
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (ancestors.has(value)) {
      const path = pathOf(frame);
      diagnostics.push({ code: 'input/cycle', severity: 'error', path, message: `Dữ liệu có vòng lặp tham chiếu tại ${formatPath(path) || '(gốc)'}.` });
      fatal = true;
      continue;
    }
    if (depth >= limits.maxDepth) {
      const path = pathOf(frame);
      diagnostics.push({ code: 'input/too-deep', severity: 'error', path, message: `Dữ liệu lồng quá sâu (hơn ${limits.maxDepth} cấp) tại ${formatPath(path)}.` });
      fatal = true;
      continue;
    }
    ancestors.add(value);
    stack.push({ value, depth, parent: undefined, key: '', exit: true });
    if (Array.isArray(value)) {
      if (value.length > limits.maxArrayLength) {
        const path = pathOf(frame);
        diagnostics.push({
          code: 'input/array-too-long',
          severity: 'error',
          path,
          message: `Danh sách tại ${formatPath(path) || '(gốc)'} có ${value.length} phần tử, vượt giới hạn ${limits.maxArrayLength}.`,
        });
        fatal = true;
        continue;
      }
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], depth: depth + 1, parent: frame, key: i, exit: false });
    } else {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] as string;
        stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1, parent: frame, key, exit: false });
      }
    }
  }
  return { diagnostics, fatal };
}
