import type { AST } from '@handlebars/parser';

/**
 * The static rules of profile templates, checked once per template before it is ever run: only the subset
 * profiles need (paths, `upper`/`lower`/`capitalize`, `if`/`unless`/`each`/`with`), bounded nesting, no partials,
 * no decorators, no hash arguments, no block parameters, no names that lead to prototypes.
 */

/** Text helpers: one argument each. */
export const TEXT_HELPERS = new Set(['upper', 'lower', 'capitalize']);
/** Block helpers: one argument each. */
export const BLOCK_HELPERS = new Set(['if', 'unless', 'each', 'with']);
/** `@` variables a template may read. */
export const DATA_NAMES = new Set(['root', 'index', 'key', 'first', 'last']);
/** Names refused anywhere in a path, whatever the data: they lead to prototypes and constructors. */
export const FORBIDDEN_NAMES = new Set(['__proto__', 'constructor', 'prototype', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__']);

/** Maximum nesting of blocks and sub-expressions in one template. */
export const MAX_TEMPLATE_NESTING = 12;

/** A broken rule: the Vietnamese reason why the template cannot be used. */
export class TemplateError extends Error {
  override name = 'TemplateError';
}

/** Checks a parsed template against the rules; throws a {@link TemplateError} at the first broken rule. */
export function checkTemplate(program: AST.Program): void {
  checkProgram(program, 0);
}

function checkProgram(program: AST.Program | undefined, depth: number): void {
  if (!program) return;
  if (depth > MAX_TEMPLATE_NESTING) throw new TemplateError(`lồng khối quá ${MAX_TEMPLATE_NESTING} cấp`);
  if (program.blockParams && program.blockParams.length > 0) throw new TemplateError('không hỗ trợ tham số khối (as |…|)');
  for (const statement of program.body) checkStatement(statement, depth);
}

function checkStatement(node: AST.Statement, depth: number): void {
  switch (node.type) {
    case 'ContentStatement':
    case 'CommentStatement':
      return;
    case 'MustacheStatement':
      return checkMustache(node as AST.MustacheStatement, depth);
    case 'BlockStatement': {
      const block = node as AST.BlockStatement;
      const name = helperName(block.path);
      if (name === undefined || !BLOCK_HELPERS.has(name)) {
        throw new TemplateError(`khối "${describe(block.path)}" không được phép (chỉ dùng if, unless, each, with)`);
      }
      checkCall(name, block.params, block.hash, depth);
      checkProgram(block.program, depth + 1);
      checkProgram(block.inverse, depth + 1);
      return;
    }
    case 'PartialStatement':
    case 'PartialBlockStatement':
      throw new TemplateError('không dùng được partial ({{> …}})');
    case 'Decorator':
    case 'DecoratorBlock':
      throw new TemplateError('không dùng được decorator ({{* …}}, {{#* inline}})');
    default:
      throw new TemplateError(`không hỗ trợ cú pháp ${node.type}`);
  }
}

function checkMustache(node: AST.MustacheStatement, depth: number): void {
  const name = helperName(node.path);
  if (node.params.length === 0 && !node.hash) {
    if (name !== undefined && TEXT_HELPERS.has(name)) throw new TemplateError(`hàm "${name}" cần đúng một đối số`);
    if (name !== undefined && BLOCK_HELPERS.has(name)) throw new TemplateError(`"${name}" chỉ dùng được dưới dạng khối ({{#${name} …}}…{{/${name}}})`);
    checkExpression(node.path, depth);
    if (node.path.type !== 'PathExpression') throw new TemplateError(`"${describe(node.path)}" không phải là tên dữ liệu`);
    return;
  }
  if (name === undefined || !TEXT_HELPERS.has(name)) {
    throw new TemplateError(`hàm "${describe(node.path)}" không được phép (chỉ dùng upper, lower, capitalize)`);
  }
  checkCall(name, node.params, node.hash, depth);
}

/** A helper call: exactly one argument, no hash. */
function checkCall(name: string, params: AST.Expression[], hash: AST.Hash | undefined, depth: number): void {
  if (hash) throw new TemplateError(`"${name}" không nhận tham số dạng tên=giá trị`);
  if (params.length !== 1) throw new TemplateError(`"${name}" cần đúng một đối số`);
  checkExpression(params[0]!, depth);
}

function checkExpression(node: AST.Expression, depth: number): void {
  switch (node.type) {
    case 'PathExpression': {
      const path = node as AST.PathExpression;
      if (typeof path.head !== 'string' && path.head !== undefined) throw new TemplateError('không hỗ trợ đường dẫn bắt đầu bằng biểu thức con');
      if (path.data && !DATA_NAMES.has(String(path.head))) throw new TemplateError(`biến "@${String(path.head)}" không được phép`);
      for (const part of path.parts) {
        if (typeof part !== 'string' || FORBIDDEN_NAMES.has(part)) throw new TemplateError(`tên "${String(part)}" không được phép`);
      }
      return;
    }
    case 'SubExpression': {
      const sub = node as AST.SubExpression;
      if (depth + 1 > MAX_TEMPLATE_NESTING) throw new TemplateError(`lồng khối quá ${MAX_TEMPLATE_NESTING} cấp`);
      const name = helperName(sub.path);
      if (name === undefined || !TEXT_HELPERS.has(name)) throw new TemplateError(`hàm "${describe(sub.path)}" không được phép (chỉ dùng upper, lower, capitalize)`);
      checkCall(name, sub.params, sub.hash, depth + 1);
      return;
    }
    case 'StringLiteral':
    case 'NumberLiteral':
    case 'BooleanLiteral':
    case 'NullLiteral':
    case 'UndefinedLiteral':
      return;
    default:
      throw new TemplateError(`không hỗ trợ biểu thức ${node.type}`);
  }
}

/** The name of a plain one-segment path (`upper`, `if`), or undefined for anything else. */
export function helperName(node: AST.Expression): string | undefined {
  if (node.type !== 'PathExpression') return undefined;
  const path = node as AST.PathExpression;
  if (path.data || path.depth !== 0 || path.parts.length !== 1 || typeof path.head !== 'string' || /^this\b/.test(path.original)) return undefined;
  return path.head;
}

/** The expression as written, for messages. */
export function describe(node: AST.Expression): string {
  if (node.type === 'PathExpression') return (node as AST.PathExpression).original;
  if ('original' in node) return String((node as { original: unknown }).original);
  return node.type;
}
