import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, zipParts } from './zip';

describe('zipParts', () => {
  it('gives the same bytes whatever the order of the parts, [Content_Types].xml and _rels/.rels first', () => {
    const types = { name: '[Content_Types].xml', data: strToU8('<Types/>') };
    const rels = { name: '_rels/.rels', data: strToU8('<R/>') };
    const document = { name: 'word/document.xml', data: strToU8('<w:document/>') };
    const a = zipParts([document, rels, types]);
    expect(zipParts([types, document, rels])).toEqual(a);
    expect(Object.keys(unzipSync(a))).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
    // Every entry dated 1980-01-01 00:00 (DOS date 0x0021, time 0), no extra field.
    const view = new DataView(a.buffer);
    expect([view.getUint16(10, true), view.getUint16(12, true), view.getUint16(28, true)]).toEqual([0, 0x21, 0]);
  });

  it('compresses each part as fflate does at its default level (the bytes docx 9 zipped)', () => {
    const data = strToU8('<w:t>Số liệu quý III</w:t>'.repeat(200));
    const ours = zipParts([{ name: 'a.xml', data }]);
    const theirs = zipSync({ 'a.xml': data });
    // The compressed data starts after the 30-byte local header and the name, in both.
    const compressed = (zip: Uint8Array) => zip.subarray(30 + 5, 30 + 5 + new DataView(zip.buffer, zip.byteOffset).getUint32(18, true));
    expect(compressed(ours)).toEqual(compressed(theirs));
  });

  it('keeps the content of any parts (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.stringMatching(/^[a-z]{1,8}(\/[a-z]{1,8})?\.xml$/), fc.string(), { minKeys: 1, maxKeys: 8 }), (dict) => {
        const parts = Object.entries(dict).map(([name, text]) => ({ name, data: strToU8(text) }));
        const back = unzipSync(zipParts(parts));
        expect(Object.keys(back)).toEqual(Object.keys(dict).sort());
        for (const { name, data } of parts) expect(back[name]).toEqual(data);
      }),
      { numRuns: 50 },
    );
  });
});

describe('crc32', () => {
  it('is the IEEE CRC-32', () => {
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
    // Lengths that are not a multiple of four (the bytes after the last whole group of four).
    expect(crc32(strToU8('12345678901'))).toBe(0x539ae4ee);
    expect(crc32(strToU8('a'))).toBe(0xe8b7be43);
  });
});
