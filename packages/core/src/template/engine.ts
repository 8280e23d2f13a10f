import Handlebars from 'handlebars';
import type { Diagnostic } from '../validate/diagnostic';

/** Helpers a profile template may call; nothing else is reachable. */
const HELPERS: Record<string, (...args: unknown[]) => string> = {
  upper: (value) => String(value ?? '').toLocaleUpperCase('vi'),
  lower: (value) => String(value ?? '').toLocaleLowerCase('vi'),
  capitalize: (value) => {
    const s = String(value ?? '');
    return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
  },
};

const KNOWN_HELPERS = {
  ...Object.fromEntries(Object.keys(HELPERS).map((name) => [name, true] as const)),
  lookup: false,
  log: false,
  if: true,
  unless: true,
  each: true,
  with: true,
};

/** A template engine bound to one profile: an isolated handlebars instance, strict, no prototype access. */
export type TemplateEngine = {
  /** Renders `template` with `data`; returns the text, or a diagnostic naming the profile and template. */
  render(name: string, template: string, data: Record<string, unknown>): { text: string } | { diagnostic: Diagnostic };
};

/**
 * Makes a template engine for a profile. Templates are compiled with `strict` and `knownHelpersOnly`,
 * run without prototype access, and may use only the helpers `upper`, `lower`, `capitalize` and the block
 * helpers `if`, `unless`, `each`, `with` (no `lookup`, no `log`, no partials).
 *
 * @example
 * createTemplateEngine('lang-son').render('subject', 'Báo cáo {{period}}', { period: 'năm 2021' })
 * // → { text: 'Báo cáo năm 2021' }
 */
export function createTemplateEngine(profileId: string): TemplateEngine {
  const hb = Handlebars.create();
  // Only structural block helpers stay; `lookup` (dynamic property access) and `log` go.
  for (const name of ['lookup', 'log', 'helperMissing', 'blockHelperMissing']) hb.unregisterHelper(name);
  for (const [name, fn] of Object.entries(HELPERS)) hb.registerHelper(name, fn);
  const cache = new Map<string, Handlebars.TemplateDelegate>();
  return {
    render(name, template, data) {
      try {
        let compiled = cache.get(template);
        if (!compiled) {
          compiled = hb.compile(template, {
            strict: true,
            knownHelpersOnly: true,
            knownHelpers: KNOWN_HELPERS,
            noEscape: true,
            preventIndent: true,
          });
          cache.set(template, compiled);
        }
        const text = compiled(toPlain(data), {
          allowProtoMethodsByDefault: false,
          allowProtoPropertiesByDefault: false,
          allowCallsToHelperMissing: false,
          partials: {},
        } as Handlebars.RuntimeOptions);
        return { text };
      } catch (error) {
        const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
        return {
          diagnostic: {
            code: 'template/error',
            severity: 'error',
            path: ['profile', profileId, 'templates', name],
            message: `Mẫu "${name}" của hồ sơ "${profileId}" không dùng được: ${detail}`,
          },
        };
      }
    },
  };
}

/** Copies template data into null-prototype objects so no inherited member is reachable. */
function toPlain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toPlain);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = Object.create(null);
    for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
    return out;
  }
  return value;
}
