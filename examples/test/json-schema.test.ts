/**
 * The JSON Schema of the model is usable by a standard validator: ajv (draft 2020-12) accepts every example input
 * and every section data of the examples, and its `$defs` are named after the model.
 */
import { reportJsonSchema, sectionJsonSchema } from '@baocao-khcn/core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { examples } from '../registry';

const ajv = new Ajv2020({ strict: false, allErrors: true });
const validateReport = ajv.compile(reportJsonSchema());
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('JSON Schema of the model (ajv, draft 2020-12)', () => {
  it('names its $defs after the model', () => {
    const schema = reportJsonSchema() as { $defs: Record<string, unknown>; properties: Record<string, unknown> };
    expect(Object.keys(schema.$defs).filter((k) => k.startsWith('__schema'))).toEqual([]);
    expect(schema.properties['period']).toMatchObject({ $ref: '#/$defs/Period', title: 'Kỳ báo cáo' });
    expect(schema.properties['signer']).toMatchObject({ $ref: '#/$defs/Signer', title: 'Người ký' });
    expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining(['Period', 'Signer', 'Block', 'RichText', 'Appendix', 'Part']));
  });

  it.each(examples.map((ex) => [ex.id, ex] as const))('accepts the input of %s, and each of its section data', (_id, ex) => {
    expect(validateReport(json(ex.input)) ? [] : validateReport.errors).toEqual([]);
    const data = { ...(ex.input.sections ?? {}) } as Record<string, unknown>;
    for (const [id, value] of Object.entries(data)) {
      const plugin = ex.sections.find((s) => s.id === id);
      expect(plugin, id).toBeDefined();
      const validate = ajv.compile(sectionJsonSchema(plugin as NonNullable<typeof plugin>));
      expect(validate(json(value)) ? [] : validate.errors, id).toEqual([]);
    }
  });

  it.each(examples.map((ex) => [ex.id, ex] as const))('accepts the input of %s against the report schema with its sections ($defs per section id)', (_id, ex) => {
    const validate = ajv.compile(reportJsonSchema({ sections: ex.sections }));
    expect(validate(json(ex.input)) ? [] : validate.errors).toEqual([]);
  });

  it('refuses section data that its section refuses, through the report schema', () => {
    const ex = examples.find((e) => e.input.sections?.['nghien-cuu-khcn'] !== undefined) ?? examples[0];
    const validate = ajv.compile(reportJsonSchema({ sections: ex?.sections ?? [] }));
    const bad = json({ ...ex?.input, sections: { ...ex?.input.sections, 'nghien-cuu-khcn': { accepted: -1 } } });
    expect(validate(bad)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain('/sections/nghien-cuu-khcn/accepted');
  });

  it('refuses what the model refuses', () => {
    const bad = json({ ...examples[0]?.input, period: { kind: 'half', year: 2023, half: 3 } });
    expect(validateReport(bad)).toBe(false);
  });
});
