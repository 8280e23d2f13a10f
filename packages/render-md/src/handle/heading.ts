import type { HeadingNode } from '@baocao-khcn/core/tree';
import type { BlockHandler } from '../state';

/**
 * A body heading: `number + ' ' + title` at depth `level + 1` (the document title is depth 1),
 * plus `headingOffset`, kept within 1–6. A `\n` in the title becomes a space.
 *
 * `{ level: 1, number: 'I.', children: [{ type: 'text', text: 'Kết quả' }] }` → `## I. Kết quả`
 */
export const heading: BlockHandler<HeadingNode> = (node, state) => {
  const prefix = node.number === '' ? [] : [{ type: 'text' as const, text: `${node.number} ` }];
  return [
    {
      type: 'heading',
      depth: state.depth(node.level),
      children: state.phrasing([...prefix, ...node.children], { breaks: false }),
    },
  ];
};
