/**
 * `@baocao-khcn/core/tree`: the renderer-neutral document tree that `composeReport` produces and the renderers
 * consume — plain data, dispatched on `node.type`.
 *
 * @example
 * import type { BlockNode, ReportDocument } from '@baocao-khcn/core/tree';
 *
 * @packageDocumentation
 */
export type {
  TextNode,
  FootnoteNode,
  InlineNode,
  Alignment,
  NumberStyle,
  HeadingNode,
  ParagraphNode,
  ListItemNode,
  ListNode,
  TableCellNode,
  TableRowNode,
  TableNode,
  BlockNode,
  HeaderNode,
  SignatureNode,
  RecipientsNode,
  AppendixNode,
  ReportDocument,
} from '../tree/types';
export { dispatchNode } from '../tree/dispatch';
export type { NodeHandlers, NodeSite } from '../tree/dispatch';
