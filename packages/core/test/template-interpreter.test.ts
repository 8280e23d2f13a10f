import * as parser from '@handlebars/parser';
import { describe, expect, it, vi } from 'vitest';
import { composeReport, defineProfile, validateReport } from '@baocao-khcn/core';
import { createTemplateEngine, MAX_TEMPLATE_LENGTH } from '../src/template/engine';
import { counting, profile, sampleInput } from './fixtures';

// Counts the parses: the work bound of a refused template is "no parse at all", and of a remembered one "one parse".
vi.mock('@handlebars/parser', async (importOriginal) => {
  const original = await importOriginal<typeof import('@handlebars/parser')>();
  return { ...original, parse: vi.fn(original.parse) };
});
const parses = vi.mocked(parser.parse);

const engine = createTemplateEngine('thu');
const data = {
  period: '9 tháng đầu năm 2022',
  year: 2022,
  zero: 0,
  empty: '',
  none: undefined,
  agency: { shortName: 'Sở Khoa học và Công nghệ', place: 'Lạng Sơn' },
  to: ['Bộ Khoa học và Công nghệ', 'UBND tỉnh'],
  noItems: [],
};
const text = (template: string) => engine.render('subject', template, data);
const reason = (template: string) => {
  const out = engine.render('subject', template, data);
  if (!('diagnostic' in out)) throw new Error(`rendered: ${JSON.stringify(out)}`);
  expect(out.diagnostic).toMatchObject({ code: 'template/error', severity: 'error', path: ['profile', 'thu', 'templates', 'subject'] });
  return out.diagnostic.message.replace(/^Mẫu "subject" của hồ sơ "thu" không dùng được: /, '');
};

describe('template interpreter: what profiles use renders as handlebars did', () => {
  it.each([
    ['Báo cáo {{period}}', 'Báo cáo 9 tháng đầu năm 2022'],
    ['{{upper period}}', '9 THÁNG ĐẦU NĂM 2022'],
    ['{{lower "ĐỒNG ĐĂNG"}} {{capitalize agency.place}}', 'đồng đăng Lạng Sơn'],
    ['{{upper (capitalize period)}}', '9 THÁNG ĐẦU NĂM 2022'],
    ['{{year}}/{{zero}}/{{none}}/{{empty}}', '2022/0//'],
    ['{{{period}}} {{&year}}', '9 tháng đầu năm 2022 2022'],
    ['{{#if agency.shortName}}{{agency.shortName}}{{else}}Sở{{/if}}', 'Sở Khoa học và Công nghệ'],
    ['{{#if zero}}a{{else if year}}b{{else}}c{{/if}}', 'b'],
    ['{{#if noItems}}có{{else}}không{{/if}}', 'không'],
    ['{{#if agency.missing}}có{{else}}không{{/if}}', 'không'],
    ['{{#unless empty}}trống{{/unless}}', 'trống'],
    ['{{^if year}}x{{else}}y{{/if}}', 'y'],
    ['{{#each to}}{{@index}}. {{this}}{{#unless @last}}; {{/unless}}{{/each}}', '0. Bộ Khoa học và Công nghệ; 1. UBND tỉnh'],
    ['{{#each to}}{{#if @first}}{{.}} ({{../period}}, {{@root.year}}){{/if}}{{/each}}', 'Bộ Khoa học và Công nghệ (9 tháng đầu năm 2022, 2022)'],
    ['{{#each agency}}{{@key}}={{this}} {{/each}}', 'shortName=Sở Khoa học và Công nghệ place=Lạng Sơn '],
    ['{{#each noItems}}x{{else}}không có{{/each}}', 'không có'],
    ['{{#with agency}}{{place}}, {{../year}}{{/with}}', 'Lạng Sơn, 2022'],
    ['{{to.length}} {{to.[1]}}', '2 UBND tỉnh'],
    ['a {{! chú thích }}{{!-- {{constructor}} --}}b \\{{constructor}}', 'a b {{constructor}}'],
    ['<b>&amp; {{upper "<i>"}}', '<b>&amp; <I>'],
    ['{{#if year}}\n  dòng\n{{/if}}\n', '  dòng\n'],
    ['{{~#if year~}} sát {{~/if~}}', 'sát'],
  ])('%j → %j', (template, expected) => {
    expect(text(template)).toEqual({ text: expected });
  });
});

