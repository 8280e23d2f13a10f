import { unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { renderDocx } from '@baocao-khcn/render-docx';
import { sampleReport } from './fixture';
import { unzipDocx } from './helpers';

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

describe('determinism', () => {
  it('renders identical input to byte-identical files', async () => {
    const a = await renderDocx(sampleReport());
    const b = await renderDocx(sampleReport());
    expect(sameBytes(a, b)).toBe(true);
  });

  it('does not depend on earlier renders (no module-level counters)', async () => {
    const first = await renderDocx(sampleReport());
    await renderDocx(sampleReport({ appendices: [] }));
    await renderDocx(sampleReport({ to: ['A', 'B', 'C'] }));
    const again = await renderDocx(sampleReport());
    expect(sameBytes(first, again)).toBe(true);
  });

  it('does not depend on the clock', async () => {
    const a = await renderDocx(sampleReport());
    vi.useFakeTimers({ now: new Date('2031-05-17T10:11:12Z'), toFake: ['Date'] });
    try {
      const b = await renderDocx(sampleReport());
      expect(sameBytes(a, b)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('pins every zip timestamp and orders the entries', async () => {
    const bytes = await renderDocx(sampleReport());
    const names: string[] = [];
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
    expect(names.slice(0, 2)).toEqual(['[Content_Types].xml', '_rels/.rels']);
    expect(names.slice(2)).toEqual([...names.slice(2)].sort());
    // Every local header carries DOS time 0 and date 1980-01-01 (0x0021).
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let headers = 0;
    for (let i = 0; i + 4 <= bytes.length; i++) {
      if (view.getUint32(i, true) === 0x04034b50) {
        expect(view.getUint16(i + 10, true)).toBe(0);
        expect(view.getUint16(i + 12, true)).toBe(0x21);
        headers++;
      }
    }
    expect(headers).toBe(names.length);
  });

  it('uses options.date, else meta.date, else 2000-01-01 for the created/modified properties', async () => {
    const core = async (bytes: Promise<Uint8Array>) => unzipDocx(await bytes)['docProps/core.xml'] ?? '';
    expect(await core(renderDocx(sampleReport(), { date: '2023-09-30T08:00:00Z' }))).toContain('>2023-09-30T08:00:00Z</dcterms:created>');
    expect(await core(renderDocx(sampleReport()))).toContain('>2022-08-01T00:00:00Z</dcterms:modified>');
    const { date: _date, ...meta } = sampleReport().meta;
    expect(await core(renderDocx(sampleReport({ meta })))).toContain('>2000-01-01T00:00:00Z</dcterms:created>');
  });
});
