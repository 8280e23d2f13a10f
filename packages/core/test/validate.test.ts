import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateReport, composeReport, reportJsonSchema, type Diagnostic } from '@baocao-khcn/core';
import { counting, profile, sampleInput } from './fixtures';

const options = { profile, sections: [counting] };
const isDiagnostic = (d: Diagnostic) =>
  typeof d.code === 'string' && ['error', 'warning', 'info'].includes(d.severity) && Array.isArray(d.path) && typeof d.message === 'string' && d.message.length > 0;

describe('validateReport', () => {
  it('never throws for arbitrary JSON and returns well-formed diagnostics', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const diagnostics = validateReport(value, options);
        expect(diagnostics.every(isDiagnostic)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws for mutations of a valid report', () => {
    const leaf = fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.constant(Number.NaN), fc.constant(-0), fc.constant(1e300), fc.string());
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), leaf), { maxLength: 5 }), (edits) => {
        const input = sampleInput() as Record<string, unknown>;
        const keys = Object.keys(input);
        for (const [i, value] of edits) input[keys[i % keys.length] as string] = value;
        expect(validateReport(input, options).every(isDiagnostic)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('reports null input in Vietnamese at the root', () => {
    expect(validateReport(null, options)).toEqual([
      { code: 'schema/invalid_type', severity: 'error', path: [], message: 'Phải là đối tượng, không phải null.' },
    ]);
  });

  it('says in Vietnamese what is missing, which type and which values are allowed — never zod’s type names', () => {
    const messages = (input: unknown) => validateReport(input, options).map((d) => [d.code, d.path.join('.'), d.message]);
    const base = sampleInput() as Record<string, unknown>;
    const { issueDate: _, ...noDate } = base;
    expect(messages(noDate)).toEqual([['schema/invalid_union', 'issueDate', 'Thiếu trường bắt buộc "issueDate" (phải là chuỗi ký tự hoặc đối tượng).']]);
    expect(messages({ ...base, period: { kind: 'half', year: 2023, half: 3 } })).toEqual([['schema/invalid_union', 'period.half', 'Phải là 1 hoặc 2 (nhận được 3).']]);
    // A missing value of a union of literals says it is missing (found by fuzz property 6, 2026-12-02).
    expect(messages({ ...base, period: { kind: 'quarter', year: 2023 } })).toEqual([['schema/invalid_union', 'period.quarter', 'Thiếu trường bắt buộc "quarter" (phải là 1, 2, 3 hoặc 4).']]);
    expect(messages({ ...base, period: { kind: 'half', year: 2023 } })).toEqual([['schema/invalid_union', 'period.half', 'Thiếu trường bắt buộc "half" (phải là 1 hoặc 2).']]);
    expect(messages({ ...base, period: { kind: 'yeer', year: 2023 } })).toEqual([
      ['schema/invalid_union', 'period.kind', 'Phải là "month", "quarter", "half", "nine-months", "year", "remaining" hoặc "custom" (nhận được "yeer").'],
    ]);
    expect(messages({ ...base, to: 'Sở Tài chính' })).toEqual([['schema/invalid_type', 'to', 'Phải là danh sách (mảng), không phải chuỗi ký tự ("Sở Tài chính").']]);
    expect(messages({ ...base, number: 1.5 })).toEqual([['schema/invalid_union', 'number', 'Phải là số nguyên hoặc chuỗi ký tự, không phải số (1,5).']]);
    expect(messages({ ...base, signer: { mode: 'XX', title: 'GIÁM ĐỐC', name: 'A' } })).toEqual([
      ['schema/invalid_value', 'signer.mode', 'Phải là "direct", "KT", "TM", "TL", "TUQ" hoặc "Q" (nhận được "XX").'],
    ]);
    expect(messages({ ...base, recipients: { items: [] } })).toEqual([['schema/too_small', 'recipients.items', 'Phải có ít nhất 1 phần tử.']]);
    for (const [, , message] of [...messages({ ...base, kind: 5, signer: {} }), ...messages({ ...base, body: [{ part: 'results', content: [5, { type: 'list' }] }] })]) {
      expect(message).not.toMatch(/mong đợi|nhận được (string|number|object|array|boolean)|\b(string|number|object|array)\b/);
    }
  });

  it('reports cycles instead of overflowing the stack', () => {
    const input = sampleInput() as Record<string, unknown>;
    input.meta = input;
    expect(validateReport(input, options)).toEqual([
      { code: 'input/cycle', severity: 'error', path: ['meta'], message: 'Dữ liệu có vòng lặp tham chiếu tại meta.' },
    ]);
  });

  it('enforces configurable limits with clear diagnostics', () => {
    const input = sampleInput() as any;
    input.body[0].content = ['x'.repeat(50)];
    expect(validateReport(input, { ...options, limits: { maxStringLength: 40 } })).toEqual([
      { code: 'input/string-too-long', severity: 'error', path: ['body', 0, 'content', 0], message: 'Chuỗi tại body[0].content[0] dài 50 ký tự, vượt giới hạn 40.' },
    ]);
    let deep: unknown = 'x';
    for (let i = 0; i < 100; i++) deep = [deep];
    input.body[0].content = [deep];
    expect(validateReport(input, options)[0]?.code).toBe('input/too-deep');
    input.body[0].content = Array.from({ length: 20 }, () => 'a');
    expect(validateReport(input, { ...options, limits: { maxArrayLength: 10 } })[0]?.code).toBe('input/array-too-long');
    expect(validateReport(input, { ...options, limits: { maxNodes: 10 } })[0]?.code).toBe('input/too-large');
  });

  it('reports impossible dates', () => {
    const input = sampleInput() as any;
    input.issueDate = '2023-02-30';
    expect(validateReport(input, options)).toContainEqual({ code: 'date/invalid', severity: 'error', path: ['issueDate'], message: 'Ngày ban hành "2023-02-30" không có thật.' });
  });

  it('reports a list whose stated count disagrees with its items', () => {
    const input = sampleInput() as any;
    input.body[0].content.push({ type: 'list', stated: 3, items: ['a', 'b'] });
    expect(validateReport(input, options)).toEqual([
      { code: 'list/stated-count', severity: 'warning', path: ['body', 0, 'content', 1, 'stated'], message: 'Ghi 3 mục nhưng danh sách có 2 mục.' },
    ]);
    input.body[0].content[1].stated = 2;
    expect(validateReport(input, options)).toEqual([]);
  });

  it('reports text that names another period of the same kind', () => {
    const input = sampleInput() as any;
    input.body[0].content = ['Trong 9 tháng đầu năm 2021, Sở đã tập trung chỉ đạo.'];
    expect(validateReport(input, options)).toEqual([
      { code: 'period/mismatch', severity: 'warning', path: ['body', 0, 'content', 0], message: 'Văn bản ghi "9 tháng đầu năm 2021" nhưng kỳ báo cáo là 9 tháng đầu năm 2022 (kỳ tới: 3 tháng cuối năm 2022).' },
    ]);
  });

  it('reports unknown sections, parts and document kinds', () => {
    const input = sampleInput() as any;
    input.kind = 'bien-ban';
    input.body[2].part = 'extra';
    input.body[1].content.push({ type: 'section', section: 'khong-co' });
    expect(validateReport(input, options).map((d) => [d.code, d.path.join('.')])).toEqual([
      ['report/unknown-kind', 'kind'],
      ['section/unknown', 'body.1.content.2.section'],
      ['body/unknown-part', 'body.2.part'],
    ]);
  });

  it('runs section checks with paths inside the section', () => {
    const input = sampleInput() as any;
    input.body[1].content[1].data.done = 101;
    expect(validateReport(input, options)).toEqual([{ code: 'dem-thu/too-many', severity: 'warning', path: ['body', 1, 'content', 1, 'data', 'done'], message: 'Quá nhiều.' }]);
  });

  it('turns a crashing plugin into a diagnostic', () => {
    const broken = { ...counting, results: () => { throw new Error('hỏng'); } };
    expect(validateReport(sampleInput(), { profile, sections: [broken] })).toContainEqual({
      code: 'section/failed', severity: 'error', path: ['body', 1, 'content', 1], message: 'Section "dem-thu" gặp lỗi: hỏng',
    });
  });
});

