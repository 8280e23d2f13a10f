/**
 * Every array of the model at the default maxArrayLength (issue 20.1): nothing overflows the stack (no spread of an
 * input-sized list into a call, no recursion over its items). `to: Array(130000).fill(null)` gives its real
 * diagnostics; a valid report with 130,000 paragraphs in one section validates, composes and renders; every other
 * array of the model holds maxArrayLength (200,000) items and the report validates, composes and renders to Markdown
 * and .docx; one item more gives `input/array-too-long` at that array's exact path, for every array site of the
 * model's JSON Schema (a test fails when a new array field is not listed here). The other
 * limits at their default maximum: maxDepth (a list nested to it composes and renders) and maxNodes (a report of exactly
 * that many values validates; maxStringLength is in limits.test.ts). The `history` option: p5-history.test.ts.
 */
import { ComposeError, composeReport, DEFAULT_LIMITS, defineSection, reportJsonSchema, validateReport } from '@baocao-khcn/core';
import { renderDocx } from '@baocao-khcn/render-docx';
import { renderMarkdown } from '@baocao-khcn/render-md';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { counting, profile, sampleInput } from '../../packages/core/test/fixtures';

// The combined tests put DEFAULT_LIMITS.maxArrayLength (200,000) items into every array (LIMITS_MAX_N overrides it
// for a quick look; the default is the limit's maximum).
const N = Number(process.env['LIMITS_MAX_N'] ?? DEFAULT_LIMITS.maxArrayLength);

const TIMEOUT = 600_000;

/** A section that prints each string of its data as a paragraph. */
const paragraphs = defineSection({
  id: 'nhieu-doan',
  title: 'Nhiều đoạn',
  schema: z.object({ paragraphs: z.array(z.string()) }),
  results: (data) => data.paragraphs,
});
const options = { profile, sections: [counting, paragraphs] };
const fill = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));
const errors = (input: unknown) => validateReport(input, options).filter((d) => d.severity === 'error');

/** Renders to Markdown and .docx without a stack overflow; the last item of each list is in the Markdown. */
async function rendersWhole(document: Parameters<typeof renderMarkdown>[0], last: string[]): Promise<void> {
  const markdown = renderMarkdown(document);
  for (const text of last) expect(markdown.includes(text), text).toBe(true);
  const docx = await renderDocx(document);
  expect(docx.byteLength).toBeGreaterThan(100_000);
}

