/**
 * Templates of random depth (issue 20, point 5): whatever a semi-trusted profile writes — blocks nested to any
 * depth, sub-expressions, known and unknown names — each call answers with text or a `template/error`, within a
 * work budget rather than a clock: a template is parsed at most once per profile (never when it is longer than
 * MAX_TEMPLATE_LENGTH), its run is bounded by MAX_TEMPLATE_STEPS; nesting beyond 12 is always refused; a valid
 * template within the bounds always renders. (Timings belong to `pnpm bench`, not to tests.)
 */
import * as parser from '@handlebars/parser';
import { defineProfile, validateReport } from '@baocao-khcn/core';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createTemplateEngine, MAX_TEMPLATE_LENGTH } from '../../packages/core/src/template/engine';
import { fuzzProfile, fuzzSection } from './arbitraries';
import { fcParams, timeoutFor } from './config';
import { expectWellFormed } from './properties';

/** A generated template and what it should do: its nesting and whether every name in it exists. */
type Gen = { text: string; depth: number; valid: boolean };

const DATA = { period: 'quý III năm 2023', year: 2023, agency: { name: 'Sở', place: 'Lạng Sơn' }, to: ['Bộ A', 'UBND tỉnh'], none: [] as string[] };
vi.mock('@handlebars/parser', async (importOriginal) => {
  const original = await importOriginal<typeof import('@handlebars/parser')>();
  return { ...original, parse: vi.fn(original.parse) };
});
const parses = vi.mocked(parser.parse);
/** How many times the template `text` reached the parser since the last `parses.mockClear()`. */
const parsesOf = (text: string) => parses.mock.calls.filter(([source]) => source === text).length;
const LIMIT = 12;

const word = fc.constantFrom('Báo cáo ', ' ', 'kỳ ', '\n', '{ ', ' }', '<b>&', ' - ');
const known = fc.constantFrom('period', 'year', 'agency.place', '@root.period');
const unknown = fc.constantFrom('missing', 'agency.missing', 'constructor', '__proto__', 'toString', 'to.constructor', '@root.__proto__');
const helper = fc.constantFrom('upper', 'lower', 'capitalize');

/** A sub-expression chain `(upper (lower … name))` of `n` helpers. */
const expression = (n: number, name: string) => (n === 0 ? name : `${'(upper '.repeat(n)}${name}${')'.repeat(n)}`);

const leaf: fc.Arbitrary<Gen> = fc.oneof(
  word.map((text) => ({ text, depth: 0, valid: true })),
  known.map((name) => ({ text: `{{${name}}}`, depth: 0, valid: true })),
  unknown.map((name) => ({ text: `{{${name}}}`, depth: 0, valid: false })),
  fc.tuple(helper, known, fc.nat(16)).map(([h, name, n]) => ({ text: `{{${h} ${expression(n, name)}}}`, depth: n, valid: true })),
);

