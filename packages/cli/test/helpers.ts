/** Runs the BUILT bin (`pnpm test` builds first) in a child process; fixtures and a scratch directory. */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export type Result = { code: number | null; stdout: string; stderr: string };

/** `baocao …args` with `cwd` (default: the fixtures), standard input `input`, and no colour unless `env` asks. */
export function baocao(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): Promise<Result> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env };
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? FIXTURES, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** A fresh scratch directory. */
export function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'baocao-cli-'));
}
