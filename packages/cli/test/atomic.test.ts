/**
 * Atomic writes: a render killed while it writes leaves no partial file under the target name. A preload pauses the
 * CLI at the rename of its temporary file onto the target, the test kills it there: no timing race.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { largeReport } from '../../../bench/large-report';
import { BIN, FIXTURES, scratch } from './helpers';

const PAUSE = fileURLToPath(new URL('./pause-before-rename.cjs', import.meta.url));

/**
 * Renders a large report (a 2,000-row appendix) with `rename` paused (see pause-before-rename.cjs) and sends `signal`
 * once the temporary file is written and flushed and its rename onto `lon.docx` has started.
 */
function killBeforeRename(signal: NodeJS.Signals): Promise<{ dir: string; code: number | null; signal: NodeJS.Signals | null; temp: string }> {
  const dir = scratch();
  writeFileSync(join(dir, 'lon.json'), JSON.stringify({ $profile: join(FIXTURES, 'profile.yaml'), ...largeReport(2_000) }));
  const out = join(dir, 'out');
  const marker = join(out, '.paused-before-rename');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', PAUSE, BIN, 'render', 'lon.json', '-o', 'out', '--docx'], { cwd: dir, stdio: 'ignore' });
    let temp = '';
    const poll = setInterval(() => {
      if (temp === '' && existsSync(marker)) {
        temp = basename(readFileSync(marker, 'utf8'));
        rmSync(marker);
        child.kill(signal);
      }
    }, 5);
    child.on('error', reject);
    child.on('exit', (code, sig) => {
      clearInterval(poll);
      resolve({ dir: out, code, signal: sig, temp });
    });
  });
}

describe('atomic writes', () => {
  it('SIGKILL before the rename: no lon.docx, only the temporary file', async () => {
    const r = await killBeforeRename('SIGKILL');
    expect(r.temp).toMatch(/^\.lon\.docx\.[0-9a-f]{12}\.tmp$/);
    expect(r.signal).toBe('SIGKILL');
    expect(readdirSync(r.dir).filter((f) => f !== '.baocao-output.json').sort()).toEqual([r.temp]);
  });

  it('SIGTERM before the rename: no lon.docx and the temporary file removed, exit 143', async () => {
    const r = await killBeforeRename('SIGTERM');
    expect(r.temp).toMatch(/^\.lon\.docx\.[0-9a-f]{12}\.tmp$/);
    expect(r.code).toBe(143);
    expect(readdirSync(r.dir).filter((f) => f.startsWith('lon') || f.endsWith('.tmp'))).toEqual([]);
  });
});
