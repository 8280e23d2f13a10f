import type { Diagnostic, JsonPath } from '@baocao-khcn/core';
import type { FootnoteNode, NumberStyle } from '@baocao-khcn/core/tree';
import type { BodyWriter } from './ooxml/body';
import type { Layout } from './options';

/** Footnotes met while rendering, by their Word id. Created per render: no module-level state. */
export type FootnoteRegistry = {
  /** Registers a footnote and returns the id its reference uses (its `number` when that is free); `content` gives its runs. */
  add(node: FootnoteNode, path: JsonPath, content: () => string): number;
  /** The runs of each footnote's text, by id. */
  entries(): ReadonlyMap<number, string>;
};

/** Everything a handler needs besides its node. Plain data, passed down; never mutated by handlers. */
export type RenderContext = {
  readonly layout: Layout;
  /** Width of the text area of the current section, twips. */
  readonly textWidth: number;
  readonly report: (diagnostic: Diagnostic) => void;
  readonly footnotes: FootnoteRegistry;
  /** The number style that defines each Word heading level's named style (first one met). */
  readonly headingStyles: ReadonlyMap<number, NumberStyle>;
  /** Where block handlers write the body of `word/document.xml`, in order. */
  readonly body: BodyWriter;
};

/** Run formatting applied on top of the paragraph style: `true`/`false` set it, `undefined` inherits. */
export type RunFormat = {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Write the text in capitals. */
  readonly caps?: boolean;
  /** Size in pt. */
  readonly size?: number;
};

/** A registry that uses `FootnoteNode.number` as the id and reports duplicates or bad numbers. */
export function createFootnoteRegistry(report: (diagnostic: Diagnostic) => void): FootnoteRegistry {
  const notes = new Map<number, string>();
  let highest = 0;
  return {
    add(node, path, content) {
      let id = node.number;
      if (!Number.isInteger(id) || id < 1 || notes.has(id)) {
        const wanted = id;
        // `highest` is the largest id given so far (no spread of every key: there may be 100,000 notes).
        id = highest + 1;
        report({
          code: 'docx/footnote-number',
          severity: 'warning',
          path: [...path, 'number'],
          message: notes.has(wanted)
            ? `Chú thích số ${wanted} bị trùng; chú thích này dùng số ${id}.`
            : `Số chú thích ${String(wanted)} không phải số nguyên dương; dùng số ${id}.`,
        });
      }
      highest = Math.max(highest, id);
      notes.set(id, content());
      return id;
    },
    entries() {
      return notes;
    },
  };
}
