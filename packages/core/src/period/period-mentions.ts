/** A period phrase found in prose by `periodMentions`. */
export interface PeriodMention {
  /**
   * What the phrase names. `6 tháng cuối năm` is reported as `half` 2 (the
   * period `nextPeriod` gives after `6 tháng đầu năm`), `3 tháng đầu năm` as
   * `quarter` 1, `3 tháng cuối năm` as `remaining` 3.
   */
  kind: 'year' | 'month' | 'half' | 'nine-months' | 'quarter' | 'remaining';
  /** The year, when the phrase names one. */
  year?: number;
  /** For `month`: 1–12. */
  month?: number;
  /** For `quarter`. */
  quarter?: 1 | 2 | 3 | 4;
  /** For `half`. */
  half?: 1 | 2;
  /** For `remaining`. */
  months?: 3 | 6;
  /** UTF-16 offset of the phrase in the text. */
  index: number;
  /** The phrase exactly as written. */
  text: string;
}

const S = '\\s+';
const YEAR_SUFFIX = `(?:\\s*\\/\\s*(\\d{4})|${S}năm${S}(\\d{4}))?`;
// The look-ahead at the words a phrase can start with is implied by the alternatives below and changes no match:
// it lets the engine pass over every other position before it tests the costly Unicode look-behind (4× faster).
const PATTERN = new RegExp(
  '(?=ngày|năm|tháng|quý|ba|sáu|chín|[0369])(?<![\\p{L}\\p{N}])(?:' +
    [
      // 0: a calendar date ("ngày 05 tháng 10 năm 2023", draft "ngày      tháng 8 năm 2022") — skipped
      `(ngày${S}(?:\\d{1,2}${S})?tháng${S}(?:\\d{1,2}${S})?năm${S}\\d{4}|ngày${S}\\d{1,2}${S}tháng${S}\\d{1,2})`,
      // 1–4: "9 tháng đầu năm 2022", "3 tháng cuối năm", "sáu tháng đầu năm"
      `(0?[369]|ba|sáu|chín)${S}tháng${S}(đầu|cuối)${S}năm(?:${S}(\\d{4}))?`,
      // 5–7: "quý IV năm 2022", "quý III/2023", "quý 4"
      `quý${S}(IV|III|II|I|[1-4])${YEAR_SUFFIX}`,
      // 8–10: "tháng 9/2023", "tháng 9 năm 2023", "tháng 10"
      `tháng${S}(0?[1-9]|1[0-2])${YEAR_SUFFIX}`,
      // 11: "năm 2022" (not a range such as "năm 2021 - 2025")
      `năm${S}(\\d{4})(?!\\s*[-–—]\\s*\\d)`,
    ].join('|') +
    ')(?![\\p{L}\\p{N}])',
  'giu',
);

/**
 * Every phrase {@link PATTERN} finds holds "tháng", "quý" or "năm" (same flags, so the same letters in any case): a
 * text without any of them has no mention, and this test costs a fraction of the search (most table cells).
 */
const KEYWORD = /tháng|quý|năm/iu;

const PART_COUNT: Readonly<Record<string, number>> = { ba: 3, 'sáu': 6, 'chín': 9 };
const ROMAN: Readonly<Record<string, 1 | 2 | 3 | 4>> = { i: 1, ii: 2, iii: 3, iv: 4 };

function yearOf(...groups: Array<string | undefined>): { year?: number } {
  const found = groups.find((g) => g !== undefined);
  return found === undefined ? {} : { year: Number(found) };
}

/**
 * Finds the period phrases in Vietnamese prose, in order of appearance:
 * `năm 2022`, `6 tháng đầu năm 2023`, `6 tháng cuối năm 2021`,
 * `9 tháng đầu năm 2022`, `3 tháng cuối năm 2022`, `tháng 9/2023`,
 * `tháng 9 năm 2023`, `tháng 10`, `quý IV năm 2022`, `quý III/2023`.
 * Matching is case-insensitive (titles in capitals are found) and expects
 * NFC text. Phrases without a year are reported without `year`. Calendar
 * dates (`ngày 05 tháng 10 năm 2023`, the draft `ngày      tháng 8 năm
 * 2022`) and year ranges (`năm 2021 - 2025`) are not period mentions and are
 * skipped. A pure finder: deciding whether a mention contradicts the
 * report's period is the caller's job.
 *
 * @param text - prose (NFC)
 * @returns the mentions, non-overlapping, ordered by `index`
 *
 * @example
 * ```ts
 * periodMentions('Kết quả 9 tháng đầu năm 2022, nhiệm vụ quý IV năm 2022')
 * // [
 * //   { kind: 'nine-months', year: 2022, index: 8, text: '9 tháng đầu năm 2022' },
 * //   { kind: 'quarter', quarter: 4, year: 2022, index: 39, text: 'quý IV năm 2022' },
 * // ]
 * periodMentions('nhiệm vụ công tác tháng 10/2023')
 * // [{ kind: 'month', month: 10, year: 2023, index: 18, text: 'tháng 10/2023' }]
 * ```
 */
export function periodMentions(text: string): PeriodMention[] {
  if (typeof text !== 'string' || !KEYWORD.test(text)) return [];
  const mentions: PeriodMention[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const base = { index: m.index, text: m[0] };
    if (m[1] !== undefined) continue;
    if (m[2] !== undefined) {
      const count = PART_COUNT[m[2].toLowerCase()] ?? Number(m[2]);
      const first = (m[3] ?? '').toLowerCase() === 'đầu';
      const year = yearOf(m[4]);
      if (first && count === 3) mentions.push({ kind: 'quarter', quarter: 1, ...year, ...base });
      else if (first && count === 6) mentions.push({ kind: 'half', half: 1, ...year, ...base });
      else if (first) mentions.push({ kind: 'nine-months', ...year, ...base });
      else if (count === 6) mentions.push({ kind: 'half', half: 2, ...year, ...base });
      else if (count === 3) mentions.push({ kind: 'remaining', months: 3, ...year, ...base });
      // "9 tháng cuối năm" names no reporting period: ignored.
    } else if (m[5] !== undefined) {
      const quarter = ROMAN[m[5].toLowerCase()] ?? (Number(m[5]) as 1 | 2 | 3 | 4);
      mentions.push({ kind: 'quarter', quarter, ...yearOf(m[6], m[7]), ...base });
    } else if (m[8] !== undefined) {
      mentions.push({ kind: 'month', month: Number(m[8]), ...yearOf(m[9], m[10]), ...base });
    } else if (m[11] !== undefined) {
      mentions.push({ kind: 'year', year: Number(m[11]), ...base });
    }
  }
  return mentions;
}