describe('reportJsonSchema', () => {
  it('describes the input model', () => {
    const schema = reportJsonSchema();
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(['issueDate', 'period', 'body', 'signer', 'recipients']);
    const properties = schema.properties as Record<string, { description?: string }>;
    expect(Object.keys(properties)).toEqual(['kind', 'agency', 'number', 'issueDate', 'period', 'nextPeriod', 'subject', 'to', 'basis', 'opening', 'body', 'sections', 'closing', 'signer', 'recipients', 'appendices', 'meta']);
    expect(JSON.stringify(schema)).toContain('"figure"');
  });
});

describe('composeReport determinism', () => {
  it('gives equal trees for equal input', () => {
    expect(JSON.stringify(composeReport(sampleInput(), options))).toBe(JSON.stringify(composeReport(sampleInput(), options)));
  });
});

describe('report/invalid-header: the Số line and the date line', () => {
  const headerDiagnostics = (patch: Record<string, unknown>) =>
    validateReport({ ...sampleInput(), ...patch }, options).filter((d) => d.code === 'report/invalid-header');
  const diagnostic = (path: (string | number)[], reason: string): Diagnostic => ({
    code: 'report/invalid-header',
    severity: 'error',
    path,
    message: `Không tạo được số và ngày văn bản: ${reason}`,
  });

  it('passes a valid number, agency code and place', () => {
    expect(headerDiagnostics({ number: 5 })).toEqual([]);
  });

  it('reports each line at the field that breaks it, both when both are broken', () => {
    expect(headerDiagnostics({ number: '1 2' })).toEqual([diagnostic(['number'], 'Số văn bản không hợp lệ: "1 2".')]);
    expect(headerDiagnostics({ number: 5, agency: { code: ' ' } })).toEqual([diagnostic(['agency', 'code'], 'Thiếu ký hiệu cơ quan ban hành văn bản.')]);
    expect(headerDiagnostics({ agency: { place: '  ' } })).toEqual([diagnostic(['agency', 'place'], 'Thiếu địa danh trong dòng ngày tháng.')]);
    expect(headerDiagnostics({ number: '1 2', agency: { place: '  ' } })).toEqual([
      diagnostic(['number'], 'Số văn bản không hợp lệ: "1 2".'),
      diagnostic(['agency', 'place'], 'Thiếu địa danh trong dòng ngày tháng.'),
    ]);
  });
});
