// The ```ts blocks of a README: run by tests/readme.test.ts against the sources, and by the release rehearsal
// (scripts/release/rehearse.ts) against the packages installed from a registry.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One ```ts block of a README: the file (relative to the root), its index among the file's blocks, its code. */
export interface ReadmeExample {
  file: string;
  index: number;
  code: string;
}

/** The ```ts blocks of `<root>/<file>`, in order. */
export function readmeExamples(root: string, file: string): ReadmeExample[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m, index) => ({ file, index, code: m[1] as string }));
}
