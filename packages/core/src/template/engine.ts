import { parse, type AST } from '@handlebars/parser';
import type { Diagnostic } from '../validate/diagnostic';
import { checkTemplate, TemplateError } from './check';
import { interpret } from './interpret';

/** Longest template accepted, in UTF-16 code units; a longer one is refused before it is parsed. */
export const MAX_TEMPLATE_LENGTH = 2_000;

/** A template engine bound to one profile: parses each template once, remembers failures, never generates code. */
export type TemplateEngine = {
  /** Renders `template` with `data`; returns the text, or a diagnostic naming the profile and template. */
  render(name: string, template: string, data: Record<string, unknown>): { text: string } | { diagnostic: Diagnostic };
};

/** A template parsed and checked, or the reason it cannot be used. */
type Compiled = { program: AST.Program } | { reason: string };

/**
 * Makes a template engine for a profile. Templates use handlebars syntax, are parsed with `@handlebars/parser`
 * and run by a small interpreter (no `Function`, no `eval`, so a page under a strict Content-Security-Policy can
 * run them). Allowed: paths (own properties only; a missing name is an error), the helpers `upper`, `lower`,
 * `capitalize` (one argument each), the blocks `if`, `unless`, `each`, `with`, and `@index`/`@key`/`@first`/
 * `@last`/`@root`. Refused: partials, decorators (`{{#*inline}}`), other helpers, hash arguments, block
 * parameters, templates longer than {@link MAX_TEMPLATE_LENGTH} or nested deeper than 12. A template that
 * fails these rules fails once: the engine remembers the failure and returns the same diagnostic on every call.
 *
 * @example
 * createTemplateEngine('lang-son').render('subject', 'Báo cáo {{period}}', { period: 'năm 2021' })
 * // → { text: 'Báo cáo năm 2021' }
 * createTemplateEngine('lang-son').render('subject', '{{upper}}', {})
 * // → { diagnostic: { code: 'template/error', path: ['profile', 'lang-son', 'templates', 'subject'], … } }
 */
export function createTemplateEngine(profileId: string): TemplateEngine {
  const compiled = new Map<string, Compiled>();
  const failures = new Map<string, Diagnostic>();
  const diagnostic = (name: string, reason: string): Diagnostic => ({
    code: 'template/error',
    severity: 'error',
    path: ['profile', profileId, 'templates', name],
    message: `Mẫu "${name}" của hồ sơ "${profileId}" không dùng được: ${reason}.`,
  });
  return {
    render(name, template, data) {
      let entry = compiled.get(template);
      if (!entry) {
        entry = compile(template);
        compiled.set(template, entry);
      }
      if ('reason' in entry) {
        // The same failure for the same slot: built once, returned again (a broken profile costs nothing twice).
        const key = `${name}\u0000${template}`;
        let found = failures.get(key);
        if (!found) failures.set(key, (found = diagnostic(name, entry.reason)));
        return { diagnostic: found };
      }
      try {
        return { text: interpret(entry.program, data) };
      } catch (error) {
        return { diagnostic: diagnostic(name, reasonOf(error)) };
      }
    },
  };
}

/** Parses and checks a template: bounded in size before parsing, in nesting before running. */
function compile(template: string): Compiled {
  if (typeof template !== 'string') return { reason: 'mẫu phải là chuỗi ký tự' };
  if (template.length > MAX_TEMPLATE_LENGTH) return { reason: `mẫu dài ${template.length} ký tự, quá giới hạn ${MAX_TEMPLATE_LENGTH}` };
  try {
    const program = parse(template);
    checkTemplate(program);
    return { program };
  } catch (error) {
    return { reason: error instanceof TemplateError ? error.message : `sai cú pháp (${reasonOf(error)})` };
  }
}

function reasonOf(error: unknown): string {
  const lines = (error instanceof Error ? error.message : String(error)).split('\n');
  // A parse error: "Parse error on line 1:", the line, a caret, then "Expecting …, got …".
  const text = lines.length > 1 ? `${lines[0]} ${lines[lines.length - 1]}` : lines[0]!;
  return text.replace(/\.$/, '').slice(0, 200);
}
