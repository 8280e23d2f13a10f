/**
 * Generators for the fuzz tests: a tiny profile and section of our own, hostile strings and numbers,
 * and whole reports with the real shape (modelled on `sampleInput()` in packages/core/test/fixtures.ts)
 * whose every text field holds hostile text.
 *
 * Two report generators:
 * - `composableReport()` — reports that should compose (valid shape, valid period and issue date, numbers
 *   the schema accepts however absurd: -0, 1e300, unsafe integers, negative counts …). Properties 2–4 use it.
 * - `wildReport()` — `composableReport()` plus structural mutations (wrong types, NaN/±Infinity, impossible
 *   dates, cycles, deep nesting, long lists, `__proto__` keys, arbitrary JSON). Property 1 uses it.
 *
 * Inputs that trigger a bug listed in `open-bugs.test.ts` (none today) are kept out of the generators unless
 * `FUZZ_OPEN_BUGS=1` (see `INCLUDE_OPEN_BUGS` and the README): the properties keep searching for new bugs while the
 * known ones fail in `open-bugs.test.ts`. Delete a guard when its bug is fixed.
 */
import fc from 'fast-check';
import { z } from 'zod';
import { defineProfile, defineSection, type BlockInput, type ReportInput } from '@baocao-khcn/core';
import { cleanText, richTextSchema } from '@baocao-khcn/core/plugin';
import { LANG_SON } from '@baocao-khcn/test-utils';

// ---------------------------------------------------------------------------------------------
// Open bugs the generators avoid (unless FUZZ_OPEN_BUGS=1). Each names its test in open-bugs.test.ts.

/** True when the generators should also produce inputs that trigger known open bugs. */
export const INCLUDE_OPEN_BUGS = process.env.FUZZ_OPEN_BUGS === '1';

// ---------------------------------------------------------------------------------------------
// A tiny profile and section of our own

export const fuzzProfile = defineProfile({
  id: 'fuzz-tinh',
  name: 'Hồ sơ thử nghiệm (fuzz)',
  ...LANG_SON,
  agency: { ...LANG_SON.agency, parent: 'UBND TỈNH THỬ NGHIỆM' },
  parts: [{ id: 'general', title: 'ĐÁNH GIÁ CHUNG', mode: 'free' }, ...LANG_SON.parts.map((part) => ({ ...part, sections: ['fuzz-muc'] }))],
  templates: { ...LANG_SON.templates, closing: 'Trên đây là báo cáo {{periodNoYear}} của {{agency.shortName}}.' },
});

/** Data of the fuzz section: rich text, list items and a count. */
export const fuzzSectionSchema = z.object({
  summary: richTextSchema,
  items: z.array(z.string()).default([]),
  done: z.number(),
  plans: z.array(z.string()).default([]),
});

/**
 * The fuzz section: results = the summary paragraph, the items as a list, a sentence with a count figure;
 * plans = the plans as a list.
 */
export const fuzzSection = defineSection({
  id: 'fuzz-muc',
  title: { results: 'Mục thử nghiệm', plans: 'Nhiệm vụ thử nghiệm' },
  schema: fuzzSectionSchema,
  results: (data) => [
    data.summary as BlockInput,
    { type: 'list', items: data.items },
    ['Đã thực hiện ', { type: 'figure', value: data.done, format: 'number', unit: 'việc' }, '.'],
  ],
  plans: (data) => [{ type: 'list', items: data.plans }],
  checks: (data) => (data.done < 0 ? [{ code: 'fuzz-muc/negative', severity: 'warning', path: ['done'], message: 'Số việc không được âm.' }] : []),
});

export const fuzzOptions = { profile: fuzzProfile, sections: [fuzzSection] };

// ---------------------------------------------------------------------------------------------
// Hostile strings

