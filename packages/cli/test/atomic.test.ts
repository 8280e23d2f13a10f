/**
 * Atomic writes: a render killed while it writes leaves no partial file under the target name. The test watches
 * the output directory and kills the process as soon as its temporary file appears, i.e. in the middle of writing.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { largeReport } from '../../../bench/large-report';
import { BIN, FIXTURES, scratch } from './helpers';

/** Renders a large report (a 20,000-row appendix) and sends `signal` once a temporary file shows up. */
function killWhileWriting(signal: NodeJS.Signals): Promise<{ dir: string; code: number | null; signal: NodeJS.Signals | null; sawTemp: boolean }> {
  const dir = scratch();
  writeFileSync(join(dir, 'lon.json'), JSON.stringify({ $profile: join(FIXTURES, 'profile.yaml'), ...largeReport(20_000) }));
  const out = join(dir, 'out');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'render', 'lon.json', '-o', 'out', '--docx'], { cwd: dir, stdio: 'ignore' });
    let sawTemp = false;
    let watcher: ReturnType<typeof watch> | undefined;
    const poll = setInterval(() => {
      if (watcher === undefined && existsSync(out)) {
        watcher = watch(out, (_event, name) => {
          if (!sawTemp && name?.endsWith('.tmp')) {
            sawTemp = true;
            child.kill(signal);
          }
        });
      }
    }, 5);
    child.on('error', reject);
    child.on('exit', (code, sig) => {
      clearInterval(poll);
      watcher?.close();
      resolve({ dir: out, code, signal: sig, sawTemp });
    });
  });
}

describe('atomic writes', () => {
  it('SIGKILL in the middle of writing: no lon.docx, only the temporary file', async () => {
    const r = await killWhileWriting('SIGKILL');
    expect(r.sawTemp).toBe(true);
    expect(r.signal).toBe('SIGKILL');
    const files = readdirSync(r.dir);
    expect(files).not.toContain('lon.docx');
    expect(files.filter((f) => f !== '.baocao-output.json').every((f) => /^\.lon\.docx\.[0-9a-f]{12}\.tmp$/.test(f))).toBe(true);
  });

  it('SIGTERM in the middle of writing: no lon.docx and the temporary file removed, exit 143', async () => {
    const r = await killWhileWriting('SIGTERM');
    expect(r.sawTemp).toBe(true);
    expect(r.code).toBe(143);
    expect(readdirSync(r.dir).filter((f) => f.startsWith('lon') || f.endsWith('.tmp'))).toEqual([]);
  });
});
