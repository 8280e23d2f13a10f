import type { Diagnostic, JsonPath, PathLink } from './diagnostic';
import { formatPath, pathOf } from './diagnostic';
import { hasForbiddenChars } from '../text/clean';

/** The message of `text/forbidden-char`. */
export const FORBIDDEN_CHAR_MESSAGE = 'Văn bản có ký tự điều khiển hoặc ký tự không hợp lệ; các ký tự này bị loại bỏ khi xuất.';

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

/** What {@link readInput} returns: diagnostics, whether parsing must stop, and the input as plain data. */
export type ReadInput = { diagnostics: Diagnostic[]; fatal: boolean; value: unknown };

/**
 * Reads untrusted input once, defensively and without recursion, into plain data: arrays and objects are copied
 * (own enumerable string keys, as `JSON.stringify` reads them, each property read exactly once; a null prototype is
 * kept), other values are kept as they are. Reports cycles, values beyond the limits and values that cannot be read
 * (a getter or a Proxy trap that throws, a revoked Proxy: `input/unreadable`). Returns `fatal: true` when the input
 * must not be parsed further. Everything after this reads the copy, never the caller's objects. With
 * `forbiddenChars`, every string holding a character `cleanText` removes gets a `text/forbidden-char` warning at its
 * own path, whether the document prints it or not (SECURITY.md, "Characters removed from text").
 */
export function readInput(input: unknown, limits: Limits, base: JsonPath = [], options: { forbiddenChars?: boolean } = {}): ReadInput {
  const forbiddenChars = options.forbiddenChars === true;
  const diagnostics: Diagnostic[] = [];
  let fatal = false;
  let nodes = 0;
  // Iterative depth-first walk; `ancestors` holds the objects on the current path (cycle detection). A frame knows
  // its parent and key, and its JSON path is only built for a diagnostic (most inputs have none). A frame's copy is
  // stored into its parent's copy under its key.
  type Frame = PathLink & { value: unknown; depth: number; exit: boolean; into: Record<string | number, unknown> | undefined };
  const root: { value?: unknown } = {};
  const stack: Frame[] = [{ value: input, depth: 0, parent: undefined, key: 'value', exit: false, into: root }];
  const ancestors = new Set<object>();
  const unreadable = (frame: PathLink, key: string | number | undefined, error: unknown) => {
    const path = pathOf(frame, base);
    if (key !== undefined) path.push(key);
    const reason = error instanceof Error ? error.message : safeString(error);
    diagnostics.push({ code: 'input/unreadable', severity: 'error', path, message: `Không đọc được giá trị tại ${formatPath(path) || '(gốc)'}: ${reason}` });
    fatal = true;
  };
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    if (frame.exit) {
      ancestors.delete(frame.value as object);
      continue;
    }
    const { value, depth } = frame;
    const place = frame.parent === undefined ? { parent: undefined, key: '' } : frame;
    nodes++;
    if (nodes > limits.maxNodes) {
      diagnostics.push({ code: 'input/too-large', severity: 'error', path: base, message: `Dữ liệu quá lớn: hơn ${limits.maxNodes} giá trị.` });
      return { diagnostics, fatal: true, value: undefined };
    }
    if (typeof value === 'string') {
      if (value.length > limits.maxStringLength) {
        const path = pathOf(place, base);
        diagnostics.push({
          code: 'input/string-too-long',
          severity: 'error',
          path,
          message: `Chuỗi tại ${formatPath(path) || '(gốc)'} dài ${value.length} ký tự, vượt giới hạn ${limits.maxStringLength}.`,
        });
        fatal = true;
      } else if (forbiddenChars && hasForbiddenChars(value)) {
        diagnostics.push({ code: 'text/forbidden-char', severity: 'warning', path: pathOf(place, base), message: FORBIDDEN_CHAR_MESSAGE });
      }
      store(frame, value);
      continue;
    }
    if (value === null || typeof value !== 'object') {
      store(frame, value);
      continue;
    }
    if (ancestors.has(value)) {
      const path = pathOf(place, base);
      diagnostics.push({ code: 'input/cycle', severity: 'error', path, message: `Dữ liệu có vòng lặp tham chiếu tại ${formatPath(path) || '(gốc)'}.` });
      fatal = true;
      continue;
    }
    if (depth >= limits.maxDepth) {
      const path = pathOf(place, base);
      diagnostics.push({ code: 'input/too-deep', severity: 'error', path, message: `Dữ liệu lồng quá sâu (hơn ${limits.maxDepth} cấp) tại ${formatPath(path)}.` });
      fatal = true;
      continue;
    }
    let shape: Shape;
    try {
      shape = shapeOf(value);
    } catch (error) {
      unreadable(place, undefined, error);
      continue;
    }
    if (shape.kind === 'opaque') {
      store(frame, value);
      continue;
    }
    if (shape.kind === 'boxed') {
      store(frame, shape.value);
      continue;
    }
    ancestors.add(value);
    stack.push({ value, depth, parent: undefined, key: '', exit: true, into: undefined });
    if (shape.kind === 'array') {
      if (shape.length > limits.maxArrayLength) {
        const path = pathOf(place, base);
        diagnostics.push({
          code: 'input/array-too-long',
          severity: 'error',
          path,
          message: `Danh sách tại ${formatPath(path) || '(gốc)'} có ${shape.length} phần tử, vượt giới hạn ${limits.maxArrayLength}.`,
        });
        fatal = true;
        continue;
      }
      const copy = new Array<unknown>(shape.length);
      store(frame, copy);
      const array = value as unknown[];
      const frames: Frame[] = [];
      for (let i = 0; i < shape.length; i++) {
        let item: unknown;
        try {
          item = array[i];
        } catch (error) {
          unreadable(place, i, error);
          continue;
        }
        frames.push({ value: item, depth: depth + 1, parent: place, key: i, exit: false, into: copy as unknown as Record<number, unknown> });
      }
      for (let i = frames.length - 1; i >= 0; i--) stack.push(frames[i] as Frame);
    } else {
      const copy: Record<string, unknown> = shape.nullPrototype ? Object.create(null) : {};
      store(frame, copy);
      const record = value as Record<string, unknown>;
      // Properties are read in order (a diagnostic for each that throws), then walked in order.
      const frames: Frame[] = [];
      for (const key of shape.keys) {
        let item: unknown;
        try {
          item = record[key];
        } catch (error) {
          unreadable(place, key, error);
          continue;
        }
        frames.push({ value: item, depth: depth + 1, parent: place, key, exit: false, into: copy });
      }
      for (let i = frames.length - 1; i >= 0; i--) stack.push(frames[i] as Frame);
    }
  }
  return { diagnostics, fatal, value: fatal ? undefined : root.value };
}

