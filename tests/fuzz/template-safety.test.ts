/**
 * Template safety: hostile profile templates in every template slot, and prototype-pollution attempts through
 * report data, yield a diagnostic (a template error names the profile and the template) or are inert, and never
 * reach Object.prototype.
 */
import { composeReport, defineProfile, validateReport, type Diagnostic, type Profile } from '@baocao-khcn/core';
import { renderDocx } from '@baocao-khcn/render-docx';
import { renderMarkdown } from '@baocao-khcn/render-md';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { composableReport, fuzzProfile, fuzzSection } from './arbitraries';
import { fcParams, timeoutFor } from './config';
import { docxProblems } from './docx-check';
import { checkNeverThrows, expectWellFormed } from './properties';

/** Nothing was added to the shared prototypes. */
function expectNotPolluted(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  expect((Function.prototype as unknown as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(OBJECT_PROTOTYPE_KEYS);
}
const OBJECT_PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

afterEach(expectNotPolluted);

/**
 * Report data carrying pollution keys is inert: validation and composition never throw unexpectedly; the document
 * (or a `ComposeError`) shows nothing inherited, its .docx is valid, and the prototypes stay clean.
 */
async function expectInert(input: unknown): Promise<void> {
  checkNeverThrows(input);
  try {
    const { document } = composeReport(input, { profile: fuzzProfile, sections: [fuzzSection] });
    expect(renderMarkdown(document)).not.toContain('polluted');
    expect(docxProblems(await renderDocx(document))).toEqual([]);
  } catch (error) {
    expect((error as Error).name).toBe('ComposeError');
  }
  expectNotPolluted();
}

/** A report that uses every template: no subject, opening or closing, a part without a title, an appendix without subtitle. */
const templateInput = () => ({
  issueDate: { year: 2023, month: 9 },
  period: { kind: 'month', year: 2023, month: 9 },
  to: ['Ủy ban nhân dân tỉnh'],
  basis: [{ kind: 'Công văn', number: '12/UBND', issuer: 'UBND tỉnh' }],
  body: [{ part: 'results', content: ['Nội dung.'] }],
  signer: { title: 'GIÁM ĐỐC', name: 'Nguyễn Văn A' },
  recipients: { items: ['Như trên;', 'Lưu: VT, VP.'] },
  appendices: [{ title: 'Danh mục' }],
});

type Slot = 'subject' | 'opening' | 'closing' | 'appendixSubtitle' | 'parts.results.title';
const SLOTS: Slot[] = ['subject', 'opening', 'closing', 'appendixSubtitle', 'parts.results.title'];

function profileWith(slot: Slot, template: string): Profile {
  const id = 'mau-doc';
  if (slot === 'parts.results.title') {
    return defineProfile({ ...fuzzProfile, id, parts: fuzzProfile.parts.map((p) => (p.id === 'results' ? { ...p, title: template } : p)) });
  }
  return defineProfile({ ...fuzzProfile, id, templates: { ...fuzzProfile.templates, [slot]: template } });
}

/** The templates of the issue plus variants; each must give a template/error diagnostic. */
const REFUSED = [
  '{{constructor.constructor}}',
  '{{__proto__}}',
  '{{lookup this "constructor"}}',
  '{{#with this}}{{constructor}}{{/with}}',
  '{{> partial}}',
  '{{toString}}',
  '{{this.__proto__.polluted}}',
  '{{constructor.constructor "return process"}}',
  '{{{constructor.constructor}}}',
  '{{constructor.prototype.polluted}}',
  '{{__proto__.polluted}}',
  '{{this.[__proto__]}}',
  '{{[constructor]}}',
  '{{@root.constructor}}',
  '{{basis.constructor.constructor}}',
  '{{agency.__proto__}}',
  '{{#each this}}{{this.constructor}}{{/each}}',
  '{{upper (lookup this "constructor")}}',
  '{{log "x"}}',
  '{{helperMissing}}',
  '{{#blockHelperMissing}}x{{/blockHelperMissing}}',
  '{{> (lookup . "x")}}',
  '{{#if}}x{{/if}}',
  '{{',
  '{{/with}}',
  '{{unknownName}}',
  // Rendered inert by handlebars; refused by the interpreter (forbidden names, partials), issue 16.
  '{{#with constructor}}{{name}}{{/with}}',
  '{{to.constructor}}',
  '{{upper constructor}}',
  '{{#> layout}}x{{/layout}}',
  '{{#if constructor}}x{{/if}}',
  // Issue 20, point 5: no argument, inline partials, decorators.
  '{{upper}}',
  '{{#*inline "x"}}{{constructor}}{{/inline}}{{> x}}',
  '{{* decorator}}',
];

/** Templates that may render (inert): their output must not show any inherited member. */
const INERT = [
  '{{#each to}}{{this}}; {{/each}}', '{{to.length}}', '{{#with agency}}{{name}}{{/with}}', '{{!-- {{constructor}} --}}', '\\{{constructor}}'];

function templateDiagnostic(diagnostics: Diagnostic[], slot: Slot): Diagnostic | undefined {
  return diagnostics.find((d) => d.code === 'template/error' && d.path.join('/') === ['profile', 'mau-doc', 'templates', slot].join('/'));
}

describe('hostile profile templates', () => {
  for (const slot of SLOTS) {
    it.each(REFUSED)(`${slot}: %s → template/error naming the profile and the template`, async (template) => {
      const profile = profileWith(slot, template);
      const options = { profile, sections: [fuzzSection] };
      const diagnostics = validateReport(templateInput(), options);
      expectWellFormed(diagnostics, 'validateReport');
      const found = templateDiagnostic(diagnostics, slot);
      expect(found, JSON.stringify(diagnostics)).toBeDefined();
      expect(found?.severity).toBe('error');
      expect(found?.message).toContain(`"${slot}"`);
      expect(found?.message).toContain('"mau-doc"');
      // Composition still works (or refuses with a ComposeError) and the document renders.
      checkNeverThrows.call(undefined, templateInput());
      const { document } = composeReport(templateInput(), options);
      const markdown = renderMarkdown(document);
      expect(markdown).not.toMatch(/function|\[object|native code|polluted/);
      expect(docxProblems(await renderDocx(document))).toEqual([]);
    });

    it.each(INERT)(`${slot}: %s → a diagnostic or inert output`, (template) => {
      const options = { profile: profileWith(slot, template), sections: [fuzzSection] };
      const { document, diagnostics } = composeReport(templateInput(), options);
      expectWellFormed(diagnostics, 'composeReport');
      if (templateDiagnostic(diagnostics, slot) === undefined) {
        expect(JSON.stringify(document)).not.toMatch(/function |\[object|native code|polluted|Object\(\)/);
      }
    });
  }
});

describe('prototype pollution through report data', () => {
  const PAYLOADS = [
    '{"__proto__": {"polluted": 1}}',
    '{"constructor": {"prototype": {"polluted": 1}}}',
    '{"__proto__": {"polluted": 1, "type": "figure", "value": 1}}',
    '{"prototype": {"polluted": 1}}',
  ];

  it.each(PAYLOADS)('at the root, in sections, meta, agency, signer and a part: %s', async (payload) => {
    const inject = (target: Record<string, unknown>) => Object.assign(target, JSON.parse(payload) as object);
    const input = JSON.parse(JSON.stringify(templateInput())) as Record<string, any>;
    // JSON.parse makes "__proto__" an own key, as it would be in a request body.
    const withKeys = JSON.parse(
      JSON.stringify({ ...input, sections: { 'fuzz-muc': { summary: 'x', done: 1 } }, meta: { a: 'b' } }).replace(/^\{/, `{"__proto__": ${JSON.stringify(JSON.parse(payload).__proto__ ?? {})},`),
    ) as Record<string, any>;
    for (const target of [withKeys.sections, withKeys.meta, withKeys.agency ?? (withKeys.agency = {}), withKeys.signer, withKeys.body[0], withKeys.recipients]) {
      for (const [key, value] of Object.entries(JSON.parse(payload) as Record<string, unknown>)) {
        Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
      }
    }
    inject({});
    await expectInert(withKeys);
  });

  it('sections data given only through an own "__proto__" key is not used', () => {
    const input = { ...templateInput(), body: [{ part: 'results' }], sections: JSON.parse('{"__proto__": {"fuzz-muc": {"summary": "TỪ PROTOTYPE", "done": 1}}}') as object };
    const { document } = composeReport(input, { profile: fuzzProfile, sections: [fuzzSection] });
    expect(JSON.stringify(document)).not.toContain('TỪ PROTOTYPE');
  });

  it('section and part ids that name Object.prototype members are unknown, not inherited', () => {
    for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const input = { ...templateInput(), body: [{ part: id, content: [{ type: 'section', section: id }] }] };
      const codes = validateReport(input, { profile: fuzzProfile, sections: [fuzzSection] }).map((d) => `${d.code} ${d.path.join('.')}`);
      expect(codes).toContain('body/unknown-part body.0.part');
      expect(codes).toContain('section/unknown body.0.content.0.section');
    }
  });

  const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];
  it('property: own "__proto__"/"constructor"/"prototype" keys anywhere in a report are inert', async () => {
    await fc.assert(
      fc.asyncProperty(composableReport(), fc.nat(), fc.constantFrom(...PROTO_KEYS), async (report, at, key) => {
        const input = structuredClone(report) as unknown;
        const objects: Record<string, unknown>[] = [];
        const collect = (v: unknown) => {
          if (Array.isArray(v)) v.forEach(collect);
          else if (v !== null && typeof v === 'object') {
            objects.push(v as Record<string, unknown>);
            Object.values(v).forEach(collect);
          }
        };
        collect(input);
        const target = objects[at % objects.length]!;
        Object.defineProperty(target, key, { value: key === 'constructor' ? { prototype: { polluted: 1 } } : { polluted: 1, type: 'figure', value: 1 }, enumerable: true, configurable: true, writable: true });
        await expectInert(input);
      }),
      fcParams(60, 0.5),
    );
  }, timeoutFor(60, 0.5));
});
