import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { JsonPath } from '@baocao-khcn/core';
import { CliError, messageOf } from '../errors';
import { jsonErrorOffset } from './json-error';
import { jsonOffsetOf } from './json-locate';
import type { Source } from './read';

/** A line and column, both from 1. */
export type Position = { line: number; column: number };

/** Parsed input: the plain value, and where a JSON path of it is written in the file. */
export type Parsed = {
  value: unknown;
  /** The position of the value at `path` (or of its nearest parent that exists in the file). */
  locate(path: JsonPath): Position | undefined;
};

const YAML_OPTIONS = { uniqueKeys: true, prettyErrors: false, strict: true } as const;
const MAX_ALIASES = 100;

/**
 * Parses a source as JSON or YAML (1.2, core schema: `2022-08-03` stays a string). Invalid input throws a
 * {@link CliError} naming the line and column. JSON is parsed by `JSON.parse`; the position of a value, needed only
 * for a diagnostic, is found by scanning the text along its path.
 */
export function parseSource(source: Source): Parsed {
  if (source.format === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(source.text);
    } catch (error) {
      const at = jsonErrorOffset(source.text);
      const pos = at === undefined ? undefined : positionAt(source.text, at);
      const found = at === undefined || at >= source.text.length ? 'hết tệp giữa chừng' : `gặp ${JSON.stringify(source.text.slice(at, at + 1))}`;
      throw new CliError(`Tệp ${source.name} không phải JSON hợp lệ${where(pos)}: ${found}.`, { cause: error });
    }
    return { value, locate: (path) => positionAt(source.text, jsonOffsetOf(source.text, path)) };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.text, { ...YAML_OPTIONS, lineCounter });
  const first = doc.errors[0];
  if (first !== undefined) {
    const lp = lineCounter.linePos(first.pos[0]);
    const pos = { line: lp.line, column: lp.col };
    throw new CliError(`Tệp ${source.name} không phải YAML hợp lệ${where(pos)}: ${first.message.split('\n')[0]}`, { cause: first });
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    throw new CliError(`Tệp ${source.name}: không đọc được YAML (${messageOf(error)}).`, { cause: error });
  }
  return { value, locate: (path) => locate(doc, lineCounter, path) };
}

/** ` (dòng 3, cột 5)` or nothing. */
export function where(pos: Position | undefined): string {
  return pos ? ` (dòng ${pos.line}, cột ${pos.column})` : '';
}

function locate(doc: Document, lineCounter: LineCounter, path: JsonPath): Position | undefined {
  let node: unknown = doc.contents;
  let at: number | undefined = (node as Node | null)?.range?.[0];
  for (const key of path) {
    if (isAlias(node)) node = node.resolve(doc);
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(key));
      if (pair === undefined) break;
      next = pair.value;
      // `key:` with no value: point at the key.
      at = (next as Node | null)?.range?.[0] ?? (pair.key as Node | null)?.range?.[0] ?? at;
    } else if (isSeq(node) && typeof key === 'number') {
      next = node.items[key];
      if (next === undefined) break;
      at = (next as Node | null)?.range?.[0] ?? at;
    } else break;
    node = next;
  }
  if (at === undefined) return undefined;
  const { line, col } = lineCounter.linePos(at);
  return { line, column: col };
}

function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
