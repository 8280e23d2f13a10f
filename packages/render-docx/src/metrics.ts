/**
 * Advance widths of Times New Roman (metric-compatible with Liberation Serif), in thousandths of an
 * em, for printable ASCII (U+0020–U+007E). Used only to estimate how wide a header line is, so the
 * rules under the agency, the Tiêu ngữ and the trích yếu get their ND 30 lengths and a line that
 * cannot fit its column gets a diagnostic. Vietnamese letters are measured as their base letter
 * (the diacritics do not change the advance), except the horned Ơ ơ Ư ư.
 */

export type FontFace = 'regular' | 'bold' | 'italic';

const ASCII: Record<FontFace, readonly number[]> = {
  regular: [
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500,
    500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889,
    722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500,
    444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480,
    200, 480, 541,
  ],
  bold: [
    250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500,
    500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944,
    722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556,
    444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394,
    220, 394, 520,
  ],
  italic: [
    250, 333, 420, 500, 500, 833, 778, 214, 333, 333, 500, 675, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500,
    500, 500, 500, 333, 333, 675, 675, 675, 500, 920, 611, 611, 667, 722, 611, 611, 722, 722, 333, 444, 667, 556, 833,
    667, 722, 611, 722, 611, 500, 556, 722, 611, 833, 611, 556, 556, 389, 278, 389, 422, 500, 333, 500, 500, 444, 500,
    444, 278, 500, 500, 278, 278, 444, 278, 722, 500, 500, 500, 500, 389, 389, 278, 500, 444, 667, 444, 444, 389, 400,
    275, 400, 541,
  ],
};

const HORNED: Record<FontFace, Readonly<Record<string, number>>> = {
  regular: { Ơ: 722, ơ: 529, Ư: 776, ư: 542 },
  bold: { Ơ: 778, ơ: 554, Ư: 796, ư: 600 },
  italic: { Ơ: 722, ơ: 534, Ư: 754, ư: 545 },
};

/** Width of a character we have no metric for (an average letter). */
const FALLBACK = 556;
const COMBINING = /[\u0300-\u036f]/;
const HORN = '\u031b';

function charWidth(ch: string, face: FontFace): number {
  const horned = HORNED[face][ch];
  if (horned !== undefined) return horned;
  const base = ch === 'Đ' ? 'D' : ch === 'đ' ? 'd' : ch;
  const code = base.codePointAt(0) ?? 0;
  if (code >= 0x20 && code <= 0x7e) return ASCII[face][code - 0x20] ?? FALLBACK;
  return FALLBACK;
}

/**
 * Estimated width of a single line of text in twips.
 *
 * @example
 * ```ts
 * measureTwips('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'bold', 12); // ≈ 5007 (88 mm)
 * ```
 */
export function measureTwips(text: string, face: FontFace, sizePt: number): number {
  let units = 0;
  let base = '';
  for (const ch of text.normalize('NFD')) {
    if (ch === HORN && (base === 'O' || base === 'o' || base === 'U' || base === 'u')) {
      // Ơ ơ Ư ư are wider than O o U u.
      const horned = base === 'O' ? 'Ơ' : base === 'o' ? 'ơ' : base === 'U' ? 'Ư' : 'ư';
      units += charWidth(horned, face) - charWidth(base, face);
      base = '';
      continue;
    }
    if (COMBINING.test(ch)) continue;
    units += charWidth(ch, face);
    base = ch;
  }
  return Math.round((units / 1000) * sizePt * 20);
}

/** Width of the widest line of a text that may contain `\n`. */
export function measureLinesTwips(text: string, face: FontFace, sizePt: number): number {
  return text.split('\n').reduce((max, line) => Math.max(max, measureTwips(line, face, sizePt)), 0);
}
