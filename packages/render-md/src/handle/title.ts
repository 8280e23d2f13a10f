import type { ReportDocument } from '@baocao-khcn/core';
import type { BlockContent } from 'mdast';
import type { State } from '../state';

/**
 * The document type name as the `#` heading (plus `headingOffset`), the trích yếu as a bold
 * paragraph below it, then `Kính gửi:` — on the same line for one addressee, followed by a
 * bullet list for several (the addressees are written as given).
 *
 * ```md
 * # BÁO CÁO
 *
 * **Kết quả công tác tháng 9/2023**
 *
 * Kính gửi: Ủy ban nhân dân tỉnh
 * ```
 */
export function title(document: Pick<ReportDocument, 'title' | 'subject' | 'to'>, state: State): BlockContent[] {
  const out: BlockContent[] = [
    { type: 'heading', depth: state.depth(0), children: state.phrasing([{ type: 'text', text: document.title }], { breaks: false }) },
  ];
  const subject = state.phrasing(document.subject, { breaks: true, bold: true });
  if (subject.length > 0) out.push({ type: 'paragraph', children: subject });
  const to = document.to.filter((name) => name.trim() !== '');
  const [only] = to;
  if (to.length === 1 && only !== undefined) {
    out.push({ type: 'paragraph', children: state.phrasing([{ type: 'text', text: `Kính gửi: ${only}` }], { breaks: true }) });
  } else if (to.length > 1) {
    out.push({ type: 'paragraph', children: [{ type: 'text', value: 'Kính gửi:' }] });
    out.push({
      type: 'list',
      ordered: false,
      spread: false,
      children: to.map((name) => ({
        type: 'listItem' as const,
        spread: false,
        children: [{ type: 'paragraph' as const, children: state.phrasing([{ type: 'text', text: name }], { breaks: true }) }],
      })),
    });
  }
  return out;
}
