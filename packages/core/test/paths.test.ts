/**
 * Issue 15.4: every diagnostic path leads to a value. One literal case for each path that once led nowhere (found by
 * tests/fuzz/p6-paths.test.ts); the rule for paths that are not into the input is in the README ("Diagnostic paths").
 */
import { describe, expect, it } from 'vitest';
import { defineProfile, validateReport, type Diagnostic } from '@baocao-khcn/core';
import { counting, profile, sampleInput } from './fixtures';

const options = { profile, sections: [counting] };
const found = (input: unknown, opts: Parameters<typeof validateReport>[1] = options): [string, Diagnostic['path'], string][] =>
  validateReport(input, opts).map((d) => [d.code, d.path, d.message]);

describe('paths that once led nowhere', () => {
  it('a TUQ. signer without `for`: the absent key, with a message saying it is missing', () => {
    const input = { ...sampleInput(), signer: { mode: 'TUQ', title: 'CHÁNH VĂN PHÒNG', name: 'Lê Văn A' } };
    expect(found(input)).toEqual([['signer/missing-authority', ['signer', 'for'], 'Thiếu thẩm quyền ký thay/thay mặt: TUQ. cần ghi cho ai (ví dụ "GIÁM ĐỐC", "ỦY BAN NHÂN DÂN").']]);
  });

  it('a section block with no data anywhere: what is said about its data is said at the block (not at sections.<id>)', () => {
    const input = sampleInput() as any;
    input.body[2].content = [{ type: 'section', section: 'dem-thu' }];
    expect(found(input)).toEqual([['schema/invalid_type', ['body', 2, 'content', 0], 'Thiếu trường bắt buộc "done" (phải là số).']]);
  });

  it('text a template made is not reported at ["opening", 0] or ["subject"]: the input string is, at its own path', () => {
    const input = sampleInput() as any;
    input.basis[0].issuer = 'Sở Kế hoạch\u0000 và Đầu tư';
    expect(found(input).map(([code, path]) => [code, path])).toEqual([['text/forbidden-char', ['basis', 0, 'issuer']]]);
  });

  it('sections a profile places in an empty part are reported at their shared data', () => {
    const placing = defineProfile({ ...profile, id: 'xep-san', parts: [{ id: 'results', title: 'KẾT QUẢ', mode: 'results', sections: ['dem-thu', 'khong-co'] }] });
    const input = { ...sampleInput(), body: [{ part: 'results', content: [] }], sections: { 'dem-thu': { done: 2.5 }, 'khong-co': { x: 1 } } };
    expect(found(input, { profile: placing, sections: [counting] }).map(([code, path]) => [code, path])).toEqual([
      ['schema/invalid_type', ['sections', 'dem-thu', 'done']],
      ['section/unknown', ['sections', 'khong-co']],
    ]);
  });

  it('an inline object without `type` is missing its type (the message says so: the key is absent)', () => {
    const input = sampleInput() as any;
    input.body[0].content = [[{ text: 'Một', bold: true }]];
    expect(found(input)[0]).toEqual(['schema/invalid_value', ['body', 0, 'content', 0, 0, 'type'], 'Thiếu trường bắt buộc "type" (phải là "text").']);
  });

  it('a boxed string is read as its string, as JSON.stringify reads it (no path to String.prototype.bold)', () => {
    const input = sampleInput() as any;
    input.body[0].content = [[new String('Một đoạn.')]];
    expect(found(input)).toEqual([]);
  });
});
