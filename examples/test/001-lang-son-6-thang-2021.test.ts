/**
 * Fidelity of example 001 (Sở KH&CN Lạng Sơn, 6 tháng đầu năm 2021 + 6 tháng cuối năm) against its seed, rebuilt
 * from typed data through the public API only, with the profile of example 000 (same province, a year earlier).
 */
import type { Diagnostic } from '@baocao-khcn/core';
import { describe, expect, it } from 'vitest';
import { profile } from '../000-lang-son-9-thang-2022/profile';
import { report } from '../001-lang-son-6-thang-2021/report';
import { describeSeed, footnotesInPlace, headingSequence, numberCoverage, rebuild, squash, wordCoverage } from './fidelity';

const { seed, seedLines, document, diagnostics, markdown, markdownInline } = rebuild('001_09ea6a234aa3ea1d.txt', profile, report);

/** The seed's headings, number and title as printed, in order. */
const SEED_HEADINGS = [
  'I. ĐÁNH GIÁ CHUNG.',
  'II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2021',
  '1. Công tác tham mưu.',
  '2. Công tác nghiên cứu khoa học và phát triển công nghệ.',
  '3. Công tác quản lý công nghệ và an toàn bức xạ hạt nhân.',
  '4. Công tác sở hữu trí tuệ, phong trào lao động sáng tạo, phát huy sáng kiến, cải tiến kỹ thuật.',
  '5. Công tác thông tin, thống kê khoa học và công nghệ .',
  '6. Công tác tiêu chuẩn đo lường chất lượng.',
  '6.1. Công tác Tiêu chuẩn – Chất lượng:',
  '6.2. Công tác Đo lường:',
  '7. Công tác thanh tra, giải quyết khiếu nại, tố cáo và phòng chống tham nhũng.',
  '8. Công tác pháp chế, kiểm soát thủ tục hành chính.',
  '8. Hoạt động sự nghiệp.',
  '9. Công tác khác.',
  '10. Kết quả thu – chi tài chính.',
  'III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2021.',
  '1. Công tác quản lý các nhiệm vụ khoa học và công nghệ.',
  '2. Công tác quản lý công nghệ và an toàn bức xạ hạt nhân.',
  '3. Công tác sở hữu trí tuệ, phong trào lao động sáng tạo, phát huy sáng kiến, cải tiến kỹ thuật.',
  '3.1. Công tác Sở hữu trí tuệ:',
  '3.2. Công tác Sáng kiến',
  '3.3. Các Cuộc thi Sáng tạo kỹ thuật.',
  '4. Công tác Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo:',
  '5. Công tác thông tin, thống kê khoa học và công nghệ (KH-CN):',
  '6. Công tác tiêu chuẩn đo lường chất lượng.',
  '6. Công tác thanh tra, giải quyết khiếu nại tố cáo, phòng chống tham nhũng.',
  '7. Công tác pháp chế, kiểm soát thủ tục hành chính.',
  '8. Hoạt động sự nghiệp khoa học và công nghệ.',
];

/**
 * Where the library's numbering differs from the seed's, and why: the seed numbers two headings of part II "8." and
 * two headings of part III "6."; the library numbers headings sequentially, so every heading after the repeated
 * number is one higher than in the seed. Keyed by the index in {@link SEED_HEADINGS}.
 */
const HEADING_DIFFERENCES: Record<number, { ours: string; reason: string }> = {
  12: { ours: '9. Hoạt động sự nghiệp.', reason: 'the seed repeats "8." (after "8. Công tác pháp chế …")' },
  13: { ours: '10. Công tác khác.', reason: 'follows the repeated "8." of part II' },
  14: { ours: '11. Kết quả thu – chi tài chính.', reason: 'follows the repeated "8." of part II' },
  25: { ours: '7. Công tác thanh tra, giải quyết khiếu nại tố cáo, phòng chống tham nhũng.', reason: 'the seed repeats "6." (after "6. Công tác tiêu chuẩn …")' },
  26: { ours: '8. Công tác pháp chế, kiểm soát thủ tục hành chính.', reason: 'follows the repeated "6." of part III' },
  27: { ours: '9. Hoạt động sự nghiệp khoa học và công nghệ.', reason: 'follows the repeated "6." of part III' },
};

/** Numbers of the seed that are not in the Markdown, with the reason: none (the renumbered headings' "9", "10" are elsewhere too). */
const MISSING_NUMBERS: Record<string, string> = {};

