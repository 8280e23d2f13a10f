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
  // A plain string (most table cells) is one run, or none when nothing is left of it: what the general way gives.
  if (typeof rich === 'string') {
    const node = run(rich, emphasis);
    return node.text === '' ? [] : [node];
  }
  const runs = createRuns();
  const items = typeof rich === 'string' ? [rich] : rich;
  for (const item of items) {
    if (typeof item === 'string') runs.add(run(item, emphasis));
    else if (item.type === 'text') runs.add(run(item.text, { bold: item.bold ?? emphasis.bold, italic: item.italic ?? emphasis.italic, superscript: item.superscript }));
    else if (item.type === 'figure') runs.add(run(formatFigure(item) + (state.annotate?.(item) ?? ''), { bold: item.bold ?? emphasis.bold, italic: item.italic ?? emphasis.italic }));
    else {
      const number = ++state.footnotes;
      // A footnote inside a footnote cannot exist in Word: its content is kept inline, in parentheses.
      const children = flatten(item.content, state);
      // A footnote with no text says nothing: it takes no number and leaves the text around it whole.
      if (children.every((c) => c.text.trim() === '')) {
        state.footnotes--;
        continue;
      }
      runs.add({ type: 'footnote', number, children });
    }
  }
  return runs.done();
}

/**
 * What belongs to the character before it and composes with it under NFC: combining marks, and the Hangul vowel
 * and final jamo (letters, not marks: "ᄀ" + "ᅡ" is "가").
 */
const COMBINING_START = /^[\p{M}\u1160-\u11ff\ud7b0-\ud7ff]+/u;

/**
 * Inline nodes being built: a text node is merged into the text run before it when both have the same emphasis;
 * empty runs are dropped. The pieces of a run are joined and normalised (NFC) once, when the run is closed: joining
 * them one by one would copy and normalise the growing run for every piece (quadratic in a long rich text).
 */
function createRuns(): { add(node: InlineNode): void; done(): InlineNode[] } {
  const out: InlineNode[] = [];
  // The last node when it is text, with its pieces.
  let open: { node: TextNode; pieces: string[] } | undefined;
  const close = () => {
    // NFC over the whole run: a piece may start with a combining mark that joins the one before it ("Ha" + "\u0300 Nội").
    if (open && open.pieces.length > 1) open.node.text = open.pieces.join('').normalize('NFC');
    open = undefined;
  };
  return {
    add(node) {
      // An empty run ('' or only removed characters) would stand between a letter and the marks that follow it.
      if (node.type === 'text' && node.text === '') return;
      // A combining mark belongs to the letter before it, whatever the emphasis of its run ("e" + bold U+0301).
      if (node.type === 'text' && open && COMBINING_START.test(node.text)) {
        const marks = COMBINING_START.exec(node.text)?.[0] ?? '';
        open.pieces.push(marks);
        node.text = node.text.slice(marks.length);
        if (node.text === '') return;
      }
      const last = open?.node;
      if (node.type === 'text' && open && last && !!last.bold === !!node.bold && !!last.italic === !!node.italic && !last.superscript && !node.superscript) {
        open.pieces.push(node.text);
        return;
      }
      close();
      out.push(node);
      if (node.type === 'text') open = { node, pieces: [node.text] };
    },
    done() {
      close();
      return out;
    },
  };
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
