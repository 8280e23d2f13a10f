import { indicatorsOf, type AnySectionPlugin } from '@baocao-khcn/core';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { allSections } from './index';

/** Dotted paths of the numbers in a section's schema, outside lists and the shared prose fields. */
function numericPaths(schema: z.ZodType, path: string[] = [], out: string[] = []): string[] {
  const def = (schema as unknown as { _zod: { def: { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; in?: z.ZodType } } })._zod.def;
  if (def.type === 'object') for (const [key, value] of Object.entries(def.shape ?? {})) numericPaths(value, [...path, key], out);
  else if (['optional', 'default', 'nullable', 'prefault', 'readonly'].includes(def.type) && def.innerType) numericPaths(def.innerType, path, out);
  else if (def.type === 'pipe' && def.in) numericPaths(def.in, path, out);
  else if (def.type === 'number') out.push(path.join('.'));
  return out;
}

describe('report-series indicators of the built-in sections', () => {
  it.each(allSections.map((s) => [s.id, s] as [string, AnySectionPlugin]))('%s declares a kind for each of its figures, and nothing else', (_, section) => {
    const figures = numericPaths(section.schema);
    const declared = Object.keys(section.indicators ?? {});
    expect(declared.filter((d) => !figures.includes(d))).toEqual([]);
    expect(figures.filter((f) => !declared.includes(f))).toEqual([]);
    for (const spec of Object.values(section.indicators ?? {})) {
      expect(['flow', 'stock', 'ratio']).toContain(spec.kind);
      expect(spec.label.normalize('NFC')).toBe(spec.label);
      if (spec.parts) expect([spec.kind, figures.includes(spec.parts.part), figures.includes(spec.parts.whole)]).toEqual(['ratio', true, true]);
    }
  });

  it('ids are <section-id>/<figure-path>, and a computed total points at its data', () => {
    const input = {
      issueDate: '2025-10-05', period: { kind: 'month', year: 2025, month: 9 }, body: [],
      sections: {
        'tieu-chuan-do-luong-chat-luong': { samples: { tested: 38 }, instruments: { items: [{ label: 'cân', count: 400, unit: 'cái' }, { label: 'cột đo', count: 98, unit: 'cột' }] } },
        'chuyen-doi-so': { onlineDossiers: { online: 850, total: 1000 } },
      },
      signer: { title: 'GIÁM ĐỐC', name: 'A' }, recipients: { items: ['Lưu: VT.'] },
    };
    expect(indicatorsOf(input, { sections: allSections }).map((i) => [i.id, i.kind, i.value, i.path.join('.')])).toEqual([
      ['tieu-chuan-do-luong-chat-luong/instruments.total', 'flow', 498, 'sections.tieu-chuan-do-luong-chat-luong.instruments'],
      ['tieu-chuan-do-luong-chat-luong/samples.tested', 'flow', 38, 'sections.tieu-chuan-do-luong-chat-luong.samples.tested'],
      ['chuyen-doi-so/onlineDossiers.online', 'flow', 850, 'sections.chuyen-doi-so.onlineDossiers.online'],
      ['chuyen-doi-so/onlineDossiers.total', 'flow', 1000, 'sections.chuyen-doi-so.onlineDossiers.total'],
      ['chuyen-doi-so/onlineDossiers.rate', 'ratio', 85, 'sections.chuyen-doi-so.onlineDossiers.online'],
    ]);
  });
});
