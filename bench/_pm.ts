import { periodMentions } from '@baocao-khcn/core';
import { examples } from '@baocao-khcn/examples/registry';
const texts: string[] = [];
const walk = (v: unknown) => { if (typeof v === 'string') { if (/\d{4}/.test(v)) texts.push(v.normalize('NFC')); } else if (Array.isArray(v)) v.forEach(walk); else if (v && typeof v === 'object') Object.values(v).forEach(walk); };
for (const ex of examples) walk(ex.input);
console.log(texts.length, 'texts', texts.reduce((a, t) => a + t.length, 0), 'chars');
const time = (name: string, f: (t: string) => unknown) => { for (let k = 0; k < 50; k++) for (const t of texts) f(t); let best = Infinity; for (let r = 0; r < 15; r++) { const t0 = performance.now(); for (let k = 0; k < 20; k++) for (const t of texts) f(t); best = Math.min(best, (performance.now() - t0) / 20); } console.log(name, best.toFixed(3), 'ms per pass (min)'); };
time('periodMentions', periodMentions);
const src = (periodMentions as unknown as { toString(): string }).toString();
const S = '\\s+';
const YEAR_SUFFIX = `(?:\\s*\\/\\s*(\\d{4})|${S}năm${S}(\\d{4}))?`;
const body = [
  `(ngày${S}(?:\\d{1,2}${S})?tháng${S}(?:\\d{1,2}${S})?năm${S}\\d{4}|ngày${S}\\d{1,2}${S}tháng${S}\\d{1,2})`,
  `(0?[369]|ba|sáu|chín)${S}tháng${S}(đầu|cuối)${S}năm(?:${S}(\\d{4}))?`,
  `quý${S}(IV|III|II|I|[1-4])${YEAR_SUFFIX}`,
  `tháng${S}(0?[1-9]|1[0-2])${YEAR_SUFFIX}`,
  `năm${S}(\\d{4})(?!\\s*[-–—]\\s*\\d)`,
].join('|');
const P0 = new RegExp('(?<![\\p{L}\\p{N}])(?:' + body + ')(?![\\p{L}\\p{N}])', 'giu');
const P1 = new RegExp('(?=[nbscqt0369])(?<![\\p{L}\\p{N}])(?:' + body + ')(?![\\p{L}\\p{N}])', 'giu');
const run = (re: RegExp) => (t: string) => { const out: [number, string][] = []; re.lastIndex = 0; for (let m = re.exec(t); m; m = re.exec(t)) out.push([m.index, m.slice(0).join('|')]); return out; };
const viaMatchAll = (t: string) => [...t.matchAll(P0)].map((m) => [m.index, m.slice(0).join('|')]);
const P2 = new RegExp('(?=ngày|năm|tháng|quý|ba|sáu|chín|[0369])(?<![\\p{L}\\p{N}])(?:' + body + ')(?![\\p{L}\\p{N}])', 'giu');
const P3 = new RegExp('(?=ng|nă|th|qu|ba|sá|ch|[0369])(?<![\\p{L}\\p{N}])(?:' + body + ')(?![\\p{L}\\p{N}])', 'giu');
time('exec P2', run(P2));
time('exec P3', run(P3));
for (const t of texts) if (JSON.stringify(run(P0)(t)) !== JSON.stringify(run(P2)(t)) || JSON.stringify(run(P0)(t)) !== JSON.stringify(run(P3)(t))) console.log('DIFF23');
time('matchAll P0', viaMatchAll);
time('exec P0', run(P0));
time('exec P1', run(P1));
// equivalence
let diff = 0;
const samples = [...texts, 'ſáu tháng đầu năm 2022', 'QUÝ IV NĂM 2023', 'ngày 05 tháng 10 năm 2023 và tháng 9/2023', 'Ba tháng cuối năm 2021', 'năm 2021 - 2025', '3 tháng đầu năm 2022'];
for (const t of samples) if (JSON.stringify(run(P0)(t)) !== JSON.stringify(run(P1)(t)) || JSON.stringify(run(P0)(t)) !== JSON.stringify(viaMatchAll(t))) diff++;
console.log('diff', diff);
