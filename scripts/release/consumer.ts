// The consumer side of the rehearsal: an empty folder outside the workspace that installs the published
// packages with plain npm and uses them the way the root README shows — run as ESM and as CommonJS, and
// type-checked under moduleResolution bundler and node16.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { ReadmeExample } from '../readme-examples';

/**
 * A README block as an ES module (top-level await allowed) and as a CommonJS module: imports stay at the top,
 * the rest runs in an async function (CommonJS has no top-level await) and `export` modifiers are dropped.
 */
export function moduleVariants(code: string): { esm: string; cjs: string } {
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const imports: string[] = [];
  const body: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) || ts.isImportEqualsDeclaration(statement)) imports.push(statement.getText(source));
    else if (ts.isExportDeclaration(statement) || ts.isExportAssignment(statement)) continue;
    else {
      const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      const text = statement.getText(source);
      body.push(exported ? text.replace(/^export\s+/, '') : text);
    }
  }
  const cjs = [
    ...imports,
    '',
    'async function main(): Promise<void> {',
    ...body,
    '}',
    '',
    'main().catch((error: unknown) => {',
    '  console.error(error);',
    '  process.exitCode = 1;',
    '});',
    '',
  ].join('\n');
  return { esm: `${code}\nexport {};\n`, cjs };
}

/** TypeScript to JavaScript as one file, the way a user's build would (types stripped, imports kept or required). */
export function transpile(code: string, format: 'esm' | 'cjs'): string {
  const module = format === 'esm' ? ts.ModuleKind.ESNext : ts.ModuleKind.CommonJS;
  const { outputText, diagnostics = [] } = ts.transpileModule(code, {
    compilerOptions: { module, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    reportDiagnostics: true,
  });
  if (diagnostics.length > 0) {
    throw new Error(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n'));
  }
  return outputText;
}

const compilerOptions = { target: 'ES2022', lib: ['ES2022'], types: ['node'], strict: true, noEmit: true };

/** The consumer's files per example: what runs (run/), what is type-checked (bundler/, node16/), and the tsconfigs. */
export function consumerFiles(examples: readonly ReadmeExample[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const example of examples) {
    const name = `readme-${example.index + 1}`;
    const { esm, cjs } = moduleVariants(example.code);
    files.set(`bundler/${name}.ts`, esm);
    files.set(`node16/${name}.mts`, esm);
    files.set(`node16/${name}.cts`, cjs);
    files.set(`run/${name}.mjs`, transpile(esm, 'esm'));
    files.set(`run/${name}.cjs`, transpile(cjs, 'cjs'));
  }
  const tsconfig = (options: object, include: string) =>
    `${JSON.stringify({ compilerOptions: { ...compilerOptions, ...options }, include: [include] }, null, 2)}\n`;
  // bundler also checks the packages' own declaration files; node16 (ESM and CJS declarations of every dependency,
  // twice the work) trusts them as most projects do.
  files.set('tsconfig.bundler.json', tsconfig({ module: 'ESNext', moduleResolution: 'bundler', skipLibCheck: false }, 'bundler'));
  files.set('tsconfig.node16.json', tsconfig({ module: 'node16', moduleResolution: 'node16', skipLibCheck: true }, 'node16'));
  return files;
}

/** Writes an empty npm project into `dir` whose registry is `registry`, with the example files. */
export function writeConsumer(dir: string, registry: string, examples: readonly ReadmeExample[]): string[] {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'release-rehearsal-consumer', private: true }, null, 2)}\n`);
  writeFileSync(join(dir, '.npmrc'), `registry=${registry}\n`);
  const files = consumerFiles(examples);
  for (const [path, text] of files) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return [...files.keys()].filter((f) => f.startsWith('run/'));
}