type Shape = { kind: 'opaque' } | { kind: 'boxed'; value: unknown } | { kind: 'array'; length: number } | { kind: 'object'; keys: string[]; nullPrototype: boolean };

/**
 * How a value is read: an array (its length), a record (its own enumerable string keys), a boxed string, number or
 * boolean (its primitive, as `JSON.stringify` reads it: the schema must not see `String.prototype.bold`), or an opaque
 * value kept as it is (dates, maps, typed arrays… which the schema refuses by type). May throw (Proxy traps).
 */
function shapeOf(value: object): Shape {
  if (Array.isArray(value)) {
    const length = (value as unknown[]).length;
    return { kind: 'array', length: Number.isSafeInteger(length) && length >= 0 ? length : 0 };
  }
  const proto = Object.getPrototypeOf(value) as object | null;
  if (proto !== null && proto !== Object.prototype) {
    for (const [type, unbox] of BOXED) {
      if (value instanceof type) return { kind: 'boxed', value: unbox.call(value) };
    }
    if (OPAQUE.some((type) => value instanceof type)) return { kind: 'opaque' };
  }
  return { kind: 'object', keys: Object.keys(value), nullPrototype: proto === null };
}

const OPAQUE: readonly (abstract new (...args: never[]) => object)[] = [
  Date, RegExp, Map, Set, WeakMap, WeakSet, Promise, Error, ArrayBuffer, DataView,
  Object.getPrototypeOf(Int8Array) as abstract new (...args: never[]) => object,
];

/** Boxed primitives and the intrinsic that unboxes each (not an overridable `valueOf`). */
const BOXED: readonly [abstract new (...args: never[]) => object, (this: unknown) => unknown][] = [
  [String, String.prototype.valueOf],
  [Number, Number.prototype.valueOf],
  [Boolean, Boolean.prototype.valueOf],
];

/** Stores a frame's value (or its copy) into its parent's copy; an own `__proto__` key stays an own key. */
function store(frame: { into: Record<string | number, unknown> | undefined; key: string | number }, value: unknown): void {
  const into = frame.into;
  if (into === undefined) return;
  if (frame.key === '__proto__') Object.defineProperty(into, '__proto__', { value, enumerable: true, writable: true, configurable: true });
  else into[frame.key] = value;
}

function safeString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return 'giá trị không đọc được';
  }
}