/**
 * What the validator finds in the seed's own text and figures:
 * - the assessment says "Trong 6 tháng đầu năm 2020" in the report of 6 tháng đầu năm 2021;
 * - "Cấp 09 Giấy chứng nhận đăng ký kết quả …³": footnote 3 names 4 tasks (nhiệm vụ), not 9;
 * - "Tổng số mã cân … là: 3.339¹⁰": footnote 10 gives 3.328 correct + 71 wrong = 3.399, not 3.339;
 * - in that footnote, "mã cân sai là 71, chiếm tỷ lệ 2,08%": 71/3.339 = 2,13% (71/3.399 = 2,09%, neither is 2,08%).
 * The other breakdowns add up: 29 = 20 + 04 + 01 + 04 đề tài, dự án; 04 = 03 + 01 nhiệm vụ; 30 hồ sơ (footnote 1
 * lists 30); 02 nhiệm vụ (footnote 2); 840 = 301 + 493 + 46 lô (footnote 5); 12 = 01 + 01 + 01 + 01 + 08 mẫu
 * (footnote 6); 05 cửa hàng (footnotes 7 and 8); 08 sản phẩm (listed in 3.1).
 * Paths point into the section block's `data` (`results`, `subsections`), down to the figure; the period mismatch
 * in a plain-text paragraph stops at the section's `data`.
 */
const EXPECTED_DIAGNOSTICS: Diagnostic[] = [
  {
    code: 'period/mismatch',
    severity: 'warning',
    path: ['body', 0, 'content', 0, 'data', 'results', 0],
    message: 'Văn bản ghi "6 tháng đầu năm 2020" nhưng kỳ báo cáo là 6 tháng đầu năm 2021 (kỳ tới: 6 tháng cuối năm 2021).',
  },
  {
    code: 'figure/breakdown-sum',
    severity: 'warning',
    path: ['body', 1, 'content', 4, 'data', 'results', 0, 1, 'breakdown'],
    message: 'Tổng các thành phần (4) khác số liệu tổng (9).',
  },
  {
    code: 'figure/breakdown-sum',
    severity: 'warning',
    path: ['body', 1, 'content', 5, 'data', 'subsections', 1, 'results', 1, 3, 'breakdown'],
    message: 'Tổng các thành phần (3.399) khác số liệu tổng (3.339).',
  },
  {
    code: 'figure/percent-mismatch',
    severity: 'warning',
    path: ['body', 1, 'content', 5, 'data', 'subsections', 1, 'results', 1, 4, 'content', 1, 'value'],
    message: 'Tỷ lệ ghi 2,08% nhưng 71/3.339 = 2,13%.',
  },
];

