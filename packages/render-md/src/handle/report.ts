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
  if (state.options.header) children.push(...header(document.header, state));
  children.push(...title(document, state));
  children.push(...state.blocks(document.body));
  children.push(...signature(document.signature, state));
  children.push(...recipients(document.recipients, state));
  for (const node of document.appendices) children.push(...appendix(node, state));
  // Last: every footnote of the document (appendices included) has been met by now.
  if (state.options.footnotes === 'gfm') children.push(...footnoteDefinitions(state));
  return { type: 'root', children };
}
