import { Document, Packer } from 'docx';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { resolveLayout } from './options';
import { stylesPart } from './styles-part';
import { wordStyles } from './word-styles';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** The styles part as docx's packer writes it for the same styles. */
async function docxStyles(layout: ReturnType<typeof resolveLayout>['layout'], used: Map<number, 'roman' | 'arabic'>): Promise<string> {
  const zip = await Packer.pack(new Document({ sections: [], styles: wordStyles(layout, used) }), 'uint8array');
  return text(unzipSync(zip)['word/styles.xml']!);
}

describe('stylesPart', () => {
  it('writes the bytes docx writes for the ND 30 styles', async () => {
    for (const fontSize of [13, 14]) {
      const { layout } = resolveLayout({ fontSize });
      const used = new Map([[1, 'roman' as const], [2, 'arabic' as const]]);
      const part = stylesPart(layout, used);
      expect(part.path).toBe('word/styles.xml');
      expect(text(part.data)).toBe(await docxStyles(layout, used));
      expect(text(part.data)).toContain(`<w:sz w:val="${fontSize * 2}"/>`);
    }
  });

  it('keeps the part of a layout and heading scheme, and tells different ones apart', () => {
    const { layout } = resolveLayout({});
    const a = stylesPart(layout, new Map([[1, 'roman']]));
    expect(stylesPart({ ...layout }, new Map([[1, 'roman']])).data).toBe(a.data);
    const other = stylesPart(layout, new Map([[1, 'part']]));
    expect(other.data).not.toBe(a.data);
    expect(text(other.data)).not.toBe(text(a.data));
    expect(text(stylesPart(resolveLayout({ fontSize: 13 }).layout, new Map([[1, 'roman']])).data)).not.toBe(text(a.data));
  });
});