describeSeed('001_09ea6a234aa3ea1d.txt', '001 Lạng Sơn, 6 tháng đầu năm 2021', () => {
  it('has the seed’s headings, with the listed numbering differences', () => {
    for (const heading of SEED_HEADINGS) expect(seedLines).toContain(heading);
    const expected = SEED_HEADINGS.map((h, i) => HEADING_DIFFERENCES[i]?.ours ?? h);
    expect(headingSequence(document)).toEqual(expected);
    // Only the number changes.
    for (const [i, { ours }] of Object.entries(HEADING_DIFFERENCES)) {
      expect(ours.replace(/^\S+ /, '')).toBe(SEED_HEADINGS[Number(i)]?.replace(/^\S+ /, ''));
    }
  });

  it('keeps every number of the seed', () => {
    const { coverage, missing, total } = numberCoverage(seed, markdown);
    console.log(`001 number coverage: ${(coverage * 100).toFixed(2)}% of ${total} numbers; missing: ${missing.join(', ') || 'none'}`);
    expect(missing).toEqual(Object.keys(MISSING_NUMBERS));
    if (missing.length === 0) expect(coverage).toBe(1);
  });

  it('keeps the seed’s words, in order (≥ 98%)', () => {
    const spliced = footnotesInPlace(seed);
    expect(spliced.notes).toBe(12);
    const inPlace = wordCoverage(spliced.text, markdownInline);
    const raw = wordCoverage(seed, markdown);
    console.log(
      `001 word coverage: ${(inPlace.coverage * 100).toFixed(2)}% (seed's footnotes at their markers vs Markdown with footnotes inline); ` +
        `${(raw.coverage * 100).toFixed(2)}% (raw seed vs Markdown with GFM footnotes at the end)`,
    );
    console.log(`001 words missing in order: ${inPlace.missing.join(' ')}`);
    // The renumbered headings' numbers (seed 8, 9, 10 and 6, 7, 8) and the signature, which comes before Nơi nhận in
    // the document, after it in the seed's extraction.
    expect(inPlace.missing).toEqual(['8', '9', '10', '6', '7', '8', 'giám', 'đốc', 'nguyễn', 'thị', 'hà']);
    expect(inPlace.coverage).toBeGreaterThanOrEqual(0.98);
  });

  it('has the seed’s trích yếu, Kính gửi, opening, closing, Số and date lines, signer and Nơi nhận', () => {
    const seedLine = (re: RegExp) => seedLines.find((l) => re.test(l)) ?? '';
    expect(squash(document.header.numberLine)).toBe(seedLine(/^Số:/));
    expect(document.header.numberLine).toBe('Số:      /BC-SKHCN');
    expect(squash(document.header.dateLine)).toBe(seedLine(/^Lạng Sơn, ngày/));
    expect(document.header.dateLine).toBe('Lạng Sơn, ngày      tháng 5 năm 2021');
    expect(document.header.parentAgency).toBe('UBND TỈNH LẠNG SƠN');
    expect(document.header.agency).toBe('SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(document.title).toBe('BÁO CÁO');
    // Trích yếu, opening and closing all come from the profile's templates (shared with example 000).
    expect(report.subject).toBeUndefined();
    expect(report.opening).toBeUndefined();
    expect(report.closing).toBeUndefined();
    expect(document.meta.title).toBe(seedLine(/^Kết quả hoạt động/));
    expect(document.meta.title).toBe('Kết quả hoạt động khoa học và công nghệ 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2021');
    expect(document.to.map((t) => `Kính gửi: ${t}`)).toEqual([seedLine(/^Kính gửi:/)]);
    expect(document.to).toEqual(['Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn']);

    const paragraphText = (i: number) => {
      const block = document.body[i];
      return block?.type === 'paragraph' ? block.children.map((c) => (c.type === 'text' ? c.text : '')).join('') : '';
    };
    const opening = paragraphText(0);
    expect(opening).toBe(seedLine(/^Thực hiện Công văn/));
    expect(opening).toBe(
      'Thực hiện Công văn số 684/SKHĐT-THKTXH ngày 29/4/2021 của Sở Kế hoạch và Đầu tư về việc báo cáo tình hình thực hiện kế hoạch phát triển KT-XH 6 tháng đầu năm; nhiệm vụ, giải pháp 6 tháng cuối năm 2021, Sở Khoa học và Công nghệ báo cáo như sau:',
    );
    const closing = paragraphText(document.body.length - 1);
    expect(closing).toBe(seedLine(/^Trên đây là báo cáo/));
    expect(closing).toBe(
      'Trên đây là báo cáo kết quả hoạt động khoa học và công nghệ 6 tháng đầu năm và phương hướng nhiệm vụ 6 tháng cuối năm 2021 của Sở Khoa học và Công nghệ tỉnh Lạng Sơn./.',
    );

    const end = seedLines.slice(seedLines.indexOf('Nơi nhận:'));
    expect(end).toEqual([
      'Nơi nhận:',
      '- Như trên;',
      '- VP: Tỉnh uỷ, HĐND, UBND tỉnh;',
      '- Ban Tuyên giáo Tỉnh uỷ;',
      '- Cục Thống kê tỉnh;',
      '- Lãnh đạo Sở;',
      '- Các phòng, đơn vị thuộc Sở;',
      '- Lưu: VT, KH&CN(LTHM).',
      'GIÁM ĐỐC',
      'Nguyễn Thị Hà',
    ]);
    expect([
      document.recipients.label,
      ...document.recipients.items.map((i) => `- ${i}`),
      ...document.signature.lines,
      document.signature.name,
    ]).toEqual(end);
    expect(document.signature).toEqual({ lines: ['GIÁM ĐỐC'], name: 'Nguyễn Thị Hà' });
  });

  it('reports the seed’s inconsistencies listed, and no others', () => {
    expect(diagnostics).toEqual(EXPECTED_DIAGNOSTICS);
  });
});
