/**
 * Input limits (maxDepth, maxNodes, maxStringLength, maxArrayLength): each produces its diagnostic, with the
 * exact path and Vietnamese message, at the exact boundary (limit passes, limit + 1 fails), from validateReport
 * and in composeReport's ComposeError; and a 1 MB paragraph under the default limits composes and renders.
 */
import { ComposeError, composeReport, DEFAULT_LIMITS, validateReport, type Diagnostic, type JsonPath, type Limits } from '@baocao-khcn/core';
import { renderDocx } from '@baocao-khcn/render-docx';
import { renderMarkdown } from '@baocao-khcn/render-md';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composableReport, fuzzOptions } from './arbitraries';
import { fcParams, timeoutFor } from './config';
import { documentXmlText, docxProblems } from './docx-check';
import { documentText, parseMarkdown } from './markdown-check';
import { expectWellFormed } from './properties';

const LIMIT_CODES = ['input/too-deep', 'input/too-large', 'input/string-too-long', 'input/array-too-long', 'input/cycle'];

/** `body[1].content[0]`, written independently of core's formatPath. */
function pathText(path: JsonPath): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

type Found = { path: JsonPath; value: unknown; depth: number };

/** Visits every value in the order of a depth-first walk; `stop(found)` true skips its children. */
function walk(value: unknown, visit: (f: Found) => boolean, path: JsonPath = [], depth = 0): void {
  if (visit({ path, value, depth })) return;
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, visit, [...path, i], depth + 1));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, visit, [...path, k], depth + 1);
}

const limitDiagnostics = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => LIMIT_CODES.includes(d.code));
const byPath = (a: Diagnostic, b: Diagnostic) => pathText(a.path).localeCompare(pathText(b.path));

/** validateReport's limit diagnostics equal `expected`; composeReport refuses with the same ones (or composes when none). */
function expectLimits(input: unknown, limits: Partial<Limits>, expected: Diagnostic[]): void {
  const options = { ...fuzzOptions, limits };
  const diagnostics = validateReport(input, options);
  expectWellFormed(diagnostics, 'validateReport');
  expect(limitDiagnostics(diagnostics).sort(byPath)).toEqual([...expected].sort(byPath));
  if (expected.length > 0) {
    let error: unknown;
    try {
      composeReport(input, options);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ComposeError);
    expect(limitDiagnostics((error as ComposeError).diagnostics).sort(byPath)).toEqual([...expected].sort(byPath));
  }
}

describe('each limit produces its diagnostic', () => {
  const base = () => ({
    issueDate: { year: 2023, month: 9 },
    period: { kind: 'month', year: 2023, month: 9 },
    body: [{ part: 'general', content: ['Nội dung.'] as unknown[] }],
    signer: { title: 'GIÁM ĐỐC', name: 'Nguyễn Văn A' },
    recipients: { items: ['Lưu: VT, VP.'] },
  });

  it('maxStringLength', () => {
    const input = base();
    input.body[0]!.content = ['x'.repeat(41)];
    expectLimits(input, { maxStringLength: 40 }, [
      { code: 'input/string-too-long', severity: 'error', path: ['body', 0, 'content', 0], message: 'Chuỗi tại body[0].content[0] dài 41 ký tự, vượt giới hạn 40.' },
    ]);
  });

  it('maxArrayLength', () => {
    const input = base();
    input.body[0]!.content = [{ type: 'list', items: Array.from({ length: 11 }, (_, i) => `mục ${i}`) }];
    expectLimits(input, { maxArrayLength: 10 }, [
      { code: 'input/array-too-long', severity: 'error', path: ['body', 0, 'content', 0, 'items'], message: 'Danh sách tại body[0].content[0].items có 11 phần tử, vượt giới hạn 10.' },
    ]);
  });

  it('maxDepth', () => {
    const input = base();
    let deep: unknown = 'sâu';
    for (let i = 0; i < 10; i++) deep = [deep];
    input.body[0]!.content = [deep];
    // body(1) [0](2) content(3) [0](4): the array at depth 8 is the first one past maxDepth 8.
    expectLimits(input, { maxDepth: 8 }, [
      { code: 'input/too-deep', severity: 'error', path: ['body', 0, 'content', 0, 0, 0, 0, 0], message: 'Dữ liệu lồng quá sâu (hơn 8 cấp) tại body[0].content[0][0][0][0][0].' },
    ]);
  });

  it('maxNodes', () => {
    expectLimits(base(), { maxNodes: 10 }, [{ code: 'input/too-large', severity: 'error', path: [], message: 'Dữ liệu quá lớn: hơn 10 giá trị.' }]);
  });

  it('cycles', () => {
    const input: any = base();
    input.body[0].content.push(input.body);
    expectLimits(input, {}, [{ code: 'input/cycle', severity: 'error', path: ['body', 0, 'content', 1], message: 'Dữ liệu có vòng lặp tham chiếu tại body[0].content[1].' }]);
  });
});

