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
} from './tree/types';
export type { Diagnostic, Severity, JsonPath } from './validate/diagnostic';
export { formatPath } from './validate/diagnostic';