describe('arrays at maxArrayLength', () => {
  it('to: Array(130000).fill(null) gives one diagnostic per item, from validateReport and in the ComposeError', () => {
    const input = { ...sampleInput(), to: Array(130_000).fill(null) };
    const diagnostics = validateReport(input, options);
    expect(diagnostics.length).toBe(130_000);
    expect(diagnostics.every((d, i) => d.code === 'schema/invalid_type' && d.path.length === 2 && d.path[0] === 'to' && d.path[1] === i)).toBe(true);
    expect(diagnostics.some((d) => d.code === 'internal/error')).toBe(false);
    let thrown: unknown;
    try {
      composeReport(input, options);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ComposeError);
    expect((thrown as ComposeError).diagnostics).toEqual(diagnostics);
  }, TIMEOUT);

  it('a valid report with 130,000 paragraphs in one section validates clean, composes and renders', async () => {
    const input = sampleInput() as unknown as { body: { content: unknown[] }[] };
    input.body[1]!.content.push({ type: 'section', section: 'nhieu-doan', data: { paragraphs: fill(130_000, (i) => `Đoạn ${i}.`) } });
    expect(validateReport(input, options)).toEqual([]);
    const { document } = composeReport(input, options);
    const heading = document.body.find((b) => b.type === 'heading' && b.children[0]?.type === 'text' && b.children[0].text === 'Nhiều đoạn');
    expect(heading).toMatchObject({ level: 2, number: '3.' });
    const before = composeReport(sampleInput(), options).document.body.filter((b) => b.type === 'paragraph').length;
    expect(document.body.filter((b) => b.type === 'paragraph').length).toBe(before + 130_000);
    const markdown = renderMarkdown(document);
    expect(markdown).toContain('Đoạn 129999.');
    const docx = await renderDocx(document);
    expect(docx.byteLength).toBeGreaterThan(100_000);
  }, TIMEOUT);

  it('to, recipients, opening, closing, a part\'s content and a section\'s list hold maxArrayLength items each', async () => {
    const input = {
      ...sampleInput(),
      to: fill(N, (i) => `Nơi ${i}`),
      recipients: { items: fill(N, (i) => `Nơi nhận ${i};`) },
      opening: fill(N, (i) => `Mở đầu ${i}.`),
      closing: fill(N, (i) => `Kết luận ${i}.`),
      body: [
        { part: 'assessment', content: fill(N, (i) => `Đánh giá ${i}.`) },
        { part: 'results', content: [{ type: 'section', section: 'nhieu-doan', heading: false, data: { paragraphs: fill(N, (i) => `Đoạn ${i}.`) } }] },
      ],
    };
    expect(errors(input).slice(0, 3)).toEqual([]);
    const { document } = composeReport(input, options);
    expect(document.to.length).toBe(N);
    expect(document.recipients.items.length).toBe(N);
    expect(document.body.filter((b) => b.type === 'paragraph').length).toBe(4 * N);
    await rendersWhole(document, [`Nơi nhận ${N - 1};`, `Kết luận ${N - 1}.`, `Đoạn ${N - 1}.`]);
  }, TIMEOUT);

  it('list items (flat and nested), table columns, header rows, rows, cells and cell paragraphs hold maxArrayLength items each', async () => {
    const input = sampleInput() as unknown as { body: { content: unknown[] }[] };
    input.body[0]!.content = [
      { type: 'list', items: fill(N, (i) => `Mục ${i}`) },
      { type: 'list', items: [{ content: 'Cha', items: fill(N, (i) => `Con ${i}`) }] },
      { type: 'table', columns: fill(N, () => ({})), headerRows: [fill(N, (i) => `Cột ${i}`)], rows: [{ cells: fill(N, (i) => `Ô ${i}`) }] },
      { type: 'table', columns: [{ title: 'A' }], headerRows: fill(N, () => ['Tiêu đề']), rows: fill(N, (i) => [`Hàng ${i}`]) },
      { type: 'table', columns: [{ title: 'A' }], rows: [[{ content: fill(N, (i) => [`Đoạn ${i}`]) }]] },
    ];
    expect(errors(input).slice(0, 3)).toEqual([]);
    const { document } = composeReport(input, options);
    const [flat, nested] = document.body.filter((b) => b.type === 'list') as any[];
    const [wide, long, tall] = document.body.filter((b) => b.type === 'table') as any[];
    expect(flat.items.length).toBe(N);
    expect(nested.items[0].items.length).toBe(N);
    expect([wide.columns.length, wide.headerRows[0].cells.length, wide.rows[0].cells.length]).toEqual([N, N, N]);
    expect([long.headerRows.length, long.rows.length]).toEqual([N, N]);
    expect(tall.rows[0].cells[0].paragraphs.length).toBe(N);
    await rendersWhole(document, [`Con ${N - 1}`, `Ô ${N - 1}`, `Hàng ${N - 1}`, `Đoạn ${N - 1}`]);
  }, TIMEOUT);

  it('rich text, footnote content, figure breakdowns and show lists, heading content, parts, appendices, their content and căn cứ hold maxArrayLength items each', async () => {
    const input = {
      ...sampleInput(),
      basis: fill(N, (i) => ({ number: `${i + 1}/KH-UBND` })),
      body: [
        { part: 'assessment', content: [
          fill(N, (i) => `từ ${i} `),
          [{ type: 'footnote', content: fill(N, (i) => `chú ${i} `) }],
          [{ type: 'figure', value: N, format: 'count', breakdown: fill(N, () => ({ value: 1 })) }],
          [{ type: 'figure', value: 1, format: 'count', show: fill(N, () => 'plan') }],
          { type: 'heading', title: 'Mục', content: fill(N, (i) => `Đoạn ${i}.`) },
        ] },
        ...fill(N - 1, () => ({ part: 'plans', content: [] })),
      ],
      appendices: [{ title: 'PHỤ LỤC', subtitle: '(Kèm theo)', content: fill(N, (i) => `Phụ lục ${i}.`) }, ...fill(N - 1, () => ({ title: 'PHỤ LỤC', subtitle: '(Kèm theo)' }))],
    };
    expect(errors(input).slice(0, 3)).toEqual([]);
    const { document } = composeReport(input, options);
    expect(document.body.filter((b) => b.type === 'heading' && b.level === 1).length).toBe(N);
    expect(document.appendices.length).toBe(N);
    expect(document.appendices[0]!.blocks.length).toBe(N);
    await rendersWhole(document, [`từ ${N - 1}`, `chú ${N - 1}`, `Phụ lục ${N - 1}.`]);
  }, TIMEOUT);
});

