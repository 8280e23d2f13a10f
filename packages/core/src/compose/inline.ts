import type { Figure, RichText } from '../model/rich-text';
import { cleanText } from '../text/clean';
import type { InlineNode, TextNode } from '../tree/types';
import { formatFigure } from './figure';

/** Per-document state of inline composition: the footnote counter, and the words a series adds after a figure. */
export type InlineState = { footnotes: number; annotate?: (figure: Figure) => string | undefined };

type Emphasis = { bold?: boolean; italic?: boolean; superscript?: boolean };

function run(text: string, emphasis: Emphasis): TextNode {
  const node: TextNode = { type: 'text', text: cleanText(text) };
  if (emphasis.bold) node.bold = true;
  if (emphasis.italic) node.italic = true;
  if (emphasis.superscript) node.superscript = true;
  return node;
}

/**
 * Turns rich text into inline nodes: figures formatted, footnotes numbered continuously, text cleaned (NFC,
 * forbidden characters removed). Adjacent runs with the same emphasis are merged.
 */
export function composeInline(rich: RichText, state: InlineState, emphasis: Emphasis = {}): InlineNode[] {
  const out: InlineNode[] = [];
  const items = typeof rich === 'string' ? [rich] : rich;
  for (const item of items) {
    if (typeof item === 'string') append(out, run(item, emphasis));
    else if (item.type === 'text') append(out, run(item.text, { bold: item.bold ?? emphasis.bold, italic: item.italic ?? emphasis.italic, superscript: item.superscript }));
    else if (item.type === 'figure') append(out, run(formatFigure(item) + (state.annotate?.(item) ?? ''), { bold: item.bold ?? emphasis.bold, italic: item.italic ?? emphasis.italic }));
    else {
      const number = ++state.footnotes;
      // A footnote inside a footnote cannot exist in Word: its content is kept inline, in parentheses.
      const children = flatten(item.content, state);
      // A footnote with no text says nothing: it takes no number and leaves the text around it whole.
      if (children.every((c) => c.text.trim() === '')) {
        state.footnotes--;
        continue;
      }
      out.push({ type: 'footnote', number, children });
    }
  }
  return out;
}

/**
 * What belongs to the character before it and composes with it under NFC: combining marks, and the Hangul vowel
 * and final jamo (letters, not marks: "ᄀ" + "ᅡ" is "가").
 */
const COMBINING_START = /^[\p{M}\u1160-\u11ff\ud7b0-\ud7ff]+/u;

/** Adds a node, merged into the text run before it when both have the same emphasis. Empty runs are dropped. */
function append(out: InlineNode[], node: InlineNode): void {
  // An empty run ('' or only removed characters) would stand between a letter and the marks that follow it.
  if (node.type === 'text' && node.text === '') return;
  const last = out[out.length - 1];
  // A combining mark belongs to the letter before it, whatever the emphasis of its run ("e" + bold U+0301).
  if (node.type === 'text' && last?.type === 'text' && COMBINING_START.test(node.text)) {
    const marks = COMBINING_START.exec(node.text)?.[0] ?? '';
    last.text = (last.text + marks).normalize('NFC');
    node.text = node.text.slice(marks.length);
    if (node.text === '') return;
  }
  if (node.type === 'text' && last?.type === 'text' && !!last.bold === !!node.bold && !!last.italic === !!node.italic && !last.superscript && !node.superscript) {
    // NFC again: a run may start with a combining mark that joins the run before it ("Ha" + "\u0300 Nội").
    last.text = (last.text + node.text).normalize('NFC');
    return;
  }
  out.push(node);
}

function flatten(rich: RichText, state: InlineState): TextNode[] {
  const nodes = composeInline(rich, state);
  const out: TextNode[] = [];
  for (const node of nodes) {
    if (node.type === 'text') out.push(node);
    else {
      state.footnotes--; // the nested footnote does not take a number
      out.push({ type: 'text', text: ` (${node.children.map((c) => c.text).join('')})` });
    }
  }
  return out;
}

/** The plain text of inline nodes (footnotes left out). */
export function plainText(nodes: readonly InlineNode[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.text : '')).join('');
}