/** C0 controls (all of them, the allowed \t \n \r included), DEL and a few C1 controls. */
const CONTROLS = [...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)), '\u007f', '\u0080', '\u0085', '\u009f'];
/** Noncharacters and lone or misordered surrogates. */
const NONCHARS = ['\ufffe', '\uffff', '\ufffd', '\ud800', '\udbff', '\udc00', '\udfff', '\udc00\ud800', 'a\ud83d', '\ude00b', '\ud83d\ud83d', '\ufdd0', '\u{1fffe}', '\u{10ffff}'];
/** Bidi controls, zero-width characters, odd spaces and line separators. */
const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c', '\u200b', '\u200c', '\u200d', '\ufeff', '\u2028', '\u2029', '\u00a0', '\u3000', '\u2003', '\u00ad', '\u034f'];
/** Combining sequences in NFD (Vietnamese and others), characters whose case mapping leaves NFC, Hangul jamo. */
const COMBINING = [
  'Ha\u0300 No\u0302\u0323i', 'Be\u0302\u0301n Tre', 'e\u0301', 'a\u0323\u0302', 'a\u0302\u0323', '\u0301', '\u0323', '\u0302\u0303', 'o\u031b\u0300', 'u\u031b\u0309',
  'Z\u0337\u0322\u0348\u0301\u0301\u0301', '\u1100\u1161\u11a8', '\u1100', '\u1161', 'ΐ', 'ΰ', 'ŉ', 'ǰ', 'ß', 'ﬃ', 'İ', 'ı', '\u0345', 'ǅ', 'Ω', 'K',
];
/** Emoji and astral characters. */
const EMOJI = ['😀', '👍🏽', '🇻🇳', '👨‍👩‍👧', '🏳️‍🌈', '𝔘𝔫𝔦', '𐀀', '🧪_', '_😀', '*🎉*'];
/** Markdown metacharacters and constructs. */
const MARKDOWN = [
  'HTTP://A.VN/a_b', 'HTTPS://KHCN.VN/*x*',
  '#', '# ', '## ', '###### x', '-', '- ', '+ ', '* ', '1. ', '1) ', '2.', '|', '| a | b |', '|-|', '[^1]', '[^1]: x', '[^x]', '[a](b)', '![i](s)', '[a]: b',
  '<script>alert(1)</script>', '<b>', '</b>', '<!--', '-->', '<http://a.vn>', 'http://khcn.vn', 'https://a.vn/x_y', 'www.a.vn', 'a@b.vn', 'mailto:a@b.vn',
  '`', '``', '```', '~~~', '~~x~~', '~', '\\', '\\\\', '\\*', '&amp;', '&nbsp;', '&#0;', '&#x0;', '&#xFFFF;', '&#55296;', '&copy', '>', '> trích',
  '---', '***', '___', '===', '    mã', '*', '**', '_', '__', '*a*', '_a_', '**a**', ':', '^', '$x$', '- [ ] việc', '[ ]', '\\[', '{{x}}',
];
/** XML metacharacters and constructs. */
const XML = [
  '<', '>', '&', '"', "'", ']]>', '<![CDATA[', '<?xml version="1.0"?>', '<w:p>', '</w:t>', '<w:br/>', '&lt;', '&a;', '<!DOCTYPE x [<!ENTITY a "b">]>',
  'xmlns="x"', '&#x1;', '<!-- -->', '</w:body>',
];
const WHITESPACE = [' ', '  ', '   ', '\t', '\n', '\n\n', '\r\n', '\r', ' \n ', '\t\n'];
const VIETNAMESE = [
  'Sở KH&CN', 'Bắc Kạn', 'Lạng Sơn', 'Đề tài', 'nghiệm thu', 'ệ', 'Đ', 'đ', '03 đề tài', '60,38%', '1.234.567,891', 'Công văn số 1506/SKHĐT-THKTXH',
  'Phần I', 'I.', 'a)', 'KT. GIÁM ĐỐC', 'Như trên;', 'Lưu: VT, VP.', 'quý III năm 2023', '9 tháng đầu năm 2021', 'Kính gửi:',
];

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** One piece of hostile text. */
const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...VIETNAMESE) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKDOWN) },
  { weight: 1, arbitrary: fc.constantFrom(...XML) },
  { weight: 2, arbitrary: fc.constantFrom(...CONTROLS) },
  { weight: 1, arbitrary: fc.constantFrom(...NONCHARS) },
  { weight: 1, arbitrary: fc.constantFrom(...BIDI) },
  { weight: 2, arbitrary: fc.constantFrom(...COMBINING) },
  { weight: 1, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 2, arbitrary: fc.constantFrom(...WHITESPACE) },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 3 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
);

