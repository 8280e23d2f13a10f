// TEMPORARY reference harness (perf work): hashes of every output, to prove byte-identical behaviour.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { composeReport, defineProfile, validateReport, type BlockNode, type InlineNode, type ListItemNode, type TableCellNode, type ReportDocument } from '@baocao-khcn/core';
import { renderDocx } from '@baocao-khcn/render-docx';
import { examples } from '@baocao-khcn/examples/registry';
import { composableReport, wildReport, fuzzOptions } from './_arb';
import { cell, row, sampleReport, t } from '../packages/render-docx/test/fixture';
import { largeReport } from './large-report';

const out: Record<string, string> = {};
const h = (x: string | Uint8Array) => createHash('sha256').update(x).digest('hex').slice(0, 16);
const j = (x: unknown) => { try { return JSON.stringify(x, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v)); } catch (e) { return 'ERR ' + String(e); } };
const safe = <T,>(f: () => T): T | string => { try { return f(); } catch (e) { return 'THROW ' + (e instanceof Error ? e.message : String(e)); } };
async function docx(name: string, doc: ReportDocument, options: Record<string, unknown> = {}) {
  const diags: unknown[] = [];
  try {
    const bytes = await renderDocx(doc, { ...options, onDiagnostic: (d) => diags.push(d) });
    out[`${name}/docx`] = h(bytes);
  } catch (e) { out[`${name}/docx`] = 'THROW ' + String(e); }
  out[`${name}/docx-diag`] = h(j(diags));
}
const only = process.argv[3];
for (const ex of examples) {
  const options = { profile: ex.profile, sections: ex.sections };
  out[`${ex.id}/validate`] = h(j(validateReport(ex.input, options)));
  for (const limits of [{ maxNodes: 500 }, { maxDepth: 5 }, { maxStringLength: 50 }, { maxArrayLength: 3 }, { maxDepth: 7, maxStringLength: 200 }]) {
    out[`${ex.id}/limits${JSON.stringify(limits)}`] = h(j(validateReport(ex.input, { ...options, limits })));
  }
  const typo = JSON.parse(JSON.stringify(ex.input, (k, v) => (k === 'title' ? undefined : v)));
  typo.signer.nmae = 'x'; typo.extra = { a: 1 };
  out[`${ex.id}/typo`] = h(j(validateReport(typo, options)));
  const r = composeReport(ex.input, options);
  out[`${ex.id}/compose`] = h(j(r));
  await docx(ex.id, r.document);
  await docx(ex.id + '/opts', r.document, { fontSize: 14 });
}
await docx('fixture', sampleReport());
const profile = defineProfile({ id: 'bench', name: 'bench', agency: { parent: 'UBND TỈNH BẮC GIANG', name: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', code: 'KHCN', place: 'Bắc Giang' }, headingScheme: ['roman', 'arabic'], parts: [{ id: 'results', title: 'KẾT QUẢ', mode: 'results' }] });
for (const n of only === 'small' ? [10, 300] : [10, 300, 3000]) {
  const r = composeReport(largeReport(n), { profile, limits: { maxArrayLength: 1_000_000, maxNodes: 50_000_000 } });
  out[`large${n}/compose`] = h(j(r));
  await docx(`large${n}`, r.document);
}
// Random reports.
const runs = Number(process.argv[4] ?? 300);
fc.sample(composableReport(), { seed: 42, numRuns: runs }).forEach((input, i) => {
  out[`composable${i}/validate`] = h(j(safe(() => validateReport(input, fuzzOptions))));
  out[`composable${i}/compose`] = h(j(safe(() => composeReport(input, fuzzOptions))));
});
for (const [i, input] of fc.sample(composableReport(), { seed: 7, numRuns: Math.ceil(runs / 3) }).entries()) {
  const r = safe(() => composeReport(input, fuzzOptions));
  if (typeof r !== 'string') await docx(`composable-docx${i}`, r.document);
}
fc.sample(wildReport(), { seed: 43, numRuns: runs }).forEach((input, i) => {
  if (process.env.DUMP === `wild${i}`) console.log(j(safe(() => validateReport(input, fuzzOptions))));
  out[`wild${i}/validate`] = h(j(safe(() => validateReport(input, fuzzOptions))));
  const c = safe(() => composeReport(input, fuzzOptions));
  out[`wild${i}/compose`] = h(j(typeof c === 'string' ? c : c));
});
// Random document trees (as render-docx's fuzz test).
const anyText = fc.string({ unit: 'binary', maxLength: 40 });
const inline: fc.Arbitrary<InlineNode> = fc.oneof(
  fc.record({ type: fc.constant('text' as const), text: anyText, bold: fc.boolean(), italic: fc.boolean(), superscript: fc.boolean() }),
  fc.record({ type: fc.constant('footnote' as const), number: fc.integer({ min: -2, max: 6 }), children: fc.array(anyText.map((s) => t(s)), { maxLength: 2 }) }),
);
const leafItem: fc.Arbitrary<ListItemNode> = fc.record({ marker: anyText, children: fc.array(inline, { maxLength: 2 }), items: fc.constant<ListItemNode[]>([]) });
const tableCell: fc.Arbitrary<TableCellNode> = fc
  .record({ text: anyText, colSpan: fc.integer({ min: 0, max: 4 }), rowSpan: fc.integer({ min: 0, max: 4 }), bold: fc.boolean(), italic: fc.boolean(), align: fc.constantFrom('left', 'center', 'right', 'justify'), extra: fc.array(fc.array(inline, { maxLength: 3 }), { maxLength: 3 }) })
  .map(({ text, colSpan, rowSpan, bold, italic, align, extra }) => ({ ...cell(text, { colSpan, rowSpan, bold, italic, align: align as TableCellNode['align'] }), ...(extra.length ? { paragraphs: extra } : {}) }));
const block: fc.Arbitrary<BlockNode> = fc.oneof(
  fc.record({ type: fc.constant('paragraph' as const), align: fc.constantFrom('justify', 'left', 'center', 'right'), indent: fc.boolean(), children: fc.array(inline, { maxLength: 4 }) }),
  fc.record({ type: fc.constant('heading' as const), level: fc.integer({ min: 0, max: 12 }), style: fc.constantFrom('part', 'upper-alpha', 'roman', 'arabic', 'decimal', 'alpha', 'none'), number: anyText, children: fc.array(inline, { maxLength: 3 }) }),
  fc.record({ type: fc.constant('list' as const), items: fc.array(fc.record({ marker: anyText, children: fc.array(inline, { maxLength: 2 }), items: fc.array(leafItem, { maxLength: 2 }) }), { maxLength: 3 }) }),
  fc.record({
    type: fc.constant('table' as const),
    columns: fc.array(fc.double({ min: -1, max: 2 }).map((width) => ({ width })), { maxLength: 5 }),
    caption: fc.option(fc.array(inline, { maxLength: 2 }), { nil: undefined }),
    headerRows: fc.array(fc.array(tableCell, { maxLength: 5 }).map((cells) => row(cells)), { maxLength: 2 }),
    rows: fc.array(fc.tuple(fc.array(tableCell, { maxLength: 6 }), fc.boolean()).map(([cells, group]) => row(cells, group)), { maxLength: 6 }),
  }),
);
const trees = fc.sample(fc.record({ body: fc.array(block, { maxLength: 6 }), app: fc.array(block, { maxLength: 3 }), land: fc.boolean() }), { seed: 44, numRuns: runs });
for (const [i, x] of trees.entries()) {
  const base = sampleReport();
  const doc = { ...base, body: x.body as BlockNode[], appendices: [{ ...(base.appendices[0] ?? { title: [t('PL')] }), orientation: x.land ? 'landscape' : 'portrait', blocks: x.app as BlockNode[] }] } as ReportDocument;
  await docx(`tree${i}`, doc);
}
writeFileSync(process.argv[2] ?? '/tmp/ref/out.json', JSON.stringify(out, null, 0).replace(/","/g, '",\n"'));
console.log(Object.keys(out).length, 'entries');
