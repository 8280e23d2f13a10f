import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../src', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('browser entry', () => {
  it('imports no Node built-in outside src/node.ts (the main entry works in browsers)', () => {
    const offenders = files(src)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith(`${join('src', 'node.ts')}`))
      .filter((f) => /from ['"](node:|fs|path|os|buffer|stream)['"/]/.test(readFileSync(f, 'utf8')) || /\bBuffer\b|\bprocess\./.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