/** Hostile text: short joins of the pieces above (possibly empty). */
export const hostileText: fc.Arbitrary<string> = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));

/** Hostile text of at least one code unit (for fields with `min(1)`). */
export const hostileNonEmpty: fc.Arbitrary<string> = fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('')).filter((s) => s.length > 0);

/** A large string (20–120 KB) of hostile text; the 1 MB case is a test of its own (limits.test.ts). */
export const bigText: fc.Arbitrary<string> = fc
  .tuple(hostileText, fc.integer({ min: 20_000, max: 120_000 }), hostileText)
  .map(([a, n, b]) => `${a}${'Nội dung báo cáo dài \u0000 '.repeat(Math.ceil(n / 25))}${b}`);

// ---------------------------------------------------------------------------------------------
// Hostile numbers

/** Numbers the schema accepts (finite), however absurd. */
export const hostileFinite: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, 1, 5, 9, 10, 50, 1119, -1, -5, 1.5, 0.1 + 0.2, 60.38, 1e300, -1e300, 1e21, 5e-324, Number.MAX_VALUE, Number.MIN_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER, 2 ** 53, 2 ** 53 + 2, 45998409, 1.005, 123456789.123456789),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Numbers that must be refused by the schema: NaN and ±Infinity (plus strings and null). */
export const rejectedNumber: fc.Arbitrary<unknown> = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '5', null, '1e300', true);

/** A non-negative count that the formatters can print (what `of` and count figures need). */
const safeCount = fc.oneof(fc.constantFrom(0, 1, 5, 9, 10, 99, 1000, 1119), fc.nat({ max: 1_000_000 }));

// ---------------------------------------------------------------------------------------------
// Rich text, blocks, reports

type Json = Record<string, unknown>;

/** Drops keys whose value is `undefined` (optional fields left out). */
function compact<T extends Json>(o: T): T {
  for (const key of Object.keys(o)) if (o[key] === undefined) delete o[key];
  return o;
}

/** `arb` with probability `presence`, else `undefined` (an optional field left out). */
const opt = <T>(arb: fc.Arbitrary<T>, presence = 0.5): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: Math.round((1 - presence) * 100), arbitrary: fc.constant(undefined) }, { weight: Math.round(presence * 100), arbitrary: arb });

/** Text of a figure's unit and words. */
const figure: fc.Arbitrary<Json> = fc
  .record({
    format: fc.constantFrom('count', 'number', 'percent', 'money'),
    value: hostileFinite,
    decimals: opt(fc.integer({ min: 0, max: 6 }), 0.3),
    unit: opt(hostileText, 0.6),
    // `of` of a count: a count, or anything finite (negative, fractional, unsafe: B2 and B14 were about these).
    of: opt(fc.oneof(safeCount, hostileFinite), 0.2),
    breakdown: opt(fc.array(fc.record({ label: opt(hostileText), value: hostileFinite }).map(compact), { maxLength: 3 }), 0.2),
    ratio: opt(fc.record({ part: hostileFinite, whole: hostileFinite }), 0.15),
    words: opt(fc.oneof(hostileText, fc.constantFrom('Bốn mươi lăm triệu, chín trăm chín mươi tám nghìn, bốn trăm linh chín đồng', 'Năm đồng', 'một tỷ')), 0.15),
    bold: opt(fc.boolean(), 0.3),
    italic: opt(fc.boolean(), 0.3),
  })
  .map((f) => compact({ type: 'figure', ...f } as Json));

const textRun: fc.Arbitrary<Json> = fc
  .record({ text: hostileText, bold: opt(fc.boolean()), italic: opt(fc.boolean()) })
  .map((r) => compact({ type: 'text', ...r }));

