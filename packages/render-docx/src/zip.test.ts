import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { normalizeZip } from './zip';

describe('normalizeZip', () => {
  it('gives the same bytes for archives zipped at different times and in different orders', () => {
    const files = { 'word/document.xml': strToU8('<w:document/>'), '[Content_Types].xml': strToU8('<Types/>'), '_rels/.rels': strToU8('<R/>') };
    const a = zipSync(files, { mtime: new Date('2020-01-01T10:00:00') });
    const b = zipSync(
      { '_rels/.rels': files['_rels/.rels'], 'word/document.xml': files['word/document.xml'], '[Content_Types].xml': files['[Content_Types].xml'] },
      { mtime: new Date('2024-06-30T23:59:58') },
    );
    expect(a).not.toEqual(b);
    expect(normalizeZip(a)).toEqual(normalizeZip(b));
  });

  it('keeps the content and puts [Content_Types].xml and _rels/.rels first (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.stringMatching(/^[a-z]{1,8}(\/[a-z]{1,8})?\.xml$/), fc.string(), { minKeys: 1, maxKeys: 8 }), (dict) => {
        const input = { ...Object.fromEntries(Object.entries(dict).map(([k, v]) => [k, strToU8(v)])), '[Content_Types].xml': strToU8('<Types/>') };
        const out = normalizeZip(zipSync(input, { level: 6 }));
        const back = unzipSync(out);
        expect(Object.keys(back)[0]).toBe('[Content_Types].xml');
        expect(Object.keys(back).slice(1)).toEqual(Object.keys(back).slice(1).sort());
        for (const [k, v] of Object.entries(input)) expect(back[k]).toEqual(v);
        expect(normalizeZip(out)).toEqual(out);
      }),
      { numRuns: 50 },
    );
  });

  it('refuses bytes that are not a zip archive', () => {
    expect(() => normalizeZip(new Uint8Array(40))).toThrow('not a zip archive');
  });
});
