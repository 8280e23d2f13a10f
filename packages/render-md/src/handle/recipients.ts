import type { RecipientsNode } from '@baocao-khcn/core/tree';
import type { BlockContent } from 'mdast';
import type { State } from '../state';

/**
 * Nơi nhận: the label in bold italic, the optional note (`Bản điện tử:`) in italic, then the
 * items as a bullet list, written as given (their `;` and final `.` included).
 *
 * ```md
 * ***Nơi nhận:***
 *
 * - Như trên;
 * - Lưu: VT, VP.
 * ```
 */
export function recipients(node: RecipientsNode, state: State): BlockContent[] {
  const out: BlockContent[] = [];
  const label = state.phrasing([{ type: 'text', text: node.label }], { breaks: true, bold: true, italic: true });
  if (label.length > 0) out.push({ type: 'paragraph', children: label });
  if (node.note !== undefined) {
    const note = state.phrasing([{ type: 'text', text: node.note }], { breaks: true, italic: true });
    if (note.length > 0) out.push({ type: 'paragraph', children: note });
  }
  const items = node.items.map((item) => state.phrasing([{ type: 'text', text: item }], { breaks: true })).filter((p) => p.length > 0);
  if (items.length > 0) {
    out.push({
      type: 'list',
      ordered: false,
      spread: false,
      children: items.map((children) => ({ type: 'listItem' as const, spread: false, children: [{ type: 'paragraph' as const, children }] })),
    });
  }
  return out;
}
