// Public API has TSDoc with an example each: lists the exported values of each package index given
// or subpath export (`node scripts/tsdoc-check.mjs core core/plugin sections …`) whose declaration has no TSDoc @example; exits 1 if any.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The source files of a package (tests left out), with their text. */
function sources(dir, out = []) {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) sources(p, out);
    else if (p.endsWith('.ts') && !p.endsWith('.test.ts')) out.push(readFileSync(p, 'utf8'));
  }
  return out;
}

for (const pkg of process.argv.slice(2)) {
  // `core/plugin` is the subpath export `@baocao-khcn/core/plugin`, declared in `packages/core/src`.
  const texts = sources(`packages/${pkg.split('/')[0]}/src`);
  const mod = await import(`@baocao-khcn/${pkg}`);
  const missing = [];
  for (const name of Object.keys(mod)) {
    const re = new RegExp(`(/\\*\\*(?:(?!\\*/)[\\s\\S])*\\*/\\s*)?export (?:const|function|class|async function) ${name}\\b`);
    const m = texts.map((text) => re.exec(text)).find((match) => match !== null);
    if (m === undefined) missing.push(`${name} (decl not found)`);
    else if (!m[1]?.includes('@example')) missing.push(name);
  }
  console.log(`TSDoc @example: ${pkg}: ${missing.length === 0 ? 'every export has one' : `missing on ${missing.join(', ')}`}`);
  if (missing.length > 0) process.exitCode = 1;
}
