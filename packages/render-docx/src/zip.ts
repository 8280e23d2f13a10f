/**
 * Deterministic zip. docx zips with fflate and stamps every entry with the current time; this
 * rewrites the archive without recompressing: the same compressed bytes and CRCs, entries in a
 * fixed order (`[Content_Types].xml`, `_rels/.rels`, then by name), every timestamp fixed at
 * 1980-01-01 00:00, no extra fields, no comment. Pure byte work: no dependency, runs in browsers.
 */

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
/** DOS date of 1980-01-01 (year 0 since 1980, month 1, day 1); DOS time 00:00:00 is 0. */
const DOS_DATE = (1 << 5) | 1;
const DOS_TIME = 0;
/** General-purpose flag bits kept: 11 (names are UTF-8). Bit 3 (data descriptor) is dropped. */
const KEEP_FLAGS = 1 << 11;

/** `name` is the raw bytes as Latin-1: only compared, byte order = UTF-8 code point order. */
type Entry = { name: string; nameBytes: Uint8Array; flags: number; method: number; crc: number; size: number; data: Uint8Array };

const FIRST = ['[Content_Types].xml', '_rels/.rels'];

/** The fixed order of entries: the content types and package relationships first, then by name. */
function compareNames(a: string, b: string): number {
  const ia = FIRST.indexOf(a);
  const ib = FIRST.indexOf(b);
  if (ia !== -1 || ib !== -1) return (ia === -1 ? FIRST.length : ia) - (ib === -1 ? FIRST.length : ib);
  return a < b ? -1 : a > b ? 1 : 0;
}

function readEntries(zip: Uint8Array): Entry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('render-docx: not a zip archive (no end of central directory)');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (view.getUint32(at, true) !== CENTRAL) throw new Error('render-docx: corrupt zip central directory');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const nameBytes = zip.slice(at + 46, at + 46 + nameLength);
    if (view.getUint32(local, true) !== LOCAL) throw new Error('render-docx: corrupt zip local header');
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entries.push({
      name: String.fromCharCode(...nameBytes),
      nameBytes,
      flags: flags & KEEP_FLAGS,
      method,
      crc,
      size,
      data: zip.subarray(start, start + compressed),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Rewrites a zip archive deterministically (see the module comment). Content is untouched: the
 * result unzips to exactly the same files.
 *
 * @example
 * ```ts
 * const a = normalizeZip(await Packer.pack(doc, 'uint8array'));
 * const b = normalizeZip(await Packer.pack(doc, 'uint8array')); // a second later
 * // a and b are byte-identical
 * ```
 */
export function normalizeZip(zip: Uint8Array): Uint8Array {
  const entries = readEntries(zip).sort((a, b) => compareNames(a.name, b.name));
  const localSize = entries.reduce((n, e) => n + 30 + e.nameBytes.length + e.data.length, 0);
  const centralSize = entries.reduce((n, e) => n + 46 + e.nameBytes.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  for (const e of entries) {
    offsets.push(at);
    view.setUint32(at, LOCAL, true);
    view.setUint16(at + 4, 20, true); // version needed: 2.0
    view.setUint16(at + 6, e.flags, true);
    view.setUint16(at + 8, e.method, true);
    view.setUint16(at + 10, DOS_TIME, true);
    view.setUint16(at + 12, DOS_DATE, true);
    view.setUint32(at + 14, e.crc, true);
    view.setUint32(at + 18, e.data.length, true);
    view.setUint32(at + 22, e.size, true);
    view.setUint16(at + 26, e.nameBytes.length, true);
    view.setUint16(at + 28, 0, true);
    out.set(e.nameBytes, at + 30);
    out.set(e.data, at + 30 + e.nameBytes.length);
    at += 30 + e.nameBytes.length + e.data.length;
  }
  const centralStart = at;
  entries.forEach((e, i) => {
    view.setUint32(at, CENTRAL, true);
    view.setUint16(at + 4, 20, true); // version made by: 2.0, MS-DOS
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, e.flags, true);
    view.setUint16(at + 10, e.method, true);
    view.setUint16(at + 12, DOS_TIME, true);
    view.setUint16(at + 14, DOS_DATE, true);
    view.setUint32(at + 16, e.crc, true);
    view.setUint32(at + 20, e.data.length, true);
    view.setUint32(at + 24, e.size, true);
    view.setUint16(at + 28, e.nameBytes.length, true);
    // extra length, comment length, disk number, internal and external attributes: all 0
    view.setUint32(at + 42, offsets[i] ?? 0, true);
    out.set(e.nameBytes, at + 46);
    at += 46 + e.nameBytes.length;
  });
  view.setUint32(at, END, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}