type Json = Record<string, unknown>;
/**
 * Every place of the model that holds an array (named `<$def>.<property>` after the JSON Schema, `Block` and `Row` for
 * the array forms of a block and a row), with a report that puts `list` there and the path where it lands.
 */
const ARRAY_SITES: Record<string, (list: unknown[]) => [Json, (string | number)[]]> = {
  'Report.to': (list) => [{ ...sampleInput(), to: list }, ['to']],
  'Report.basis': (list) => [{ ...sampleInput(), basis: list }, ['basis']],
  'Report.body': (list) => [{ ...sampleInput(), body: list }, ['body']],
  'Report.opening': (list) => [{ ...sampleInput(), opening: list }, ['opening']],
  'Report.closing': (list) => [{ ...sampleInput(), closing: list }, ['closing']],
  'Report.appendices': (list) => [{ ...sampleInput(), appendices: list }, ['appendices']],
  'Recipients.items': (list) => [{ ...sampleInput(), recipients: { items: list } }, ['recipients', 'items']],
  'Appendix.content': (list) => [{ ...sampleInput(), appendices: [{ title: 'PHỤ LỤC', content: list }] }, ['appendices', 0, 'content']],
  'Part.content': (list) => inPart(list, []),
  Block: (list) => inPart([list], [0]),
  RichText: (list) => inPart([{ type: 'heading', title: list }], [0, 'title']),
  'Block.content': (list) => inPart([{ type: 'heading', title: 'Mục', content: list }], [0, 'content']),
  'Block.items': (list) => inPart([{ type: 'list', items: list }], [0, 'items']),
  'ListItem.items': (list) => inPart([{ type: 'list', items: [{ content: 'Cha', items: list }] }], [0, 'items', 0, 'items']),
  'Block.columns': (list) => inPart([{ type: 'table', columns: list, rows: [] }], [0, 'columns']),
  'Block.headerRows': (list) => inPart([{ type: 'table', columns: [{}], headerRows: list, rows: [] }], [0, 'headerRows']),
  'Block.rows': (list) => inPart([{ type: 'table', columns: [{}], rows: list }], [0, 'rows']),
  Row: (list) => inPart([{ type: 'table', columns: [{}], rows: [list] }], [0, 'rows', 0]),
  'Row.cells': (list) => inPart([{ type: 'table', columns: [{}], rows: [{ cells: list }] }], [0, 'rows', 0, 'cells']),
  'Cell.content': (list) => inPart([{ type: 'table', columns: [{}], rows: [[{ content: list }]] }], [0, 'rows', 0, 0, 'content']),
  'Figure.breakdown': (list) => inPart([[{ type: 'figure', value: 1, breakdown: list }]], [0, 0, 'breakdown']),
  'Figure.show': (list) => inPart([[{ type: 'figure', value: 1, show: list }]], [0, 0, 'show']),
};
function inPart(content: unknown[], under: (string | number)[]): [Json, (string | number)[]] {
  return [{ ...sampleInput(), body: [{ part: 'assessment', content }] }, ['body', 0, 'content', ...under]];
}

