import type { PhrasingContent } from 'mdast';
import type { Piece } from './state';

type TextPiece = Extract<Piece, { type: 'text' }>;

/** A text piece. */
export function textPiece(value: string, bold: boolean, italic: boolean): TextPiece {
  return { type: 'text', value, bold, italic };
}

/**
 * Whether a UTF-16 code unit is whitespace as `\s` means it in a regular expression (with or
 * without the `u` flag: every such character lies in the BMP, so a code unit of a surrogate pair
 * is never whitespace).
 */
export function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Appends one line (`pieces[from..to)`, no break inside) to `out`, trimmed: spaces (U+0020 only,
 * what a Markdown parser strips) are removed from its start and its end — through text pieces
 * that become empty, up to a footnote — and empty text pieces are dropped. Trimmed pieces are
 * new objects; the others are appended as they are (pieces are never mutated). Returns whether
 * anything was appended.
 */
function pushTrimmedLine(pieces: readonly Piece[], from: number, to: number, separator: Piece | undefined, out: Piece[]): boolean {
  // Leading spaces: `first` is the first piece that keeps any text (or is not text),
  // `head` its new value when trimmed.
  let first = from;
  let head: string | undefined;
  for (; first < to; first++) {
    const piece = pieces[first]!;
    if (piece.type !== 'text') break;
    const value = piece.value;
    let start = 0;
    while (start < value.length && value.charCodeAt(start) === 32) start++;
    if (start < value.length) {
      if (start > 0) head = value.slice(start);
      break;
    }
  }
  // Trailing spaces, the same way from the end (on the value trimmed at the start, if the same piece).
  let last = to - 1;
  let tail: string | undefined;
  for (; last >= first; last--) {
    const piece = pieces[last]!;
    if (piece.type !== 'text') break;
    const value = last === first && head !== undefined ? head : piece.value;
    let end = value.length;
    while (end > 0 && value.charCodeAt(end - 1) === 32) end--;
    if (end > 0) {
      if (end < value.length) tail = value.slice(0, end);
      break;
    }
  }
  if (first > last) return false;
  let pushed = false;
  for (let i = first; i <= last; i++) {
    let piece = pieces[i]!;
    if (piece.type === 'text') {
      const value = i === last && tail !== undefined ? tail : i === first && head !== undefined ? head : piece.value;
      if (value === '') continue;
      if (value !== piece.value) piece = textPiece(value, piece.bold, piece.italic);
    }
    if (!pushed && separator !== undefined) out.push(separator);
    pushed = true;
    out.push(piece);
  }
  return pushed;
}

/**
 * Whether {@link normalise} would leave `pieces` as they are: one line (no break), no space at
 * its start or its end, no empty text piece.
 */
function isNormal(pieces: readonly Piece[]): boolean {
  for (const piece of pieces) {
    if (piece.type === 'break' || (piece.type === 'text' && piece.value === '')) return false;
  }
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (first !== undefined && first.type === 'text' && first.value.charCodeAt(0) === 32) return false;
  if (last !== undefined && last.type === 'text' && last.value.charCodeAt(last.value.length - 1) === 32) return false;
  return true;
}

/**
 * The documented normalisation of inline content: spaces at the start and end of every line are
 * removed, empty lines are dropped, and the remaining lines are joined with a hard break
 * (`breaks`) or with one space (headings and table cells). Returns `pieces` itself when there is
 * nothing to change (pieces are never mutated).
 */
export function normalise(pieces: Piece[], breaks: boolean): Piece[] {
  if (isNormal(pieces)) return pieces;
  const out: Piece[] = [];
  let start = 0;
  let any = false;
  for (let i = 0; i <= pieces.length; i++) {
    if (i < pieces.length && pieces[i]!.type !== 'break') continue;
    const separator = any ? (breaks ? ({ type: 'break' } as const) : textPiece(' ', false, false)) : undefined;
    if (pushTrimmedLine(pieces, start, i, separator, out)) any = true;
    start = i + 1;
  }
  return out;
}

/** Joins already normalised piece lists with one space, skipping empty ones. */
export function joinWithSpace(parts: readonly Piece[][]): Piece[] {
  if (parts.length === 1) return parts[0]!;
  const out: Piece[] = [];
  for (const part of parts) {
    if (part.length === 0) continue;
    if (out.length > 0) out.push(textPiece(' ', false, false));
    for (const piece of part) out.push(piece);
  }
  return out;
}

/** `joined`: the value was built from several pieces and is normalised to NFC when flushed. */
type Run = { value: string; bold: boolean; italic: boolean; joined?: boolean };

/** Nesting levels of {@link styled}: `strong` (bold) outside, `emphasis` (italic, 1) inside, then plain text. */
const BOLD = 0;
const PLAIN = 2;

