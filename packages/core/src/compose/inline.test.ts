import { describe, expect, it } from 'vitest';
import { composeInline } from './inline';

const compose = (rich: Parameters<typeof composeInline>[0]) => composeInline(rich, { footnotes: 0 });

describe('composeInline', () => {
  it('merges runs of one emphasis and keeps runs of another apart', () => {
    expect(compose(['Tổng số ', { type: 'text', text: '14', bold: true }, ' đề tài', ' đã nghiệm thu'])).toEqual([
      { type: 'text', text: 'Tổng số ' },
      { type: 'text', text: '14', bold: true },
      { type: 'text', text: ' đề tài đã nghiệm thu' },
    ]);
  });

  it('gives the combining marks at the start of a run to the letter before it, whatever their emphasis', () => {
    expect(compose(['Ha', { type: 'text', text: '\u0300 Nội', bold: true }])).toEqual([
      { type: 'text', text: 'Hà' },
      { type: 'text', text: ' Nội', bold: true },
    ]);
  });

  it('drops empty runs before the marks move: an empty or removed-only run does not keep a mark apart', () => {
    for (const empty of ['', '\u0000', '\uFFFE']) {
      expect(compose([{ type: 'text', text: 'Báo cáo e', bold: true }, empty, '\u0301'])).toEqual([{ type: 'text', text: 'Báo cáo é', bold: true }]);
    }
  });

  it('moves Hangul vowel and final jamo like marks ("ᄀ" + "ᅡ" is "가")', () => {
    expect(compose(['\u1100', { type: 'text', text: '\u1161\u11a8 x', italic: true }])).toEqual([
      { type: 'text', text: '각' },
      { type: 'text', text: ' x', italic: true },
    ]);
  });

  it('numbers footnotes continuously and leaves an empty one out', () => {
    const state = { footnotes: 0 };
    const nodes = composeInline(['a', { type: 'footnote', content: ' ' }, 'b', { type: 'footnote', content: 'Ghi chú' }], state);
    expect(nodes).toEqual([
      { type: 'text', text: 'ab' },
      { type: 'footnote', number: 1, children: [{ type: 'text', text: 'Ghi chú' }] },
    ]);
    expect(state.footnotes).toBe(1);
  });
});
