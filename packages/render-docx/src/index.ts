/**
 * `@baocao-khcn/render-docx` — a baocao-khcn document tree → .docx laid out by Nghị định
 * 30/2020/NĐ-CP. Browser-safe: for writing files in Node use `@baocao-khcn/render-docx/node`.
 *
 * @packageDocumentation
 */
export { renderDocx } from './render';
export { checkDocxOptions, type DocxOptions } from './options';
export { ND30 } from './style';