function pushText(out: PhrasingContent[], value: string): void {
  if (value === '') return;
  const last = out[out.length - 1];
  if (last !== undefined && last.type === 'text') last.value += value;
  else out.push({ type: 'text', value });
}

/** Removes leading whitespace from a run list (runs left empty are removed); returns what was removed. */
function stripStart(runs: Run[]): string {
  let removed = '';
  let drop = 0;
  while (drop < runs.length) {
    const run = runs[drop]!;
    const value = run.value;
    let start = 0;
    while (start < value.length && isWhitespace(value.charCodeAt(start))) start++;
    if (start === 0) break;
    removed += value.slice(0, start);
    if (start < value.length) {
      run.value = value.slice(start);
      break;
    }
    run.value = '';
    drop++;
  }
  if (drop > 0) runs.splice(0, drop);
  return removed;
}

/** Removes trailing whitespace from a run list (runs left empty are removed); returns what was removed. */
function stripEnd(runs: Run[]): string {
  let removed = '';
  while (runs.length > 0) {
    const run = runs[runs.length - 1]!;
    const value = run.value;
    let end = value.length;
    while (end > 0 && isWhitespace(value.charCodeAt(end - 1))) end--;
    if (end === value.length) break;
    removed = value.slice(end) + removed;
    if (end > 0) {
      run.value = value.slice(0, end);
      break;
    }
    runs.pop();
  }
  return removed;
}

/**
 * Appends `runs[from..to)` to `out`, nested into `strong` (outer) and `emphasis` (inner) from
 * `level` on. Whitespace at the edges of a styled span is moved outside it (`**Tổng số **14`
 * would not parse as strong; `**Tổng số** 14` does). Adjacent text is merged. `runs` is not
 * changed (a styled span works on copies).
 */
function styled(runs: readonly Run[], from: number, to: number, level: number, out: PhrasingContent[]): void {
  if (level === PLAIN) {
    let value = '';
    for (let i = from; i < to; i++) value += runs[i]!.value;
    pushText(out, value);
    return;
  }
  let i = from;
  while (i < to) {
    const on = level === BOLD ? runs[i]!.bold : runs[i]!.italic;
    let end = i + 1;
    while (end < to && (level === BOLD ? runs[end]!.bold : runs[end]!.italic) === on) end++;
    if (!on) {
      styled(runs, i, end, level + 1, out);
      i = end;
      continue;
    }
    const group: Run[] = [];
    for (let k = i; k < end; k++) {
      const run = runs[k]!;
      group.push({ value: run.value, bold: run.bold, italic: run.italic });
    }
    i = end;
    const before = stripStart(group);
    const after = stripEnd(group);
    pushText(out, before);
    if (group.length > 0) {
      const children: PhrasingContent[] = [];
      styled(group, 0, group.length, level + 1, children);
      out.push(level === BOLD ? { type: 'strong', children } : { type: 'emphasis', children });
    }
    pushText(out, after);
  }
}

/** Appends a list of merged runs (between breaks and footnote references) to `out`. */
function flush(runs: readonly Run[], out: PhrasingContent[]): void {
  if (runs.length === 0) return;
  // Pieces joined into one run may meet at a letter and the marks that belong to it ("e" + "\u0301"): NFC.
  for (const run of runs) if (run.joined === true) run.value = run.value.normalize('NFC');
  const only = runs[0]!;
  // Plain text alone (the common case): one text node.
  if (runs.length === 1 && !only.bold && !only.italic) pushText(out, only.value);
  else styled(runs, 0, runs.length, BOLD, out);
}

/** Normalised pieces to mdast phrasing content. */
export function build(pieces: readonly Piece[]): PhrasingContent[] {
  const only = pieces.length === 1 ? pieces[0]! : undefined;
  // Fast path: one plain text piece (most table cells, many headings and list items).
  if (only !== undefined && only.type === 'text' && !only.bold && !only.italic && only.value !== '') {
    return [{ type: 'text', value: only.value }];
  }
  const out: PhrasingContent[] = [];
  let runs: Run[] = [];
  for (const piece of pieces) {
    if (piece.type === 'text') {
      if (piece.value === '') continue;
      const last = runs[runs.length - 1];
      if (last !== undefined && last.bold === piece.bold && last.italic === piece.italic) {
        last.value += piece.value;
        last.joined = true;
      } else runs.push({ value: piece.value, bold: piece.bold, italic: piece.italic });
      continue;
    }
    flush(runs, out);
    runs = [];
    if (piece.type === 'break') out.push({ type: 'break' });
    else out.push({ type: 'footnoteReference', identifier: piece.identifier, label: piece.identifier });
  }
  flush(runs, out);
  return out;
}