const tree: fc.Memo<Gen> = fc.memo((n) => {
  if (n <= 0) return leaf;
  const block = fc
    .tuple(fc.constantFrom('if', 'unless', 'with', 'each'), fc.array(tree(n - 1), { maxLength: 2 }), fc.option(tree(n - 1), { nil: undefined }))
    .map(([name, body, otherwise]): Gen => {
      const param = name === 'each' ? '@root.to' : name === 'with' ? '@root.agency' : '@root.period';
      const inner = body.map((g) => g.text).join('');
      const elsePart = otherwise ? `{{else}}${otherwise.text}` : '';
      // Inside `with agency` or `each to` the root names are reached through @root.
      const scoped = (g: Gen) => (name === 'with' || name === 'each' ? g.text.replace(/\{\{(upper |lower |capitalize |)([(a-z ]*)(period|year|agency\.place)/g, '{{$1$2@root.$3') : g.text);
      return {
        text: `{{#${name} ${param}}}${body.map(scoped).join('') || inner}${otherwise ? `{{else}}${scoped(otherwise)}` : elsePart}{{/${name}}}`,
        depth: 1 + Math.max(0, ...body.map((g) => g.depth), otherwise?.depth ?? 0),
        valid: body.every((g) => g.valid) && (otherwise?.valid ?? true),
      };
    });
  return fc.oneof({ arbitrary: leaf, weight: 1 }, { arbitrary: block, weight: 3 });
});

/** A deep chain: `n` blocks nested, each of a random kind, around one name. */
const chain = fc.tuple(fc.integer({ min: 0, max: 6_000 }), fc.array(fc.constantFrom('if', 'unless', 'with'), { minLength: 1, maxLength: 4 })).map(([n, kinds]): Gen => {
  let open = '';
  let close = '';
  for (let i = 0; i < n; i++) {
    const kind = kinds[i % kinds.length]!;
    open += kind === 'with' ? '{{#with @root}}' : `{{#${kind} period}}`;
    close = `{{/${kind}}}${close}`;
  }
  return { text: `${open}x${close}`, depth: n, valid: true };
});

function expectBounded(gen: Gen): void {
  const engine = createTemplateEngine('sau');
  parses.mockClear();
  const out = engine.render('subject', gen.text, DATA);
  const again = engine.render('subject', gen.text, DATA);
  // The second call reuses the parsed template or the remembered failure; an over-long template is never parsed.
  expect(parsesOf(gen.text), gen.text.slice(0, 200)).toBe(gen.text.length > MAX_TEMPLATE_LENGTH ? 0 : 1);
  expect(again).toEqual(out);
  if ('diagnostic' in out) {
    expectWellFormed([out.diagnostic], 'template');
    expect(out.diagnostic.code).toBe('template/error');
    if (gen.depth <= LIMIT && gen.valid && gen.text.length <= MAX_TEMPLATE_LENGTH) expect.fail(`refused a valid template: ${out.diagnostic.message}\n${gen.text}`);
  } else {
    expect(gen.depth, 'nesting beyond the limit rendered').toBeLessThanOrEqual(LIMIT);
    expect(out.text).not.toMatch(/\[object|function|native code|OBJECT/);
  }
}

describe('templates of random depth (issue 20.5)', () => {
  it('random trees: text or template/error, parsed at most once; depth > 12 always refused', () => {
    fc.assert(fc.property(tree(16), expectBounded), fcParams(5));
  }, timeoutFor(5));

  it('deep chains up to 6,000 blocks: parsed at most once (never when over-long), refused beyond 12', () => {
    fc.assert(fc.property(chain, expectBounded), fcParams(5));
  }, timeoutFor(5));

  it('through validateReport: a profile with a random template never throws and is parsed at most once over two calls', () => {
    fc.assert(
      fc.property(fc.oneof(tree(14), chain), (gen) => {
        const profile = defineProfile({ ...fuzzProfile, id: 'mau-sau', templates: { ...fuzzProfile.templates, closing: gen.text } });
        const input = { issueDate: '2023-10-05', period: { kind: 'quarter', year: 2023, quarter: 3 }, to: ['UBND tỉnh'], body: [{ part: 'results', content: ['Nội dung.'] }], signer: { title: 'GIÁM ĐỐC', name: 'Nguyễn Văn A' }, recipients: { items: ['Như trên;', 'Lưu: VT, VP.'] } };
        parses.mockClear();
        const diagnostics = validateReport(input, { profile, sections: [fuzzSection] });
        expect(validateReport(input, { profile, sections: [fuzzSection] })).toEqual(diagnostics);
        expect(parsesOf(gen.text)).toBeLessThanOrEqual(gen.text.length > MAX_TEMPLATE_LENGTH ? 0 : 1);
        expectWellFormed(diagnostics, 'validateReport');
        expect(diagnostics.filter((d) => d.code === 'internal/error')).toEqual([]);
        if (gen.depth > LIMIT) expect(diagnostics.some((d) => d.code === 'template/error')).toBe(true);
      }),
      fcParams(20, 0.3),
    );
  }, timeoutFor(20, 0.3));
});