/** Rich text input: a string, or inline items (strings, runs, figures, footnotes — footnotes may nest). */
export const richText: fc.Memo<unknown> = fc.memo((n) => {
  const inline = fc.oneof(
    { weight: 4, arbitrary: hostileText },
    { weight: 3, arbitrary: textRun },
    { weight: 1, arbitrary: figure },
    ...(n > 1 ? [{ weight: 1, arbitrary: richText(n - 1).map((content) => ({ type: 'footnote', content })) }] : []),
  );
  return fc.oneof({ weight: 2, arbitrary: hostileText }, { weight: 3, arbitrary: fc.array(inline, { maxLength: 5 }) });
});

const rich = richText(3);
const align = fc.constantFrom('justify', 'left', 'center', 'right');

const listItem: fc.Memo<unknown> = fc.memo((n) =>
  n <= 1
    ? rich
    : fc.oneof(rich, fc.record({ content: rich, items: opt(fc.array(listItem(n - 1), { maxLength: 3 })) }).map(compact)),
);

const list: fc.Arbitrary<Json> = fc
  .record({
    items: fc.oneof(
      { weight: 30, arbitrary: fc.array(listItem(4), { maxLength: 5 }) },
      // Very long lists.
      { weight: 1, arbitrary: fc.integer({ min: 200, max: 1000 }).chain((n) => fc.array(hostileText, { minLength: n, maxLength: n })) },
    ),
    stated: opt(fc.nat({ max: 10 }), 0.2),
  })
  .map((l) => compact({ type: 'list', ...l }));

/** A span: usually 1–3, sometimes far past the table (1 000 000, 2^53 − 1). */
const span = fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 1, max: 3 }) }, { weight: 1, arbitrary: fc.constantFrom(1000, 1_000_000, Number.MAX_SAFE_INTEGER) });

const cell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: rich },
  {
    weight: 2,
    arbitrary: fc
      .record({
        // A rich text, or paragraphs (rich texts: strings and inline arrays, mixed).
        content: fc.oneof(rich, fc.array(rich, { maxLength: 3 })),
        colSpan: opt(span, 0.2),
        rowSpan: opt(span, 0.2),
        align: opt(align, 0.3),
        bold: opt(fc.boolean(), 0.3),
        italic: opt(fc.boolean(), 0.3),
      })
      .map(compact),
  },
);

const row: fc.Arbitrary<unknown> = fc.oneof(
  fc.array(cell, { maxLength: 4 }),
  fc.record({ cells: fc.array(cell, { maxLength: 4 }), group: opt(fc.boolean()) }).map(compact),
);

const table: fc.Arbitrary<Json> = fc
  .record({
    columns: fc.array(
      fc.record({ title: opt(rich, 0.7), width: opt(fc.oneof(fc.double({ min: 1e-9, max: 1e308, noNaN: true }), fc.constantFrom(1e-300, 1e300, 1))), align: opt(align, 0.3) }).map(compact),
      { minLength: 1, maxLength: 4 },
    ),
    headerRows: opt(fc.array(row, { maxLength: 2 }), 0.4),
    rows: fc.array(row, { maxLength: 5 }),
    caption: opt(rich, 0.3),
  })
  .map((t) => compact({ type: 'table', ...t }));

/** Data of the fuzz section. */
export const sectionData: fc.Arbitrary<Json> = fc
  .record({ summary: rich, items: fc.array(hostileText, { maxLength: 4 }), done: hostileFinite, plans: fc.array(hostileText, { maxLength: 4 }) })
  .map(compact);

const sectionBlock: fc.Arbitrary<Json> = fc
  .record({ title: opt(rich, 0.4), heading: opt(fc.boolean(), 0.3), data: opt(sectionData, 0.8) })
  .map((s) => compact({ type: 'section', section: 'fuzz-muc', ...s }));

const paragraph: fc.Arbitrary<Json> = fc
  .record({ content: rich, align: opt(align, 0.3), indent: opt(fc.boolean(), 0.3), bold: opt(fc.boolean(), 0.3), italic: opt(fc.boolean(), 0.3) })
  .map((p) => compact({ type: 'paragraph', ...p }));

