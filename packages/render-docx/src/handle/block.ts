import type { JsonPath } from '@baocao-khcn/core';
import { dispatchNode, type BlockNode, type NodeHandlers } from '@baocao-khcn/core/tree';
import type { RenderContext } from '../context';
import { heading } from './heading';
import { list } from './list';
import { paragraph } from './paragraph';
import { table } from './table';

/** One handler per block node type (one file each). */
const blockHandlers: NodeHandlers<BlockNode, [RenderContext, JsonPath], void> = { heading, paragraph, list, table };

/**
 * Block nodes → paragraphs and tables written to `ctx.body`, dispatched on `type` (`dispatchNode` of
 * `@baocao-khcn/core/tree`); an unknown type throws a `TypeError` naming it and where it is.
 *
 * @example
 * ```ts
 * blocks(document.body, ctx, ['body']);
 * blocks([{ type: 'chart' }] as never, ctx, ['body']);
 * // throws TypeError: render-docx: không có loại nút khối "chart" tại body[0] (các loại có: heading, paragraph, list, table)
 * ```
 */
export function blocks(nodes: readonly BlockNode[], ctx: RenderContext, path: JsonPath): void {
  nodes.forEach((node, i) => {
    const at = [...path, i];
    dispatchNode(blockHandlers, node, { renderer: 'render-docx', kind: 'block', path: at }, ctx, at);
  });
}