describe('limits at their boundary (property)', () => {
  it('maxStringLength: every string longer than the limit is reported at its path, no other', () => {
    fc.assert(
      fc.property(composableReport(), fc.nat({ max: 60 }), (input, limit) => {
        const expected: Diagnostic[] = [];
        walk(input, ({ path, value }) => {
          if (typeof value === 'string' && value.length > limit) {
            expected.push({ code: 'input/string-too-long', severity: 'error', path, message: `Chuỗi tại ${pathText(path) || '(gốc)'} dài ${value.length} ký tự, vượt giới hạn ${limit}.` });
          }
          return false;
        });
        expectLimits(input, { maxStringLength: limit }, expected);
      }),
      fcParams(10),
    );
  }, timeoutFor(10));

  it('maxArrayLength: every array longer than the limit (outside a reported one) is reported', () => {
    fc.assert(
      fc.property(composableReport(), fc.nat({ max: 6 }), (input, limit) => {
        const expected: Diagnostic[] = [];
        walk(input, ({ path, value }) => {
          if (!Array.isArray(value) || value.length <= limit) return false;
          expected.push({ code: 'input/array-too-long', severity: 'error', path, message: `Danh sách tại ${pathText(path) || '(gốc)'} có ${value.length} phần tử, vượt giới hạn ${limit}.` });
          return true;
        });
        expectLimits(input, { maxArrayLength: limit }, expected);
      }),
      fcParams(10),
    );
  }, timeoutFor(10));

  it('maxDepth: every object or array at depth ≥ the limit (outside a reported one) is reported', () => {
    fc.assert(
      fc.property(composableReport(), fc.integer({ min: 1, max: 20 }), (input, limit) => {
        const expected: Diagnostic[] = [];
        walk(input, ({ path, value, depth }) => {
          if (value === null || typeof value !== 'object' || depth < limit) return false;
          expected.push({ code: 'input/too-deep', severity: 'error', path, message: `Dữ liệu lồng quá sâu (hơn ${limit} cấp) tại ${pathText(path)}.` });
          return true;
        });
        expectLimits(input, { maxDepth: limit }, expected);
      }),
      fcParams(10),
    );
  }, timeoutFor(10));

  it('maxNodes: a report of n values passes with maxNodes n and is refused with n − 1', () => {
    fc.assert(
      fc.property(composableReport(), (input) => {
        let n = 0;
        walk(input, () => {
          n++;
          return false;
        });
        expectLimits(input, { maxNodes: n }, []);
        expectLimits(input, { maxNodes: n - 1 }, [{ code: 'input/too-large', severity: 'error', path: [], message: `Dữ liệu quá lớn: hơn ${n - 1} giá trị.` }]);
      }),
      fcParams(10),
    );
  }, timeoutFor(10));
});

