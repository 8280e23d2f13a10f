// Public API has TSDoc. For every public entry point of every published package (each subpath of its `exports`
// map: `@baocao-khcn/core`, `@baocao-khcn/core/plugin`, `/format`, `/tree`, `@baocao-khcn/render-docx/node`, …),
// every exported name is followed through re-exports (`export { X } from`, `export type`, `export *`) to its
// declaration, which must carry a TSDoc comment:
//   - a function, constant or class: a description and an `@example`;
//   - a type alias or interface: a description (an `@example` where it helps, not required).
// Usage: `node scripts/tsdoc-check.mjs` (every package) or `node scripts/tsdoc-check.mjs core render-docx/node`
// (those entry points). `--root DIR` checks the packages under DIR/packages (the test's fixture). Exits 1 when a
// declaration lacks what it needs, naming each.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const args = process.argv.slice(2);
const rootAt = args.indexOf('--root');
const root = resolve(rootAt === -1 ? '.' : args[rootAt + 1]);
const wanted = rootAt === -1 ? args : args.filter((_, i) => i !== rootAt && i !== rootAt + 1);

/** The entry points `{ id: 'core/plugin', file: '…/src/entry/plugin.ts' }` of the published packages. */
function entryPoints() {
  const out = [];
  for (const dir of readdirSync(join(root, 'packages'))) {
    const manifest = join(root, 'packages', dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
    if (pkg.private) continue;
    for (const subpath of Object.keys(pkg.exports ?? { '.': null })) {
      if (subpath === './package.json') continue;
      const name = subpath === '.' ? 'index' : subpath.slice(2);
      const candidates = [`src/${name}.ts`, `src/entry/${name}.ts`].map((f) => join(root, 'packages', dir, f));
      const file = candidates.find((f) => existsSync(f));
      if (file === undefined) throw new Error(`tsdoc-check: no source for ${pkg.name}${subpath.slice(1)} (looked for ${candidates.join(', ')})`);
      out.push({ id: subpath === '.' ? dir : `${dir}/${name}`, file });
    }
  }
  return out;
}

const KIND_TYPE = ts.SyntaxKind.TypeAliasDeclaration;
const KIND_INTERFACE = ts.SyntaxKind.InterfaceDeclaration;

/** The TSDoc blocks (`/** … *\/`) attached to a declaration (for a `const`, to its statement). */
function docsOf(decl) {
  const node = ts.isVariableDeclaration(decl) ? decl.parent.parent : decl;
  return ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
}

/** What a declaration lacks: `undefined` when its TSDoc is complete. */
function lacking(decl) {
  const docs = docsOf(decl);
  const text = docs.map((d) => (typeof d.comment === 'string' ? d.comment : ts.getTextOfJSDocComment(d.comment) ?? '')).join('').trim();
  const isType = decl.kind === KIND_TYPE || decl.kind === KIND_INTERFACE;
  if (docs.length === 0 || text === '') return 'no TSDoc description';
  if (!isType && !docs.some((d) => (d.tags ?? []).some((t) => t.tagName.text === 'example'))) return 'no @example';
  return undefined;
}

const entries = entryPoints().filter((e) => wanted.length === 0 || wanted.includes(e.id));
const unknown = wanted.filter((w) => !entries.some((e) => e.id === w));
if (unknown.length > 0) {
  console.error(`tsdoc-check: unknown entry point(s): ${unknown.join(', ')}`);
  process.exit(2);
}
const program = ts.createProgram(
  entries.map((e) => e.file),
  { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, strict: true, skipLibCheck: true, noEmit: true, allowJs: false, resolveJsonModule: true },
);
const checker = program.getTypeChecker();
for (const entry of entries) {
  const source = program.getSourceFile(entry.file);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`tsdoc-check: cannot read ${entry.file}`);
  const problems = [];
  let count = 0;
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const decls = (symbol.declarations ?? []).filter((d) => !ts.isSourceFile(d) && !ts.isModuleDeclaration(d));
    count += 1;
    if (decls.length === 0) {
      problems.push(`${exported.name} (declaration not found)`);
      continue;
    }
    // A name may be both a type and a value (`const X` + `type X`, overloads): each declaration needs its TSDoc,
    // except overload signatures after the first documented one.
    const missing = decls.map(lacking).filter((m) => m !== undefined);
    const isOverloaded = decls.length > 1 && decls.every((d) => ts.isFunctionDeclaration(d));
    if (missing.length > 0 && !(isOverloaded && missing.length < decls.length)) problems.push(`${exported.name} (${[...new Set(missing)].join(', ')})`);
  }
  console.log(`TSDoc: ${entry.id}: ${problems.length === 0 ? `all ${count} exports documented` : `missing on ${problems.join('; ')}`}`);
  if (problems.length > 0) process.exitCode = 1;
}
