import type { InlineNode, SignatureNode } from '@baocao-khcn/core/tree';
import type { BlockContent } from 'mdast';
import type { State } from '../state';

/**
 * The signature block: the authority lines in bold, one per line (hard breaks), then the
 * signer's name as its own bold paragraph. Empty lines and an empty name are skipped.
 *
 * ```md
 * **KT. GIÁM ĐỐC**\
 * **PHÓ GIÁM ĐỐC**
 *
 * **Nguyễn Văn A**
 * ```
 */
export function signature(node: SignatureNode, state: State): BlockContent[] {
  const out: BlockContent[] = [];
  const lines: InlineNode[] = node.lines.map((line, index) => ({ type: 'text', text: index === 0 ? line : `\n${line}` }));
  const authority = state.phrasing(lines, { breaks: true, bold: true });
  if (authority.length > 0) out.push({ type: 'paragraph', children: authority });
  const name = state.phrasing([{ type: 'text', text: node.name }], { breaks: true, bold: true });
  if (name.length > 0) out.push({ type: 'paragraph', children: name });
  return out;
}