/** Body blocks, with headings nesting up to `n` levels. */
export const blocks: fc.Memo<unknown[]> = fc.memo((n) => {
  const block = fc.oneof(
    { weight: 4, arbitrary: rich },
    { weight: 2, arbitrary: paragraph },
    { weight: 2, arbitrary: list },
    { weight: 2, arbitrary: table },
    { weight: 1, arbitrary: sectionBlock },
    ...(n > 1 ? [{ weight: 2, arbitrary: fc.record({ title: rich, content: opt(blocks(n - 1), 0.8) }).map((h) => compact({ type: 'heading', ...h })) }] : []),
  );
  return fc.array(block, { maxLength: 4 });
});

/** A chain of `depth` nested headings ending in a paragraph (deep nesting below the default maxDepth). */
const deepHeadings: fc.Arbitrary<unknown[]> = fc.tuple(fc.integer({ min: 5, max: 14 }), hostileText).map(([depth, text]) => {
  let content: unknown[] = [text];
  for (let i = 0; i < depth; i++) content = [{ type: 'heading', title: `Mức ${depth - i}`, content }];
  return content;
});

const part: fc.Arbitrary<Json> = fc
  .record({
    part: fc.constantFrom('general', 'results', 'plans'),
    title: opt(rich, 0.3),
    content: fc.oneof({ weight: 15, arbitrary: blocks(3) }, { weight: 1, arbitrary: deepHeadings }),
  })
  .map(compact);

const isoDate = (min: number, max: number) =>
  fc.record({ y: fc.integer({ min, max }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }).map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
/** Dates that look right and do not exist. */
export const impossibleDate = fc.constantFrom('2023-02-30', '2023-02-29', '2022-13-01', '2022-00-10', '2022-04-31', '0000-01-01', '2022-12-32', '9999-99-99');

const period: fc.Arbitrary<Json> = fc.oneof(
  fc.record({ kind: fc.constant('month'), year: fc.integer({ min: 2000, max: 2030 }), month: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('quarter'), year: fc.integer({ min: 2000, max: 2030 }), quarter: fc.constantFrom(1, 2, 3, 4) }),
  fc.record({ kind: fc.constant('half'), year: fc.integer({ min: 2000, max: 2030 }), half: fc.constantFrom(1, 2) }),
  fc.record({ kind: fc.constant('nine-months'), year: fc.integer({ min: 2000, max: 2030 }) }),
  fc.record({ kind: fc.constant('year'), year: fc.integer({ min: 2000, max: 2030 }) }),
);

const issueDate: fc.Arbitrary<unknown> = fc.oneof(
  isoDate(2000, 2031),
  fc.record({ year: fc.integer({ min: 2000, max: 2031 }), month: opt(fc.integer({ min: 1, max: 12 })) }).map(compact),
  // An impossible issue date is refused (ComposeError with date/invalid): wild input only (`impossibleDates`).
);

/**
 * A document number: an integer, or hostile text. A number with a space or "/" (or only zeros) cannot make the
 * number line and is refused (ComposeError with report/invalid-header): wild input only.
 */
const documentNumber: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: 1, max: 9999 }),
  hostileNonEmpty.filter((s) => {
    const raw = s.normalize('NFC').trim();
    const clean = cleanText(s).trim();
    return clean !== '' && !/[\s/]/.test(raw) && !/[\s/]/.test(clean) && !/^0+$/.test(raw) && !/^0+$/.test(clean);
  }),
);

/** Agency overrides. A blank `place` or `code` cannot make the header and is refused: wild input only. */
const agency: fc.Arbitrary<Json> = fc
  .record({
    parent: opt(hostileText),
    name: opt(hostileNonEmpty),
    shortName: opt(hostileText),
    code: opt(hostileNonEmpty.filter((s) => cleanText(s).trim() !== '')),
    place: opt(hostileNonEmpty.filter((s) => cleanText(s).trim() !== '')),
  })
  .map(compact);

