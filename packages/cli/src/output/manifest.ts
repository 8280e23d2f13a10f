import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AtomicWriter } from './atomic';

/** The file in an output directory that lists what baocao wrote there, with a hash of each file's content. */
export const MANIFEST = '.baocao-output.json';

type ManifestData = { files: Record<string, string> };

/** SHA-256 of a file's content, hex. */
export function hashOf(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * baocao's own output in a directory: a file may be overwritten when the manifest lists it with the hash of its
 * current content (baocao wrote it and nobody edited it since), or when it does not exist.
 */
export class OutputManifest {
  private constructor(
    private readonly dir: string,
    private readonly data: ManifestData,
  ) {}

  /** Reads the manifest of `dir` (an absent or unreadable manifest lists nothing). */
  static async read(dir: string): Promise<OutputManifest> {
    try {
      const data = JSON.parse(await readFile(join(dir, MANIFEST), 'utf8')) as ManifestData;
      if (typeof data === 'object' && data !== null && typeof data.files === 'object' && data.files !== null) return new OutputManifest(dir, { files: { ...data.files } });
    } catch {
      // no manifest yet
    }
    return new OutputManifest(dir, { files: {} });
  }

  /** Whether `name` may be written: it does not exist, or it is baocao's unedited output. */
  async mayWrite(name: string): Promise<boolean> {
    let current: Buffer;
    try {
      current = await readFile(join(this.dir, name));
    } catch (error) {
      return (error as { code?: string }).code === 'ENOENT';
    }
    return this.data.files[name] === hashOf(current);
  }

  /** Records that `name` now holds `data`. */
  record(name: string, data: Uint8Array | string): void {
    this.data.files[name] = hashOf(data);
  }

  /** Writes the manifest back (atomically). */
  async save(writer: AtomicWriter): Promise<void> {
    const files = Object.fromEntries(Object.entries(this.data.files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    await writer.write(join(this.dir, MANIFEST), `${JSON.stringify({ files }, null, 2)}\n`);
  }
}
