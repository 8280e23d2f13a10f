import { formatPath, type JsonPath } from '@baocao-khcn/core';
import type { BlockNode } from '@baocao-khcn/core/tree';
import type { FileChild } from 'docx';
import type { RenderContext } from '../context';
import { heading } from './heading';
import { list } from './list';
import { paragraph } from './paragraph';
import { table } from './table';

type BlockHandlers = {
  [K in BlockNode['type']]: (node: Extract<BlockNode, { type: K }>, ctx: RenderContext, path: JsonPath) => FileChild[];
};

/** One handler per block node type (one file each). */
export const blockHandlers: BlockHandlers = { heading, paragraph, list, table };

/**
 * Block nodes → paragraphs and tables, dispatched on `type`; an unknown type throws an error naming
 * it and where it is.
 *
 * @example
 * ```ts
 * blocks(document.body, ctx, ['body']);
 * blocks([{ type: 'chart' }] as never, ctx, ['body']); // throws: unknown block node type "chart" at body[0]
 * ```
 */
export function blocks(nodes: readonly BlockNode[], ctx: RenderContext, path: JsonPath): FileChild[] {
  return nodes.flatMap((node, i) => {
    const at = [...path, i];
    const type = (node as { type?: unknown }).type;
    if (!Object.hasOwn(blockHandlers, String(type))) {
      throw new Error(`render-docx: unknown block node type ${JSON.stringify(type)} at ${formatPath(at)}`);
    }
    const handler = blockHandlers[type as BlockNode['type']] as (n: BlockNode, c: RenderContext, p: JsonPath) => FileChild[];
    return handler(node, ctx, at);
  });
}
