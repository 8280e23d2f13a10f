/**
 * `@baocao-khcn/render-md`: a report document tree → GitHub-flavoured Markdown.
 *
 * @packageDocumentation
 */
export { renderMarkdown } from './render';
export { toMdast } from './to-mdast';
export type { RenderMarkdownOptions } from './options';
