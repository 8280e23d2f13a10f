/**
 * Issue 15.4: every diagnostic path leads to a value — of the input, or of the option it is about, by the rule of
 * packages/test-utils/src/paths.ts (`['history', i, …]` into the `history` option, `['profile', id, …]` about the
 * profile, `plugin/…` about the plugin list, a missing field at its absent key). Over every example, the series
 * with its history, and literal cases for each path that once led nowhere. Each section's failing cases are
 * checked by the section harness itself (every `render`/`diagnose` of packages/sections' tests); the fuzz inputs
 * by tests/fuzz/p6-paths.test.ts.
 */
import { validateReport, type Diagnostic } from '@baocao-khcn/core';
import { allSections } from '@baocao-khcn/sections';
import { resolveDiagnostic, unresolvedPaths } from '@baocao-khcn/test-utils';
import { describe, expect, it } from 'vitest';
import { examples } from '../examples/registry';
import { profile as seriesProfile, seriesExamples } from '../examples/series/reports';

const d = (code: Diagnostic['code'], path: Diagnostic['path'], message = 'Sai.'): Diagnostic => ({ code, severity: 'error', path, message });

describe('the path oracle', () => {
  const input = { signer: { name: 'A' }, body: [{ content: ['x'] }] };
  it('resolves into the input, the history, the profile and the plugin list by the documented rule', () => {
    const roots = { input, profile: { id: 'lang-son' }, history: [{ period: 1 }, null], sections: [{ id: 'a' }] };
    expect(resolveDiagnostic(d('x/y', ['body', 0, 'content', 0]), roots)).toEqual({ found: true, value: 'x' });
    expect(resolveDiagnostic(d('series/invalid-history', ['history', 1]), roots)).toEqual({ found: true, value: null });
    expect(resolveDiagnostic(d('input/unreadable', ['history', 0, 'period']), roots)).toEqual({ found: true, value: 1 });
    expect(resolveDiagnostic(d('template/error', ['profile', 'lang-son', 'templates', 'subject']), roots).found).toBe(true);
    expect(resolveDiagnostic(d('plugin/duplicate-id', ['sections']), roots)).toEqual({ found: true, value: [{ id: 'a' }] });
    expect(resolveDiagnostic(d('schema/invalid_type', ['signer', 'title'], 'Thiếu trường bắt buộc "title".'), roots)).toEqual({ found: true, value: undefined });
  });

  it('refuses what leads nowhere', () => {
    const roots = { input, profile: { id: 'lang-son' }, history: [] };
    expect(unresolvedPaths([
      d('x/y', ['body', 0, 'content', 1]),
      d('x/y', ['body', 0, 'content', '0']),
      d('x/y', ['signer', 'name', 'length']),
      d('series/invalid-history', ['history', 0]),
      d('template/error', ['profile', 'bac-giang', 'templates', 'subject']),
      d('schema/invalid_type', ['signer', 'x', 'title'], 'Thiếu trường bắt buộc "title".'),
    ], roots)).toEqual([
      'x/y ["body",0,"content",1]: no value at segment 3 (1)',
      'x/y ["body",0,"content","0"]: no value at segment 3 ("0")',
      'x/y ["signer","name","length"]: no value at segment 2 ("length")',
      'series/invalid-history ["history",0]: no value at segment 0 (0)',
      'template/error ["profile","bac-giang","templates","subject"]: profile path does not name profile lang-son',
      'schema/invalid_type ["signer","x","title"]: no value at segment 1 ("x")',
    ]);
  });
});

describe('every example', () => {
  it.each(examples.map((ex) => [ex.id, ex] as const))('%s', (_, ex) => {
    const diagnostics = validateReport(ex.input, { profile: ex.profile, sections: ex.sections });
    expect(unresolvedPaths(diagnostics, { input: ex.input, profile: ex.profile, sections: ex.sections })).toEqual([]);
  });

  it('the series, each report with its history', () => {
    const found: string[] = [];
    let count = 0;
    for (const ex of seriesExamples()) {
      const diagnostics = validateReport(ex.input, { profile: seriesProfile, sections: allSections, history: ex.history });
      count += diagnostics.length;
      found.push(...unresolvedPaths(diagnostics, { input: ex.input, profile: seriesProfile, history: ex.history }).map((p) => `${ex.id}: ${p}`));
    }
    expect(found).toEqual([]);
    expect(count).toBeGreaterThan(0);
  });
});