describe('large input under the default limits', () => {
  const MB = 1024 * 1024;
  /** 1 MB made of `unit` repeated. */
  const megabyte = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  /** Vietnamese prose in NFD with a forbidden character in every sentence. */
  const PROSE = 'Trong kỳ, Sở đã nghiệm thu 03 đề tài tại Ha\u0300 No\u0302\u0323i \u0007. ';
  /** The same with Markdown and XML metacharacters in every sentence. */
  const HOSTILE = 'Trong kỳ, Sở đã nghiệm thu 03 đề tài <b>&amp;</b> # - | * [^1] ]]> Ha\u0300 No\u0302\u0323i \u0007. ';
  const input = (paragraph: string) => ({
    issueDate: { year: 2023, month: 9 },
    period: { kind: 'month', year: 2023, month: 9 },
    body: [{ part: 'general', content: ['MỞ ĐẦU', paragraph, 'KẾT THÚC'] }],
    signer: { title: 'GIÁM ĐỐC', name: 'Nguyễn Văn A' },
    recipients: { items: ['Lưu: VT, VP.'] },
  });
  const clean = (text: string) => text.replace(/\u0007/g, '').normalize('NFC');

  it('a 1 MB paragraph of hostile text composes, renders to a valid .docx holding it, and to Markdown', async () => {
    const paragraph = megabyte(HOSTILE);
    expect(paragraph.length).toBe(MB);
    expect(MB).toBeLessThanOrEqual(DEFAULT_LIMITS.maxStringLength);
    const { document, diagnostics } = composeReport(input(paragraph), fuzzOptions);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(diagnostics.map((d) => `${d.code} ${d.path.join('.')}`)).toContain('text/forbidden-char body.0.content.1');
    const bytes = await renderDocx(document);
    expect(docxProblems(bytes)).toEqual([]);
    expect(documentXmlText(bytes)).toContain(clean(paragraph).trim());
    // Written (and escaped) in linear time (the bench's linearity row measures it); reading 1 MB of bracket-heavy
    // Markdown back is what is slow (micromark is superlinear on escaped brackets), so the read-back test uses prose.
    const markdown = renderMarkdown(document);
    expect(markdown.length).toBeGreaterThan(MB);
    expect(markdown).not.toMatch(/\u0007/);
  }, 120_000);

  it('a 1 MB paragraph reads back from the Markdown (NFC, forbidden characters removed)', () => {
    const paragraph = `# <b>&</b> | * [^1] ]]> ${megabyte(PROSE)} ~~x~~ \`x\` <!-- [a](b)`;
    const { document } = composeReport(input(paragraph), fuzzOptions);
    const text = documentText(parseMarkdown(renderMarkdown(document)));
    expect(text).toContain(clean(paragraph).trim());
  }, 120_000);

  it('a string of exactly DEFAULT_LIMITS.maxStringLength passes the limits, one more code unit does not', () => {
    const report = input('');
    report.body[0]!.content[1] = 'a'.repeat(DEFAULT_LIMITS.maxStringLength);
    expect(limitDiagnostics(validateReport(report, fuzzOptions))).toEqual([]);
    report.body[0]!.content[1] += 'a';
    expect(limitDiagnostics(validateReport(report, fuzzOptions))).toEqual([
      {
        code: 'input/string-too-long',
        severity: 'error',
        path: ['body', 0, 'content', 1],
        message: `Chuỗi tại body[0].content[1] dài ${DEFAULT_LIMITS.maxStringLength + 1} ký tự, vượt giới hạn ${DEFAULT_LIMITS.maxStringLength}.`,
      },
    ]);
  }, 60_000);

  it('a list of 20 000 items composes and renders', async () => {
    const report: any = input('');
    report.body[0].content = [{ type: 'list', items: Array.from({ length: 20_000 }, (_, i) => `Mục ${i} <w:t>&</w:t> *`) }];
    const { document } = composeReport(report, fuzzOptions);
    expect(docxProblems(await renderDocx(document))).toEqual([]);
    expect(documentText(parseMarkdown(renderMarkdown(document)))).toContain('Mục 19999 <w:t>&</w:t> *');
  }, 120_000);
});
