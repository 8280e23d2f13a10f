import type { PhrasingContent } from 'mdast';
import type { Piece } from './state';

type TextPiece = Extract<Piece, { type: 'text' }>;
type Line = Exclude<Piece, { type: 'break' }>[];

/** A text piece. */
export function textPiece(value: string, bold: boolean, italic: boolean): TextPiece {
  return { type: 'text', value, bold, italic };
}

function splitLines(pieces: readonly Piece[]): Line[] {
  const lines: Line[] = [[]];
  for (const piece of pieces) {
    if (piece.type === 'break') lines.push([]);
    else lines[lines.length - 1]!.push(piece);
  }
  return lines;
}

/** Removes spaces at the start and the end of a line (what a Markdown parser would strip). */
function trimLine(line: Line): Line {
  const out = line.map((piece) => ({ ...piece }));
  for (let i = 0; i < out.length; i++) {
    const piece = out[i]!;
    if (piece.type !== 'text') break;
    piece.value = piece.value.replace(/^ +/, '');
    if (piece.value !== '') break;
  }
  for (let i = out.length - 1; i >= 0; i--) {
    const piece = out[i]!;
    if (piece.type !== 'text') break;
    piece.value = piece.value.replace(/ +$/, '');
    if (piece.value !== '') break;
  }
  return out.filter((piece) => piece.type !== 'text' || piece.value !== '');
}

/**
 * The documented normalisation of inline content: spaces at the start and end of every line are
 * removed, empty lines are dropped, and the remaining lines are joined with a hard break
 * (`breaks`) or with one space (headings and table cells).
 */
export function normalise(pieces: readonly Piece[], breaks: boolean): Piece[] {
  const lines = splitLines(pieces)
    .map(trimLine)
    .filter((line) => line.length > 0);
  const out: Piece[] = [];
  lines.forEach((line, index) => {
    if (index > 0) out.push(breaks ? { type: 'break' } : textPiece(' ', false, false));
    out.push(...line);
  });
  return out;
}

/** Joins already normalised piece lists with one space, skipping empty ones. */
export function joinWithSpace(parts: readonly Piece[][]): Piece[] {
  const out: Piece[] = [];
  for (const part of parts) {
    if (part.length === 0) continue;
    if (out.length > 0) out.push(textPiece(' ', false, false));
    out.push(...part);
  }
  return out;
}

type Run = { value: string; bold: boolean; italic: boolean };
type Style = 'bold' | 'italic';

function pushText(out: PhrasingContent[], value: string): void {
  if (value === '') return;
  const last = out[out.length - 1];
  if (last !== undefined && last.type === 'text') last.value += value;
  else out.push({ type: 'text', value });
}

function appendAll(out: PhrasingContent[], nodes: readonly PhrasingContent[]): void {
  for (const node of nodes) {
    if (node.type === 'text') pushText(out, node.value);
    else out.push(node);
  }
}

/** Removes leading (`edge` 'start') or trailing whitespace from a run list; returns what was removed. */
function stripEdge(runs: Run[], edge: 'start' | 'end'): string {
  let removed = '';
  while (runs.length > 0) {
    const run = edge === 'start' ? runs[0]! : runs[runs.length - 1]!;
    const match = edge === 'start' ? /^\s+/u.exec(run.value) : /\s+$/u.exec(run.value);
    if (match === null) break;
    const ws = match[0];
    removed = edge === 'start' ? removed + ws : ws + removed;
    run.value = edge === 'start' ? run.value.slice(ws.length) : run.value.slice(0, run.value.length - ws.length);
    if (run.value !== '') break;
    if (edge === 'start') runs.shift();
    else runs.pop();
  }
  return removed;
}

/**
 * Nests runs into `strong` (outer) and `emphasis` (inner). Whitespace at the edges of a styled
 * span is moved outside it (`**Tổng số **14` would not parse as strong; `**Tổng số** 14` does).
 */
function styled(runs: readonly Run[], styles: readonly Style[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  const [style, ...rest] = styles;
  if (style === undefined) {
    pushText(out, runs.map((run) => run.value).join(''));
    return out;
  }
  let i = 0;
  while (i < runs.length) {
    const on = runs[i]![style];
    const group: Run[] = [];
    while (i < runs.length && runs[i]![style] === on) group.push({ ...runs[i++]! });
    if (!on) {
      appendAll(out, styled(group, rest));
      continue;
    }
    const before = stripEdge(group, 'start');
    const after = stripEdge(group, 'end');
    pushText(out, before);
    if (group.length > 0) {
      const children = styled(group, rest);
      out.push(style === 'bold' ? { type: 'strong', children } : { type: 'emphasis', children });
    }
    pushText(out, after);
  }
  return out;
}

/** Normalised pieces to mdast phrasing content. */
export function build(pieces: readonly Piece[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let runs: Run[] = [];
  const flush = (): void => {
    if (runs.length > 0) appendAll(out, styled(runs, ['bold', 'italic']));
    runs = [];
  };
  for (const piece of pieces) {
    if (piece.type === 'text') {
      if (piece.value === '') continue;
      const last = runs[runs.length - 1];
      if (last !== undefined && last.bold === piece.bold && last.italic === piece.italic) last.value += piece.value;
      else runs.push({ value: piece.value, bold: piece.bold, italic: piece.italic });
      continue;
    }
    flush();
    if (piece.type === 'break') out.push({ type: 'break' });
    else out.push({ type: 'footnoteReference', identifier: piece.identifier, label: piece.identifier });
  }
  flush();
  return out;
}