/** The array sites of the model, read from its JSON Schema: `<$def>.<property>`, or the $def when it is an array form. */
function arraySitesOfSchema(): string[] {
  const out = new Set<string>();
  const walk = (node: unknown, where: string): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n) => walk(n, where));
    const schema = node as Json;
    if (schema['type'] === 'array') out.add(where);
    for (const [key, value] of Object.entries(schema)) {
      if (key === 'properties') for (const [name, sub] of Object.entries(value as Json)) walk(sub, `${where}.${name}`);
      else if (key === '$defs') for (const [name, sub] of Object.entries(value as Json)) walk(sub, name);
      else if (key !== 'items' && typeof value === 'object') walk(value, where);
    }
  };
  walk(reportJsonSchema(), 'Report');
  return [...out].sort();
}

describe('one item more than maxArrayLength, in every array of the model', () => {
  it('the sites tested here are every array site of the model\'s JSON Schema (a new array field must be added here)', () => {
    expect(Object.keys(ARRAY_SITES).sort()).toEqual(arraySitesOfSchema());
  });

  it.each(Object.entries(ARRAY_SITES))('%s: input/array-too-long at its exact path, nothing else', (_site, place) => {
    const n = DEFAULT_LIMITS.maxArrayLength + 1;
    const [input, path] = place(new Array(n).fill('x'));
    const where = path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, '');
    expect(validateReport(input, options)).toEqual([
      { code: 'input/array-too-long', severity: 'error', path, message: `Danh sách tại ${where} có ${n} phần tử, vượt giới hạn ${DEFAULT_LIMITS.maxArrayLength}.` },
    ]);
  });
});

/** Nodes as readInput counts them: every value, the root included. */
function countNodes(value: unknown): number {
  let n = 0;
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    n++;
    if (v !== null && typeof v === 'object') for (const item of Object.values(v)) stack.push(item);
  }
  return n;
}

describe('maxDepth and maxNodes at their default maximum', () => {
  /** A list nested `levels` deep in the first part: item objects at levels 6, 8 … (root 0, body 1, part 2, content 3, list 4, items 5). */
  const nestedList = (levels: number, leaf: unknown) => {
    let item: unknown = { content: leaf };
    for (let i = 1; i < levels; i++) item = { content: `Mức ${levels - i}`, items: [item] };
    const input = sampleInput() as unknown as { body: { content: unknown[] }[] };
    input.body[0]!.content = [{ type: 'list', items: [item] }];
    return input;
  };

  it(`a list nested to maxDepth (${DEFAULT_LIMITS.maxDepth}) validates, composes and renders; one level more is input/too-deep`, async () => {
    // 29 item levels: the deepest item object at level 62, its content array at level 63 = maxDepth - 1.
    const levels = (DEFAULT_LIMITS.maxDepth - 1 - 5) / 2;
    const input = nestedList(levels, ['Lá.']);
    expect(errors(input)).toEqual([]);
    const { document } = composeReport(input, options);
    expect(renderMarkdown(document)).toContain('Lá.');
    expect((await renderDocx(document)).byteLength).toBeGreaterThan(5_000);
    const deeper = validateReport(nestedList(levels, [{ type: 'text', text: 'Lá.' }]), options);
    expect(deeper.map((d) => [d.code, d.path.length])).toEqual([['input/too-deep', DEFAULT_LIMITS.maxDepth]]);
  }, TIMEOUT);

  it(`a report of exactly maxNodes (${DEFAULT_LIMITS.maxNodes.toLocaleString('en')}) values validates; one more is input/too-large`, () => {
    const input = sampleInput() as unknown as { body: unknown[] };
    let left = DEFAULT_LIMITS.maxNodes - countNodes(input);
    while (left > 0) {
      // A part is 3 values (the part, its id, its content list) and its paragraphs.
      const k = Math.min(DEFAULT_LIMITS.maxArrayLength, left - 3);
      input.body.push({ part: 'assessment', content: new Array<string>(k).fill('Đoạn.') });
      left -= 3 + k;
    }
    expect(countNodes(input)).toBe(DEFAULT_LIMITS.maxNodes);
    const diagnostics = validateReport(input, options);
    expect(diagnostics.filter((d) => d.severity === 'error' || d.code === 'internal/error')).toEqual([]);
    (input.body[input.body.length - 1] as { content: string[] }).content.push('Một đoạn nữa.');
    expect(validateReport(input, options).map((d) => [d.code, d.path])).toEqual([['input/too-large', []]]);
  }, 600_000);
});
