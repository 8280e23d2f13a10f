/** Child process of the scaling benchmark: compose + renderDocx + renderMarkdown of one large report; prints JSON. */
import { composeReport } from '@baocao-khcn/core';
import { renderDocx } from '@baocao-khcn/render-docx';
import { renderMarkdown } from '@baocao-khcn/render-md';
import { largeLimits, largeProfile as profile } from './large-profile';
import { largeReport } from './large-report';

const rows = Number(process.argv[2] ?? 1000);
const input = largeReport(rows);
const t0 = performance.now();
const { document } = composeReport(input, { profile, limits: largeLimits });
const t1 = performance.now();
const docx = await renderDocx(document);
const t2 = performance.now();
const md = renderMarkdown(document);
const t3 = performance.now();
console.log(
  JSON.stringify({
    rows,
    compose: t1 - t0,
    docx: t2 - t1,
    markdown: t3 - t2,
    total: t3 - t0,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    docxBytes: docx.byteLength,
    mdBytes: md.length,
  }),
);
