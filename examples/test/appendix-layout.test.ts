/**
 * ND 30 details of the appendix pages (issue 15.10): each appendix numbers its pages from 1, and the tasks
 * appendix of example 004 fits every document reference ("4502/UBND-KGVX") on one line of its column.
 */
import { composeReport } from '@baocao-khcn/core';
import { renderDocx } from '@baocao-khcn/render-docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { measureTwips } from '../../packages/render-docx/src/metrics';
import { examples } from '../registry';

const example = examples.find((e) => e.id === '004-bac-giang-thang-9-2023');
if (example === undefined) throw new Error('example 004 not found');
const { document } = composeReport(example.input, { profile: example.profile, sections: example.sections });

/** The widest left + right margins ND 30 allows (35 + 20 mm), in twips. */
const WIDEST_MARGINS = { left: 35, right: 20 };

describe('appendix pages (ND 30, Phụ lục I, mục III, điểm 1đ)', () => {
  it('restarts the page numbers at 1 in each appendix section, not in the body', async () => {
    const xml = strFromU8(unzipSync(await renderDocx(document))['word/document.xml'] as Uint8Array);
    const sections = [...xml.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(1 + document.appendices.length);
    expect(sections.map((s) => /<w:pgNumType w:start="1"\/>/.test(s))).toEqual([false, ...document.appendices.map(() => true)]);
  });

  it('fits every document reference of the tasks table on one line of its column, with the widest margins', async () => {
    const bytes = await renderDocx(document, { margins: { ...WIDEST_MARGINS } });
    const xml = strFromU8(unzipSync(bytes)['word/document.xml'] as Uint8Array);
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    const appendixTable = tables.at(-1) as string;
    const grid = [...appendixTable.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(7);
    const refs = (example.input.sections?.['nhiem-vu-duoc-giao'] as { tasks: { ref?: string }[] }).tasks.flatMap((t) => (t.ref ? [t.ref] : []));
    expect(refs).toContain('4502/UBND-KGVX');
    const cellMargins = 2 * 57;
    for (const ref of [...refs, '1102/UBND-KGVX']) expect(measureTwips(ref, 'regular', 12) + cellMargins, ref).toBeLessThanOrEqual(grid[1] as number);
  });
});
