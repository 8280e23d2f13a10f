/**
 * Deterministic zip of the package parts: each part DEFLATE-compressed by fflate at its default level (6), entries
 * in a fixed order (`[Content_Types].xml`, `_rels/.rels`, then by name), every timestamp 1980-01-01 00:00, no
 * extra fields, no comment, names ASCII. Runs in browsers.
 */
import { deflateSync } from 'fflate';

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
/** DOS date of 1980-01-01 (year 0 since 1980, month 1, day 1); DOS time 00:00:00 is 0. */
const DOS_DATE = (1 << 5) | 1;
const DOS_TIME = 0;
const DEFLATE = 8;

const FIRST = ['[Content_Types].xml', '_rels/.rels'];

/** The fixed order of entries: the content types and package relationships first, then by name. */
function compareNames(a: string, b: string): number {
  const ia = FIRST.indexOf(a);
  const ib = FIRST.indexOf(b);
  if (ia !== -1 || ib !== -1) return (ia === -1 ? FIRST.length : ia) - (ib === -1 ? FIRST.length : ib);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** CRC-32 tables for four bytes at a time (slicing by 4): table k gives the CRC of a byte followed by k zero bytes. */
let crcTables: Uint32Array | undefined;

function tables(): Uint32Array {
  const t = new Uint32Array(1024);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++) {
    let c = t[n] as number;
    for (let k = 1; k < 4; k++) {
      c = (t[c & 0xff] as number) ^ (c >>> 8);
      t[k * 256 + n] = c;
    }
  }
  return t;
}

/**
 * CRC-32 (IEEE) of `data`, as zip stores it; four bytes at a time (a long document part is megabytes).
 *
 * @example
 * ```ts
 * crc32(new TextEncoder().encode('123456789')); // 0xcbf43926
 * ```
 */
export function crc32(data: Uint8Array): number {
  crcTables ??= tables();
  const t = crcTables;
  let crc = 0xffffffff;
  let i = 0;
  for (const end = data.length - (data.length % 4); i < end; i += 4) {
    crc ^= (data[i] as number) | ((data[i + 1] as number) << 8) | ((data[i + 2] as number) << 16) | ((data[i + 3] as number) << 24);
    crc =
      (t[768 + (crc & 0xff)] as number) ^ (t[512 + ((crc >>> 8) & 0xff)] as number) ^ (t[256 + ((crc >>> 16) & 0xff)] as number) ^ (t[crc >>> 24] as number);
  }
  for (; i < data.length; i++) crc = (t[(crc ^ (data[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** The bytes of an ASCII name. */
function ascii(name: string): Uint8Array {
  const bytes = new Uint8Array(name.length);
  for (let i = 0; i < name.length; i++) bytes[i] = name.charCodeAt(i);
  return bytes;
}

/**
 * Zips the parts deterministically (see the module comment): identical parts give identical bytes.
 *
 * @example
 * ```ts
 * zipParts([{ name: 'word/document.xml', data: documentXml }, { name: '[Content_Types].xml', data: types }]);
 * // Uint8Array starting with "PK", [Content_Types].xml first
 * ```
 */
export function zipParts(parts: readonly { name: string; data: Uint8Array }[]): Uint8Array {
  const entries = [...parts]
    .sort((a, b) => compareNames(a.name, b.name))
    .map((part) => ({ name: ascii(part.name), crc: crc32(part.data), size: part.data.length, data: deflateSync(part.data, { level: 6 }) }));
  const localSize = entries.reduce((n, e) => n + 30 + e.name.length + e.data.length, 0);
  const centralSize = entries.reduce((n, e) => n + 46 + e.name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  for (const e of entries) {
    offsets.push(at);
    view.setUint32(at, LOCAL, true);
    view.setUint16(at + 4, 20, true); // version needed: 2.0
    view.setUint16(at + 8, DEFLATE, true);
    view.setUint16(at + 10, DOS_TIME, true);
    view.setUint16(at + 12, DOS_DATE, true);
    view.setUint32(at + 14, e.crc, true);
    view.setUint32(at + 18, e.data.length, true);
    view.setUint32(at + 22, e.size, true);
    view.setUint16(at + 26, e.name.length, true);
    out.set(e.name, at + 30);
    out.set(e.data, at + 30 + e.name.length);
    at += 30 + e.name.length + e.data.length;
  }
  const centralStart = at;
  entries.forEach((e, i) => {
    view.setUint32(at, CENTRAL, true);
    view.setUint16(at + 4, 20, true); // version made by: 2.0, MS-DOS
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 10, DEFLATE, true);
    view.setUint16(at + 12, DOS_TIME, true);
    view.setUint16(at + 14, DOS_DATE, true);
    view.setUint32(at + 16, e.crc, true);
    view.setUint32(at + 20, e.data.length, true);
    view.setUint32(at + 24, e.size, true);
    view.setUint16(at + 28, e.name.length, true);
    // flags, extra length, comment length, disk number, internal and external attributes: all 0
    view.setUint32(at + 42, offsets[i] ?? 0, true);
    out.set(e.name, at + 46);
    at += 46 + e.name.length;
  });
  view.setUint32(at, END, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}
