import type { ReportDocument } from '@baocao-khcn/core';
import type { Root, RootContent } from 'mdast';
import type { State } from '../state';
import { appendix } from './appendix';
import { footnoteDefinitions } from './footnotes';
import { header } from './header';
import { recipients } from './recipients';
import { signature } from './signature';
import { title } from './title';

/**
 * The whole document, in reading order: header table (option `header`), title, trích yếu,
 * Kính gửi, body, signature, Nơi nhận, appendices, then the GFM footnote definitions.
 */
export function report(document: ReportDocument, state: State): Root {
  const children: RootContent[] = [];
  // Lists as long as the input's are appended one by one (spreading them into push overflows the stack).
  const add = (nodes: readonly RootContent[]) => {
    for (const node of nodes) children.push(node);
  };
  if (state.options.header) add(header(document.header, state));
  add(title(document, state));
  add(state.blocks(document.body));
  add(signature(document.signature, state));
  add(recipients(document.recipients, state));
  for (const node of document.appendices) add(appendix(node, state));
  // Last: every footnote of the document (appendices included) has been met by now.
  if (state.options.footnotes === 'gfm') add(footnoteDefinitions(state));
  return { type: 'root', children };
}
