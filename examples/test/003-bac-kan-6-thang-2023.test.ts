/**
 * Fidelity of example 003 (Sở KH&CN Bắc Kạn, 6 tháng đầu năm 2023) against its seed.
 */
import type { Diagnostic } from '@baocao-khcn/core';
import { describe, expect, it } from 'vitest';
import { profile } from '../003-bac-kan-6-thang-2023/profile';
import { report } from '../003-bac-kan-6-thang-2023/report';
import { describeSeed, headingSequence, numberCoverage, rebuild, squash, wordCoverage } from './fidelity';

/** A seed line without the extraction's Markdown (#, **, *). */
const plain = (line: string) => squash(line.replace(/^#+\s*/, '').replace(/\*+/g, ''));
const { seed, seedLines, document, diagnostics, markdown, markdownInline } = rebuild('003_40fd22f00ea810c7.txt', profile, report, plain);

const QD_2519_TITLE =
  'Kết quả thực hiện các nhiệm vụ tại Quyết định số 2519/QĐ-UBND ngày 23/12/2022 của UBND tỉnh ban hành Chương trình hành động thực hiện Kế hoạch phát triển KTXH, đảm bảo quốc phòng - an ninh năm 2023';
const THANH_TRA_B = 'Kết quả việc chỉ đạo, điều hành; xây dựng, hoàn thiện thể chế và tuyên truyền, phổ biến, giáo dục pháp luật về thanh tra';

/**
 * The seed's headings as printed (number + title), in order, Markdown of the extraction removed. Not headings, although
 * the extraction marks them "####": "***- Công tác dịch vụ khoa học và công nghệ***" (a "-" item of 7., bold italic,
 * rebuilt as a list item with its "+" items). "b) Khoa học và công nghệ cơ sở: Tổ chức làm việc …" is a run-in heading
 * in the seed; the rebuilt heading carries the title and the sentence follows as its paragraph.
 */
const SEED_HEADINGS = [
  'A. KẾT QUẢ THỰC HIỆN',
  `I. ${QD_2519_TITLE}`,
  'II. Kết quả thực hiện Nghị quyết số 11/NQ-CP của Chính phủ',
  'III. Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2023',
  '1. Tham mưu xây dựng cơ chế, chính sách',
  '2. Công tác quản lý khoa học',
  'a) Quản lý các nhiệm vụ khoa học và công nghệ',
  'b) Khoa học và công nghệ cơ sở',
  'c) Hoạt động của Hội đồng KH&CN',
  'd) Các nhiệm vụ khác',
  '3. Công tác quản lý công nghệ và chuyên ngành',
  '4. Công tác tiêu chuẩn đo lường chất lượng',
  'a) Quản lý đo lường',
  'b) Quản lý chất lượng',
  'c) Quản lý tiêu chuẩn, quy chuẩn kỹ thuật',
  'd) Công tác khác',
  '5. Công tác thanh tra',
  'a) Thanh tra chuyên ngành',
  `b) ${THANH_TRA_B}`,
  '6. Công tác Văn phòng',
  '7. Công tác ứng dụng KH-CN và Tiêu chuẩn đo lường chất lượng',
  'B. ĐÁNH GIÁ CHUNG',
  '1. Ưu điểm',
  '2. Hạn chế và nguyên nhân',
  'C. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023',
  '1. Quản lý khoa học',
  '2. Quản lý công nghệ và chuyên ngành',
  '3. Công tác thanh tra',
  '4. Quản lý tiêu chuẩn - đo lường - chất lượng',
  '5. Công tác văn phòng, kế hoạch tài chính',
  '6. Công tác ứng dụng KH-CN và Tiêu chuẩn Đo lường Chất lượng',
];

/**
 * Where the rebuilt numbering differs from the seed's, and why: nowhere. Under A the seed numbers I. / 1. / a); under
 * B and C it numbers 1., 2. directly under the part letter — the profile gives those parts their own scheme.
 */
const HEADING_DIFFERENCES: Record<string, { ours: string; reason: string }> = {};

/**
 * The seed with each page-bottom footnote text (the lines "1 Trong đó: …", "<sup>4</sup> Cho ý kiến …") moved to its
 * marker, in parentheses — the place `renderMarkdown(document, { footnotes: 'inline' })` prints it. The seed's lines
 * are kept word for word; only their order changes (the extraction put footnotes where the pages ended, even inside
 * a sentence: "(Lưu giữ" … footnotes 5–7 … "nguồn phóng xạ đã qua sử dụng )").
 */
function seedWithFootnotesInPlace(text: string): { text: string; notes: number } {
  const notes = new Map<number, string>();
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^(?:<sup>(\d+)<\/sup>|(\d+)) (\S.*)$/u.exec(line);
    if (m) notes.set(Number(m[1] ?? m[2]), m[3] ?? '');
    else kept.push(line);
  }
  let out = kept.join('\n');
  let from = 0;
  for (const n of [...notes.keys()].sort((a, b) => a - b)) {
    const marker = `<sup>${n}</sup>`;
    const at = out.indexOf(marker, from);
    if (at < 0) throw new Error(`footnote marker ${n} not found`);
    const note = ` (${notes.get(n)})`;
    out = out.slice(0, at) + note + out.slice(at + marker.length);
    from = at + note.length;
  }
  return { text: out, notes: notes.size };
}

/** Numbers of the seed that are not in the Markdown, with the reason. */
const MISSING_NUMBERS: Record<string, string> = {};

describeSeed('003_40fd22f00ea810c7.txt', '003 Bắc Kạn, 6 tháng đầu năm 2023', () => {
  it('composes without errors', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('has the seed’s headings (with the listed numbering differences)', () => {
    // The seed's headings are all in the seed's text (b) of 2. is a run-in heading "b) Khoa học và công nghệ cơ sở: …").
    const seedText = seedLines.join('\n');
    for (const h of SEED_HEADINGS) expect(seedText).toContain(h);
    const expected = SEED_HEADINGS.map((h) => HEADING_DIFFERENCES[h]?.ours ?? h);
    expect(headingSequence(document)).toEqual(expected);
  });

  it('keeps every number of the seed', () => {
    const { coverage, missing, total } = numberCoverage(seed, markdown);
    console.log(`003 number coverage: ${(coverage * 100).toFixed(2)}% of ${total} (missing: ${missing.join(', ') || 'none'})`);
    expect(missing).toEqual(Object.keys(MISSING_NUMBERS));
  });

  it('keeps the seed’s words (≥ 98%, in order)', () => {
    const spliced = seedWithFootnotesInPlace(seed);
    expect(spliced.notes).toBe(7);
    const inPlace = wordCoverage(spliced.text, markdownInline);
    const raw = wordCoverage(seed, markdown);
    console.log(
      `003 word coverage: ${(inPlace.coverage * 100).toFixed(2)}% (seed's footnotes at their markers vs Markdown with footnotes inline); ` +
        `${(raw.coverage * 100).toFixed(2)}% (raw seed vs Markdown with GFM footnotes at the end)`,
    );
    console.log(`003 words missing: ${inPlace.missing.join(' ')}`);
    expect(inPlace.coverage).toBeGreaterThanOrEqual(0.98);
  });

  it('has the seed’s Số, date line, Kính gửi, signer and Nơi nhận', () => {
    const seedLine = (re: RegExp) => seedLines.find((l) => re.test(l)) ?? '';
    expect(squash(document.header.numberLine)).toBe(seedLine(/^Số:/));
    expect(document.header.numberLine).toBe('Số:      /BC-SKHCN');
    expect(document.header.dateLine).toBe(seedLine(/^Bắc Kạn, ngày/));
    expect(document.header.dateLine).toBe('Bắc Kạn, ngày 16 tháng 6 năm 2023');
    expect(document.to.map((t) => `Kính gửi: ${t}`)).toEqual([seedLine(/^Kính gửi:/)]);

    const end = seedLines.slice(seedLines.indexOf('Nơi nhận:'));
    expect(end).toEqual([
      'Nơi nhận:',
      'Bản điện tử:',
      '- Như trên;',
      '- Bộ KH&CN (b/c);',
      '- UBND tỉnh (b/c);',
      '- Ban GD Sở;',
      '- Các ĐV Khối VHXH;',
      '- Các phòng, đơn vị;',
      '- Lưu: VT, VP.',
      'GIÁM ĐỐC',
      'Nguyễn Đình Điệp',
    ]);
    expect([
      document.recipients.label,
      document.recipients.note,
      ...document.recipients.items.map((i) => `- ${i}`),
      ...document.signature.lines,
      document.signature.name,
    ]).toEqual(end);
    for (const line of ['Bản điện tử:', 'Nguyễn Đình Điệp', 'GIÁM ĐỐC', 'Sở Kế hoạch và Đầu tư', 'Bắc Kạn, ngày 16 tháng 6 năm 2023']) {
      expect(markdown).toContain(line);
    }
  });

  it('reports the seed’s inconsistencies and nothing else', () => {
    const list = diagnostics.map((d: Diagnostic) => ({ code: d.code, severity: d.severity, path: d.path.join('.'), message: d.message }));
    expect(list).toEqual(EXPECTED_DIAGNOSTICS);
  });
});

/**
 * What the validator finds in the seed:
 * - the footnote on "31 nhiệm vụ chuyển tiếp" breaks it down as 22 cấp tỉnh + 06 NTMN + 02 cấp quốc gia = 30 (the text
 *   below lists 22 + 02 + 06 + 01 sở hữu trí tuệ = 31: the footnote leaves out the SHTT task);
 * - the fine's words say "Bốn mươi năm triệu" where the standard reading is "Bốn mươi lăm triệu" (same amount).
 * Paths point at the section's data (core re-roots diagnostics of section prose there; the trailing index is the
 * figure's place in its paragraph).
 */
const EXPECTED_DIAGNOSTICS: { code: string; severity: string; path: string; message: string }[] = [
  {
    code: 'figure/breakdown-sum',
    severity: 'warning',
    path: 'body.0.content.2.content.1.data.results.0.content.0.3.breakdown',
    message: 'Tổng các thành phần (30) khác số liệu tổng (31).',
  },
  {
    code: 'money/words-spelling',
    severity: 'info',
    path: 'body.0.content.2.content.4.data.subsections.0.results.1.1.words',
    message: 'Cách đọc chuẩn: "Bốn mươi lăm triệu, chín trăm chín mươi tám nghìn, bốn trăm linh chín đồng".',
  },
];
