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
    expect(schema.properties['period']).toEqual({ $ref: '#/$defs/Period' });
    expect(schema.properties['signer']).toEqual({ $ref: '#/$defs/Signer' });
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

  it('refuses what the model refuses', () => {
    const bad = json({ ...examples[0]?.input, period: { kind: 'half', year: 2023, half: 3 } });
    expect(validateReport(bad)).toBe(false);
  });
});
