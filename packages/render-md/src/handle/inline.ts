import type { FootnoteNode, TextNode } from '@baocao-khcn/core/tree';
import { isWhitespace, normalise, textPiece } from '../phrasing';
import type { InlineHandlers, InlineHandler } from '../state';

/** A character that {@link text} has to rewrite: `\r`, `\n` or `\t`. */
const LINE_OR_TAB = /[\r\n\t]/;

/**
 * A text run. `\r\n` and `\r` count as `\n`; every `\n` becomes a line break piece and every `\t`
 * one space. `superscript` has no Markdown form and is rendered as plain text (never raw HTML).
 */
export const text: InlineHandler<TextNode> = (node, _state, context, out) => {
  const bold = context.bold === true || node.bold === true;
  const italic = context.italic === true || node.italic === true;
  const value = node.text;
  // Fast path (nearly every run): no line break and no tab.
  if (typeof value === 'string' && !LINE_OR_TAB.test(value)) {
    if (value !== '') out.push(textPiece(value, bold, italic));
    return;
  }
  const lines = value.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (index > 0) out.push({ type: 'break' });
    if (line !== '') out.push(textPiece(line, bold, italic));
  }
};

/**
 * A footnote. GFM mode: a reference `[^n]` (the definition is written at the end of the
 * document). Inline mode: its text in parentheses, after one space unless the text before
 * already ends with whitespace (or the footnote starts the line).
 */
export const footnote: InlineHandler<FootnoteNode> = (node, state, context, out) => {
  if (state.options.footnotes === 'gfm') {
    if (!state.footnotes.has(node.number)) state.footnotes.set(node.number, node);
    out.push({ type: 'footnote', identifier: String(node.number) });
    return;
  }
  const content = normalise(state.pieces(node.children, context), context.breaks);
  if (content.length === 0) return;
  const bold = context.bold === true;
  const italic = context.italic === true;
  const last = out[out.length - 1];
  if (last !== undefined && last.type !== 'break' && !(last.type === 'text' && isWhitespace(last.value.charCodeAt(last.value.length - 1)))) {
    out.push(textPiece(' ', bold, italic));
  }
  out.push(textPiece('(', bold, italic));
  for (const piece of content) out.push(piece);
  out.push(textPiece(')', bold, italic));
};

/** The inline handler map. */
export const inlineHandlers: InlineHandlers = { text, footnote };
