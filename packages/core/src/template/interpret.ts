import type { AST } from '@handlebars/parser';
import { capitalize } from '../text/capitalize';
import { FORBIDDEN_NAMES, helperName, TemplateError } from './check';

/**
 * Runs a checked template (see `check.ts`) over plain data, without generating code: a tree walk over the AST.
 * Lookups read own properties only; a missing name is an error (except as the condition of `if`/`unless`, where
 * an absent name is false); only strings, numbers and booleans print.
 */

/**
 * Work bounds of one run: statements visited and characters written. They admit an `each` over the longest list
 * the default limits allow (200,000 items) at 20 statements and 40 characters per item, and stop a template whose
 * cost grows faster than its data (an `each` nested in an `each` over the same long list).
 */
export const MAX_TEMPLATE_STEPS = 4_000_000;
export const MAX_TEMPLATE_OUTPUT = 8_000_000;

const TEXT_HELPERS: Record<string, (text: string) => string> = {
  upper: (s) => s.toLocaleUpperCase('vi'),
  lower: (s) => s.toLocaleLowerCase('vi'),
  capitalize,
};

/** `@index`, `@key`, `@first`, `@last` of the innermost `each`, and `@root`. */
type Frame = { root: unknown; index?: number; key?: string | number; first?: boolean; last?: boolean };

type Run = { contexts: unknown[]; frames: Frame[]; out: string; steps: number };

/** Renders a checked template with `data`; throws a {@link TemplateError} on a missing name or an exceeded bound. */
export function interpret(program: AST.Program, data: unknown): string {
  const run: Run = { contexts: [data], frames: [{ root: data }], out: '', steps: 0 };
  renderProgram(run, program);
  return run.out;
}

function renderProgram(run: Run, program: AST.Program | undefined): void {
  if (!program) return;
  for (const node of program.body) {
    if (++run.steps > MAX_TEMPLATE_STEPS) throw new TemplateError(`vượt quá ${MAX_TEMPLATE_STEPS} bước xử lý`);
    switch (node.type) {
      case 'ContentStatement':
        write(run, (node as AST.ContentStatement).value);
        break;
      case 'MustacheStatement': {
        const mustache = node as AST.MustacheStatement;
        const value = mustache.params.length > 0 ? callHelper(run, mustache) : resolve(run, mustache.path as AST.PathExpression, false);
        write(run, toText(value, describePath(mustache.path)));
        break;
      }
      case 'BlockStatement':
        renderBlock(run, node as AST.BlockStatement);
        break;
      default: // comments; nothing else passes the check
        break;
    }
  }
}

function renderBlock(run: Run, block: AST.BlockStatement): void {
  const name = helperName(block.path);
  const param = block.params[0]!;
  const value = evaluate(run, param, name === 'if' || name === 'unless');
  if (name === 'if' || name === 'unless') {
    const truthy = !isEmpty(value) && Boolean(value);
    return renderProgram(run, truthy === (name === 'if') ? block.program : block.inverse);
  }
  if (isEmpty(value)) return renderProgram(run, block.inverse);
  if (name === 'with') return within(run, value, undefined, () => renderProgram(run, block.program));
  // each
  if (Array.isArray(value)) {
    value.forEach((item, index) => within(run, item, { index, key: index, first: index === 0, last: index === value.length - 1 }, () => renderProgram(run, block.program)));
  } else if (isRecord(value)) {
    const keys = Object.keys(value);
    keys.forEach((key, index) => within(run, value[key], { index, key, first: index === 0, last: index === keys.length - 1 }, () => renderProgram(run, block.program)));
  } else {
    throw new TemplateError(`"${describePath(param)}" không phải danh sách để lặp`);
  }
}

function within(run: Run, context: unknown, frame: Omit<Frame, 'root'> | undefined, body: () => void): void {
  run.contexts.push(context);
  if (frame) run.frames.push({ ...frame, root: run.frames[0]!.root });
  try {
    body();
  } finally {
    run.contexts.pop();
    if (frame) run.frames.pop();
  }
}

function evaluate(run: Run, node: AST.Expression, lenient: boolean): unknown {
  switch (node.type) {
    case 'PathExpression':
      return resolve(run, node as AST.PathExpression, lenient);
    case 'SubExpression':
      return callHelper(run, node as AST.SubExpression);
    case 'StringLiteral':
    case 'NumberLiteral':
    case 'BooleanLiteral':
      return (node as AST.StringLiteral).value;
    case 'NullLiteral':
      return null;
    default:
      return undefined;
  }
}

function callHelper(run: Run, call: AST.MustacheStatement | AST.SubExpression): string {
  const name = helperName(call.path)!;
  const argument = call.params[0]!;
  return TEXT_HELPERS[name]!(toText(evaluate(run, argument, false), describePath(argument)));
}

/** Looks a path up: `@data`, `../` parents, `this`, then own properties only, segment by segment. */
function resolve(run: Run, path: AST.PathExpression, lenient: boolean): unknown {
  let value: unknown;
  let parts = path.parts as string[];
  if (path.data) {
    const frame = run.frames[run.frames.length - 1 - path.depth];
    const name = parts[0] as keyof Frame;
    if (!frame || !Object.hasOwn(frame, name)) throw new TemplateError(`"${path.original}" không có ở đây`);
    value = frame[name];
    parts = parts.slice(1);
  } else {
    const at = run.contexts.length - 1 - path.depth;
    if (at < 0) throw new TemplateError(`"${path.original}" vượt ra ngoài dữ liệu của mẫu`);
    value = run.contexts[at];
  }
  for (let i = 0; i < parts.length; i++) {
    const name = parts[i]!;
    const own = (Array.isArray(value) || isRecord(value)) && !FORBIDDEN_NAMES.has(name) && Object.hasOwn(value, name);
    if (!own) {
      if (lenient && i === parts.length - 1 && value !== undefined && value !== null) return undefined;
      throw new TemplateError(`"${path.original}" không có trong dữ liệu của mẫu`);
    }
    value = (value as Record<string, unknown>)[name];
  }
  return value;
}

/** What prints: strings, numbers and booleans; null and undefined print nothing; anything else is an error. */
function toText(value: unknown, what: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new TemplateError(`"${what}" không phải là văn bản`);
}

function write(run: Run, text: string): void {
  run.out += text;
  if (run.out.length > MAX_TEMPLATE_OUTPUT) throw new TemplateError(`kết quả dài quá ${MAX_TEMPLATE_OUTPUT} ký tự`);
}

/** As handlebars: null, undefined, false, '' and empty lists are empty; 0 is not (but `if` treats it as false). */
function isEmpty(value: unknown): boolean {
  return (!value && value !== 0) || (Array.isArray(value) && value.length === 0);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function describePath(node: AST.Expression): string {
  return node.type === 'PathExpression' ? (node as AST.PathExpression).original : node.type === 'SubExpression' ? `(${helperName((node as AST.SubExpression).path)} …)` : node.type;
}