const signer: fc.Arbitrary<Json> = fc
  .record({
    mode: opt(fc.constantFrom('direct', 'KT', 'TM', 'TL', 'TUQ', 'Q'), 0.7),
    for: opt(hostileText, 0.6),
    title: hostileNonEmpty,
    on: opt(hostileText, 0.3),
    name: hostileNonEmpty,
  })
  .map(compact);

const appendix: fc.Arbitrary<Json> = fc
  .record({
    label: opt(hostileText, 0.6),
    title: rich,
    subtitle: opt(rich, 0.4),
    orientation: opt(fc.constantFrom('portrait', 'landscape')),
    content: opt(blocks(2), 0.8),
  })
  .map(compact);

/** The known marker paragraph that the LibreOffice check looks for in the PDF text. */
export const MARKER = 'FUZZMARKER-7f3a';

/**
 * Reports that should compose: the real shape, hostile text in every text field, absurd but accepted numbers.
 * With `marker`, a plain paragraph holding {@link MARKER} starts the first part.
 */
export function composableReport(options: { marker?: boolean } = {}): fc.Arbitrary<ReportInput> {
  return fc
    .record({
      kind: opt(fc.constantFrom('bao-cao', 'ke-hoach', 'to-trinh'), 0.3),
      agency: opt(agency, 0.3),
      number: opt(documentNumber),
      issueDate,
      period,
      subject: opt(rich, 0.6),
      to: fc.array(hostileNonEmpty, { maxLength: 3 }),
      basis: fc.array(
        fc
          .record({
            kind: opt(hostileText),
            number: hostileNonEmpty,
            date: opt(fc.oneof(isoDate(2000, 2030), impossibleDate)),
            issuer: opt(hostileText),
            subject: opt(hostileText),
          })
          .map(compact),
        { maxLength: 2 },
      ),
      opening: opt(blocks(2), 0.3),
      body: fc.array(part, { minLength: 1, maxLength: 3 }),
      sections: opt(fc.record({ 'fuzz-muc': sectionData }), 0.3),
      closing: opt(blocks(2), 0.3),
      signer,
      recipients: fc.record({ note: opt(hostileText, 0.4), items: fc.array(hostileNonEmpty, { minLength: 1, maxLength: 4 }) }).map(compact),
      appendices: fc.array(appendix, { maxLength: 2 }),
      big: opt(bigText, 0.03),
    })
    .map(({ big, ...report }) => {
      const out = compact(report as Json);
      const body = out.body as Json[];
      if (big !== undefined) (body[0]!.content as unknown[]).push(big);
      if (options.marker) (body[0]!.content as unknown[]).unshift({ type: 'paragraph', content: MARKER, align: 'left' });
      return out as unknown as ReportInput;
    });
}

// ---------------------------------------------------------------------------------------------
// Wild inputs (property 1)

/** Keys that reach for prototypes. */
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];

/** A value nested `depth` levels deep (arrays or objects). */
function nested(depth: number, leaf: unknown, asObject: boolean): unknown {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = asObject ? { content: v } : [v];
  return v;
}

/** Replacement values for mutations. */
const wildValue: fc.Arbitrary<unknown> = fc.oneof(
  rejectedNumber,
  hostileFinite,
  hostileText,
  impossibleDate,
  fc.constantFrom(null, undefined, true, false, [], {}, [[]], [{}], { type: 'figure' }, { type: 'footnote' }, { type: 'unknown' }, { type: 'heading' }, { type: 'section', section: 'constructor' }, { type: 'section', section: '__proto__' }),
  fc.constantFrom(...PROTO_KEYS).map((k) => JSON.parse(`{"${k}": {"polluted": 1}}`) as unknown),
  fc.constant(JSON.parse('{"constructor": {"prototype": {"polluted": 1}}}') as unknown),
  fc.integer({ min: 60, max: 200 }).map((d) => nested(d, 'sâu', false)),
  fc.integer({ min: 30, max: 100 }).map((d) => nested(d, 'sâu', true)),
  fc.integer({ min: 1000, max: 5000 }).map((n) => Array.from({ length: n }, (_, i) => `mục ${i}`)),
  fc.jsonValue({ maxDepth: 3 }),
  fc.anything({ maxDepth: 2, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withSparseArray: true, withBoxedValues: true, withTypedArray: true, key: fc.oneof(fc.string(), fc.constantFrom(...PROTO_KEYS)) }),
);

