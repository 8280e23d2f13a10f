import type { NumberStyle } from '@baocao-khcn/core/tree';
import { Document } from 'docx';
import type { Layout } from './options';
import { wordStyles } from './word-styles';
import { createXmlWriter } from './xml';

/** The styles parts kept: a process renders with a handful of layouts and heading schemes. */
const CACHE_SIZE = 32;
const cache = new Map<string, Uint8Array>();

/** What the styles part depends on: the body size, indent and line spacing, and the number style of each heading level. */
function keyOf(layout: Layout, used: ReadonlyMap<number, NumberStyle>): string {
  const levels = [...used].sort((a, b) => a[0] - b[0]);
  return JSON.stringify([layout.bodySize, layout.firstLineTwips, layout.lineTwips, levels]);
}

/**
 * `word/styles.xml` for a layout and the heading number styles of a document (see {@link wordStyles}), as UTF-8:
 * the bytes docx writes for these styles, written once and kept (the last {@link CACHE_SIZE} of them). The styles
 * part costs about as much to build as the whole text of a short report; it goes to docx's packer as a finished part.
 *
 * @example
 * ```ts
 * const part = stylesPart(layout, new Map([[1, 'roman']]));
 * // { path: 'word/styles.xml', data: Uint8Array [60, 63, 120, …] } — '<?xml …?><w:styles …>'
 * ```
 */
export function stylesPart(layout: Layout, used: ReadonlyMap<number, NumberStyle>): { path: string; data: Uint8Array } {
  const key = keyOf(layout, used);
  let data = cache.get(key);
  if (data === undefined) {
    const file = new Document({ sections: [], styles: wordStyles(layout, used) });
    const xml = file.Styles.prepForXml({ file, viewWrapper: file.Document, stack: [] });
    if (xml === undefined) throw new Error('render-docx: docx wrote no styles');
    data = createXmlWriter().bytes(xml, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>');
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(key, data);
  }
  return { path: 'word/styles.xml', data };
}
