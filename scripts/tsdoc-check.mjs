// Public API has TSDoc with an example each: lists exported values of a package index whose declaration has no TSDoc @example.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
const pkg = process.argv[2];
const src = `packages/${pkg}/src`;
const files = [];
const walk = (d) => { for (const f of readdirSync(d)) { const p = join(d, f); if (statSync(p).isDirectory()) walk(p); else if (p.endsWith('.ts') && !p.endsWith('.test.ts')) files.push(p); } };
walk(src);
const mod = await import(`@baocao-khcn/${pkg}`);
const missing = [];
for (const name of Object.keys(mod)) {
  let found = false, ok = false;
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    const re = new RegExp(`(/\\*\\*(?:(?!\\*/)[\\s\\S])*\\*/\\s*)?export (?:const|function|class|async function) ${name}\\b`);
    const m = re.exec(text);
    if (m) { found = true; ok = !!m[1] && m[1].includes('@example'); break; }
  }
  if (!ok) missing.push(name + (found ? '' : ' (decl not found)'));
}
console.log(`TSDoc @example: ${pkg}: ${missing.length === 0 ? 'every export has one' : `missing on ${missing.join(', ')}`}`);
if (missing.length > 0) process.exitCode = 1;
