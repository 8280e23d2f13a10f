import type { BlockHandlers } from '../state';
import { heading } from './heading';
import { list } from './list';
import { paragraph } from './paragraph';
import { table } from './table';

/** The block handler map: one handler per `BlockNode['type']`. */
export const blockHandlers: BlockHandlers = { heading, paragraph, list, table };

export { inlineHandlers } from './inline';
export { report } from './report';
