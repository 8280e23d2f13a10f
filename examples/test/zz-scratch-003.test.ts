import { it } from 'vitest';
import { composeReport, defineAreaSection, type AnySectionPlugin } from '@baocao-khcn/core';
import { renderMarkdown } from '@baocao-khcn/render-md';
import { profile } from '../003-bac-kan-6-thang-2023/profile';
import { report } from '../003-bac-kan-6-thang-2023/report';
import { headingSequence, loadSeed, numberCoverage, wordCoverage } from './fidelity';
import { writeFileSync } from 'node:fs';

it('scratch', async () => {
  const ids = ['tham-muu','nghien-cuu-khcn','khcn-co-so','quan-ly-cong-nghe','an-toan-buc-xa','so-huu-tri-tue','thong-tin-thong-ke','tieu-chuan-do-luong-chat-luong','hoat-dong-su-nghiep','thuc-hien-nghi-quyet','van-phong-to-chuc','danh-gia-chung'];
  const sections: AnySectionPlugin[] = [];
  for (const id of ids) {
    const mod = await import(`../../packages/sections/src/${id}.ts`);
    sections.push(Object.values(mod).find((v: any) => v && v.kind === 'section' && v.id === id) as AnySectionPlugin);
  }
  sections.push(defineAreaSection({ id: 'thanh-tra', title: 'x', figures: {} }));
  const { document, diagnostics } = composeReport(report, { profile, sections });
  const md = renderMarkdown(document);
  const mdi = renderMarkdown(document, { footnotes: 'inline' });
  writeFileSync('/tmp/003.md', md);
  writeFileSync('/tmp/003-inline.md', mdi);
  const seed = loadSeed('003_40fd22f00ea810c7.txt');
  console.log(JSON.stringify(diagnostics, null, 1));
  console.log(headingSequence(document).join('\n'));
  console.log(numberCoverage(seed, md));
  const w1 = wordCoverage(seed, md), w2 = wordCoverage(seed, mdi);
  console.log('gfm', w1.coverage, 'inline', w2.coverage);
  console.log('MISSING inline:', w2.missing.join(' '));
});
