import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes files whole or not at all: each goes to a temporary name in the same directory (`.x.docx.<random>.tmp`),
 * is flushed to disk, then renamed over the target. `cleanup()` removes the temporary files still open, for a
 * signal handler.
 */
export class AtomicWriter {
  readonly #pending = new Set<string>();

  /** Writes `data` to `path` atomically. */
  async write(path: string, data: Uint8Array | string): Promise<void> {
    const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
    this.#pending.add(temp);
    try {
      const handle = await open(temp, 'wx', 0o644);
      try {
        await handle.writeFile(data);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, path);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    } finally {
      this.#pending.delete(temp);
    }
  }

  /** Removes the temporary files of writes still under way (synchronously: called from a signal handler). */
  cleanup(): void {
    for (const temp of this.#pending) {
      try {
        unlinkSync(temp);
      } catch {
        // already renamed or never created
      }
    }
    this.#pending.clear();
  }
}