describe('template interpreter: refused with template/error (issue 20, point 5)', () => {
  it('{{upper}} with no argument is an error, not "[OBJECT OBJECT]"', () => {
    expect(reason('{{upper}}')).toBe('hàm "upper" cần đúng một đối số.');
    expect(reason('{{lower}}')).toBe('hàm "lower" cần đúng một đối số.');
    expect(reason('{{upper period year}}')).toBe('"upper" cần đúng một đối số.');
  });
  it('inline partials and decorators are refused', () => {
    expect(reason('{{#*inline "x"}}chèn{{/inline}}{{> x}}')).toBe('không dùng được decorator ({{* …}}, {{#* inline}}).');
    expect(reason('{{> x}}')).toBe('không dùng được partial ({{> …}}).');
    expect(reason('{{#> layout}}x{{/layout}}')).toBe('không dùng được partial ({{> …}}).');
    expect(reason('{{* decorator}}')).toBe('không dùng được decorator ({{* …}}, {{#* inline}}).');
  });
  it.each([
    ['{{missing}}', '"missing" không có trong dữ liệu của mẫu.'],
    ['{{agency.missing}}', '"agency.missing" không có trong dữ liệu của mẫu.'],
    ['{{upper missing}}', '"missing" không có trong dữ liệu của mẫu.'],
    ['{{#if missing.deeper}}x{{/if}}', '"missing.deeper" không có trong dữ liệu của mẫu.'],
    ['{{agency}}', '"agency" không phải là văn bản.'],
    ['{{upper to}}', '"to" không phải là văn bản.'],
    ['{{period.length}}', '"period.length" không có trong dữ liệu của mẫu.'],
    ['{{toString}}', '"toString" không có trong dữ liệu của mẫu.'],
    ['{{agency.hasOwnProperty}}', '"agency.hasOwnProperty" không có trong dữ liệu của mẫu.'],
    ['{{constructor}}', 'tên "constructor" không được phép.'],
    ['{{this.[__proto__]}}', 'tên "__proto__" không được phép.'],
    ['{{@root.constructor}}', 'tên "constructor" không được phép.'],
    ['{{#each period}}x{{/each}}', '"period" không phải danh sách để lặp.'],
    ['{{../period}}', '"../period" vượt ra ngoài dữ liệu của mẫu.'],
    ['{{@index}}', '"@index" không có ở đây.'],
    ['{{@partial-block}}', 'biến "@partial-block" không được phép.'],
    ['{{lookup this "constructor"}}', 'hàm "lookup" không được phép (chỉ dùng upper, lower, capitalize).'],
    ['{{log "x"}}', 'hàm "log" không được phép (chỉ dùng upper, lower, capitalize).'],
    ['{{#if}}x{{/if}}', '"if" cần đúng một đối số.'],
    ['{{if year}}', 'hàm "if" không được phép (chỉ dùng upper, lower, capitalize).'],
    ['{{each}}', '"each" chỉ dùng được dưới dạng khối ({{#each …}}…{{/each}}).'],
    ['{{#if year includeZero=true}}x{{/if}}', '"if" không nhận tham số dạng tên=giá trị.'],
    ['{{#each to as |item|}}{{item}}{{/each}}', 'không hỗ trợ tham số khối (as |…|).'],
    ['{{#period}}x{{/period}}', 'khối "period" không được phép (chỉ dùng if, unless, each, with).'],
    ['{{{{raw}}}}x{{{{/raw}}}}', 'khối "raw" không được phép (chỉ dùng if, unless, each, with).'],
    ['{{"chuỗi"}}', '"chuỗi" không phải là tên dữ liệu.'],
  ])('%j → %j', (template, expected) => {
    expect(reason(template)).toBe(expected);
  });
  it('a syntax error names the parser problem', () => {
    expect(reason('{{')).toMatch(/^sai cú pháp \(Parse error on line 1:/);
    expect(reason('{{#if year}}x{{/with}}')).toMatch(/^sai cú pháp \(if doesn't match with/);
  });
});

/** Nested `{{#if}}` blocks, `n` deep. */
const nestedIfs = (n: number) => '{{#if period}}'.repeat(n) + 'x' + '{{/if}}'.repeat(n);

describe('template bounds: size and nesting fail fast, and the failure is remembered', () => {
  it('nesting up to 12 renders; 13 is refused', () => {
    expect(text(nestedIfs(12))).toEqual({ text: 'x' });
    expect(reason(nestedIfs(13))).toBe('lồng khối quá 12 cấp.');
    expect(text(`{{upper ${'(upper '.repeat(11)}period${')'.repeat(11)}}}`)).toEqual({ text: '9 THÁNG ĐẦU NĂM 2022' });
    expect(reason(`{{upper ${'(upper '.repeat(13)}period${')'.repeat(13)}}}`)).toBe('lồng khối quá 12 cấp.');
  });
  it(`a template longer than ${MAX_TEMPLATE_LENGTH} characters is refused before parsing`, () => {
    expect(text('a'.repeat(MAX_TEMPLATE_LENGTH))).toEqual({ text: 'a'.repeat(MAX_TEMPLATE_LENGTH) });
    expect(reason('a'.repeat(MAX_TEMPLATE_LENGTH + 1))).toBe(`mẫu dài ${MAX_TEMPLATE_LENGTH + 1} ký tự, quá giới hạn ${MAX_TEMPLATE_LENGTH}.`);
  });
  it('3,000 and 5,000 nested {{#if}} are refused by their length, before any parse, on every call', () => {
    for (const n of [3_000, 5_000]) {
      parses.mockClear();
      const first = engine.render('subject', nestedIfs(n), data);
      const second = engine.render('subject', nestedIfs(n), data);
      expect(parses).not.toHaveBeenCalled();
      expect('diagnostic' in first && first.diagnostic.message).toBe(`Mẫu "subject" của hồ sơ "thu" không dùng được: mẫu dài ${n * 21 + 1} ký tự, quá giới hạn ${MAX_TEMPLATE_LENGTH}.`);
      expect(second).toEqual(first);
    }
  });
  it('a refused template is parsed once per profile: later calls return the very same diagnostic', () => {
    const refused = '{{#*inline "x"}}a{{/inline}}{{> x}}';
    parses.mockClear();
    const first = engine.render('opening', refused, data);
    const second = engine.render('opening', refused, data);
    expect('diagnostic' in first).toBe(true);
    expect('diagnostic' in second && 'diagnostic' in first && second.diagnostic === first.diagnostic).toBe(true);
    expect(parses).toHaveBeenCalledTimes(1);
  });
  it('a profile with 3,000 nested {{#if}} gives template/error on every validate and compose, and is never parsed', () => {
    const deep = defineProfile({ ...profile, id: 'long-sau', templates: { ...profile.templates, subject: nestedIfs(3_000) } });
    const options = { profile: deep, sections: [counting] };
    parses.mockClear();
    for (let i = 0; i < 5; i++) {
      expect(validateReport(sampleInput(), options).map((d) => d.code)).toEqual(['template/error', 'report/missing-subject']);
      expect(composeReport(sampleInput(), options).diagnostics[0]?.code).toBe('template/error');
    }
    // Each of these 10 calls took 4.5 s with handlebars' compiler; now the template never reaches the parser.
    expect(parses.mock.calls.some(([text]) => text === nestedIfs(3_000))).toBe(false);
  });
  it('output and work are bounded: an each over a huge list gives template/error', () => {
    const long = { to: Array.from({ length: 200_000 }, () => 'x') };
    expect(engine.render('closing', '{{#each to}}{{this}}{{/each}}', long)).toEqual({ text: 'x'.repeat(200_000) });
    const square = engine.render('closing', '{{#each to}}{{#each @root.to}}{{this}}{{/each}}{{/each}}', { to: long.to.slice(0, 3_000) });
    expect('diagnostic' in square && square.diagnostic.message).toBe('Mẫu "closing" của hồ sơ "thu" không dùng được: vượt quá 4000000 bước xử lý.');
    const wide = engine.render('closing', '{{#each to}}{{this}}{{/each}}', { to: Array.from({ length: 20 }, () => 'x'.repeat(500_000)) });
    expect('diagnostic' in wide && wide.diagnostic.message).toBe('Mẫu "closing" của hồ sơ "thu" không dùng được: kết quả dài quá 8000000 ký tự.');
  });
});
