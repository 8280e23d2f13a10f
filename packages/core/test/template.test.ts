import { describe, expect, it } from 'vitest';
import { composeReport, defineProfile, validateReport } from '@baocao-khcn/core';
import { createTemplateEngine } from '../src/template/engine';
import { counting, profile, sampleInput } from './fixtures';

describe('profile templates', () => {
  const engine = createTemplateEngine('thu');
  it('renders the data and the whitelisted helpers', () => {
    expect(engine.render('subject', '{{upper period}} – {{capitalize agency}}', { period: 'năm 2021', agency: 'sở' })).toEqual({ text: 'NĂM 2021 – Sở' });
  });
  it.each([
    '{{constructor.constructor}}',
    '{{__proto__}}',
    '{{lookup this "constructor"}}',
    '{{#with this}}{{constructor}}{{/with}}',
    '{{> evil}}',
    '{{log "x"}}',
    '{{toString}}',
    '{{unknown}}',
    '{{#each (lookup this "__proto__")}}{{this}}{{/each}}',
  ])('refuses %s with a diagnostic naming the profile and template', (template) => {
    const out = engine.render('subject', template, { period: 'năm 2021' });
    expect('diagnostic' in out).toBe(true);
    if ('diagnostic' in out) {
      expect(out.diagnostic.code).toBe('template/error');
      expect(out.diagnostic.path).toEqual(['profile', 'thu', 'templates', 'subject']);
      expect(out.diagnostic.message).toMatch(/^Mẫu "subject" của hồ sơ "thu" không dùng được: /);
    }
  });
  it('does not escape HTML (the output is text, renderers escape)', () => {
    expect(engine.render('x', '{{a}}', { a: '<b>&' })).toEqual({ text: '<b>&' });
  });
  it('turns a broken profile template into a report diagnostic', () => {
    const broken = defineProfile({ ...profile, id: 'hong', templates: { subject: 'Báo cáo {{constructor.constructor}}' } });
    const input = sampleInput();
    const diagnostics = validateReport(input, { profile: broken, sections: [counting] });
    expect(diagnostics.map((d) => d.code)).toEqual(['template/error', 'report/missing-subject']);
    expect(() => composeReport(input, { profile: broken, sections: [counting] })).not.toThrow();
  });
});