/** Plain arrays and objects (not boxed primitives, maps, typed arrays …): the ones mutations walk into. */
export function isPlain(value: unknown): value is object {
  if (Array.isArray(value)) return true;
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Every path to a value inside `value` (objects and arrays), the root excluded. */
export function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = [], seen = new Set<object>()): (string | number)[][] {
  if (out.length > 4000 || !isPlain(value) || seen.has(value)) return out;
  seen.add(value);
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push([...prefix, i]);
      paths(v, [...prefix, i], out, seen);
    });
  } else {
    for (const [k, v] of Object.entries(value)) {
      out.push([...prefix, k]);
      paths(v, [...prefix, k], out, seen);
    }
  }
  return out;
}

type Edit = { at: number; value: unknown; kind: 'set' | 'delete' | 'cycle' | 'proto-key' };

/** Applies edits to a deep copy of `input` (paths chosen by index among all paths). */
export function mutate(input: unknown, edits: Edit[]): unknown {
  const root = structuredClone(input) as Json;
  for (const edit of edits) {
    const all = paths(root);
    if (all.length === 0) break;
    const path = all[edit.at % all.length]!;
    let node: unknown = root;
    for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown> | undefined)?.[key];
    if (!isPlain(node)) continue;
    const parent = node as Record<string | number, unknown> & unknown[];
    const key = path[path.length - 1]!;
    switch (edit.kind) {
      case 'set':
        parent[key] = edit.value;
        break;
      case 'delete':
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else delete parent[key];
        break;
      case 'cycle':
        parent[key] = root;
        break;
      case 'proto-key':
        if (!Array.isArray(parent)) Object.defineProperty(parent, '__proto__', { value: { polluted: 1, type: 'figure' }, enumerable: true, configurable: true, writable: true });
        break;
    }
  }
  return root;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  value: wildValue,
  kind: fc.oneof({ weight: 12, arbitrary: fc.constant('set' as const) }, { weight: 3, arbitrary: fc.constant('delete' as const) }, { weight: 1, arbitrary: fc.constant('cycle' as const) }, { weight: 2, arbitrary: fc.constant('proto-key' as const) }),
});

/** Custom periods, possibly with impossible dates or reversed. */
const customPeriod: fc.Arbitrary<Json> = fc
  .record({ from: fc.oneof(isoDate(2000, 2030), impossibleDate), to: fc.oneof(isoDate(2000, 2030), impossibleDate), label: hostileText })
  .map((p) => ({ kind: 'custom', ...p }));

/** Composable reports with one date made impossible or a custom period (property 1 only). */
const impossibleDates: fc.Arbitrary<unknown> = fc
  .tuple(composableReport(), fc.constantFrom('issueDate', 'period', 'nextPeriod', 'basis'), impossibleDate, customPeriod)
  .map(([report, where, date, custom]) => {
    const out = structuredClone(report) as Json;
    if (where === 'issueDate') out.issueDate = date;
    else if (where === 'period') {
      out.period = custom;
      out.nextPeriod = { kind: 'year', year: 2031 };
    } else if (where === 'nextPeriod') out.nextPeriod = custom;
    else out.basis = [{ number: '01/UBND', date }];
    return out;
  });

/** Anything at all: composable reports, mutated reports, impossible dates, arbitrary values. */
export function wildReport(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: composableReport() },
    { weight: 1, arbitrary: impossibleDates },
    { weight: 6, arbitrary: fc.tuple(composableReport(), fc.array(edit, { minLength: 1, maxLength: 4 })).map(([input, edits]) => mutate(input, edits)) },
    { weight: 1, arbitrary: wildValue },
  );
}
