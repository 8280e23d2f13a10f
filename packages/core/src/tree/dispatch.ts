/**
 * How renderers walk the tree: a plain handler map, one handler per node `type` (as `mdast-util-to-markdown` does),
 * and one dispatch that throws the same error in every renderer for a type it has no handler for.
 */
import { formatPath, type JsonPath } from '../validate/diagnostic';

/**
 * A handler map: one function per `type` of the node union `N`, each called with its own node type and the
 * renderer's arguments `A`.
 *
 * @example
 * const blockHandlers: NodeHandlers<BlockNode, [State], BlockContent[]> = { heading, paragraph, list, table };
 */
export type NodeHandlers<N extends { type: string }, A extends unknown[], R> = {
  [K in N['type']]: (node: Extract<N, { type: K }>, ...args: A) => R;
};

/**
 * Where a node is dispatched, for the error message: the renderer, the kind of node and, when the renderer tracks
 * it, the node's path in the document.
 *
 * @example
 * const site: NodeSite = { renderer: 'render-docx', kind: 'block', path: ['body', 3] };
 */
export type NodeSite = {
  /** The package name without its scope, e.g. `render-md`. */
  renderer: string;
  /** `document`, `block` or `inline`. */
  kind: string;
  /** The node's path in the document (`body[3]`), when known. */
  path?: JsonPath;
};

/** The kinds of node, as the message names them. */
const KINDS: Readonly<Record<string, string>> = { document: 'văn bản', block: 'khối', inline: 'trong dòng' };

/**
 * Calls the handler of `node.type` with `node` and `args`. A node whose `type` has no handler (an unknown or
 * missing type, or a name such as `constructor` that only the prototype has) throws a `TypeError` naming the
 * type, where it is and the types there are (in Vietnamese, as every message; both renderers throw it alike).
 *
 * @example
 * dispatchNode(blockHandlers, node, { renderer: 'render-docx', kind: 'block', path: ['body', 3] }, ctx);
 * dispatchNode(blockHandlers, { type: 'chart' }, { renderer: 'render-docx', kind: 'block', path: ['body', 3] }, ctx);
 * // throws TypeError: render-docx: không có loại nút khối "chart" tại body[3] (các loại có: heading, paragraph, list, table)
 */
export function dispatchNode<N extends { type: string }, A extends unknown[], R>(handlers: NodeHandlers<N, A, R>, node: N, site: NodeSite, ...args: A): R {
  const type = typeof node === 'object' && node !== null ? (node as { type?: unknown }).type : undefined;
  if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) {
    const at = site.path === undefined ? '' : ` tại ${formatPath(site.path)}`;
    const name = typeof type === 'string' ? JSON.stringify(type) : String(type);
    const kind = Object.hasOwn(KINDS, site.kind) ? KINDS[site.kind] : site.kind;
    throw new TypeError(`${site.renderer}: không có loại nút ${kind} ${name}${at} (các loại có: ${Object.keys(handlers).join(', ')})`);
  }
  const handler = handlers[type as N['type']] as (node: N, ...args: A) => R;
  return handler(node, ...args);
}
