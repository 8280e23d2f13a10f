/**
 * Fidelity of example 000 (Sở KH&CN Lạng Sơn, 9 tháng đầu năm 2022 + 3 tháng cuối năm) against its seed, rebuilt
 * from typed data through the public API only.
 */
import type { Diagnostic } from '@baocao-khcn/core';
import { describe, expect, it } from 'vitest';
import { profile } from '../000-lang-son-9-thang-2022/profile';
import { report } from '../000-lang-son-9-thang-2022/report';
import { describeSeed, footnotesInPlace, headingSequence, numberCoverage, rebuild, squash, wordCoverage } from './fidelity';

const { seed, seedLines, document, diagnostics, markdown, markdownInline } = rebuild('000_6308e27a77225439.txt', profile, report);

/** The seed's headings, number and title, in order. The seed numbers them correctly: the library's are the same. */
const SEED_HEADINGS = [
  'I. ĐÁNH GIÁ CHUNG',
  'II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 9 THÁNG ĐẦU NĂM 2022',
  '1. Công tác tham mưu',
  '2. Công tác nghiên cứu khoa học và phát triển công nghệ',
  '3. Công tác quản lý công nghệ và an toàn bức xạ hạt nhân',
  '4. Công tác sở hữu trí tuệ, phong trào lao động sáng tạo, phát huy sáng kiến, cải tiến kỹ thuật.',
  '5. Công tác thông tin, thống kê khoa học và công nghệ',
  '6. Công tác tiêu chuẩn đo lường chất lượng',
  '6.1. Công tác Tiêu chuẩn – Chất lượng',
  '6.2. Công tác Đo lường',
  '7. Công tác thanh tra, giải quyết khiếu nại, tố cáo và phòng chống tham nhũng',
  '8. Công tác pháp chế, kiểm soát thủ tục hành chính',
  '9. Hoạt động sự nghiệp',
  '10. Công tác khác',
  'III. PHƯƠNG HƯỚNG, NHIỆM VỤ 3 THÁNG CUỐI NĂM 2022',
  '1. Công tác quản lý các nhiệm vụ khoa học và công nghệ',
  '2. Công tác quản lý công nghệ và an toàn bức xạ hạt nhân',
  '3. Công tác sở hữu trí tuệ, phong trào lao động sáng tạo, phát huy sáng kiến, cải tiến kỹ thuật',
  '4. Công tác Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo',
  '5. Công tác thông tin, thông kê khoa học và công nghệ',
  '6. Công tác tiêu chuẩn đo lường chất lượng',
  '7. Công tác thanh tra, giải quyết khiếu nại tố cáo, phòng chống tham nhũng',
  '8. Công tác pháp chế, kiểm soát thủ tục hành chính',
  '9. Công tác Kế hoạch – tài chính và công tác khác',
  '10. Hoạt động sự nghiệp khoa học và công nghệ',
];

/** Numbers of the seed that are not in the Markdown, with the reason: none. */
const MISSING_NUMBERS: Record<string, string> = {};

/**
 * What the validator finds in the seed: only that its last Nơi nhận line, "Lưu: VT, KH&QLCN_{HTTH}", has no full
 * stop. Every breakdown of the seed adds up: 50 = 1 + 1 + 17 + 11 + 03 + 02 + 06 + 02 + 07 (footnote 1), 05 đề tài
 * (footnote 2), 1.119 = 770 + 349 lô (footnote 3; by goods 482 + 547 + 90 = 1.119 too), 09 = 02 + 02 + 01 + 02 + 01 +
 * 01 mẫu (footnote 4), 120 = 50 + 70 đại biểu (footnote 5); the ratios 32/33, 06/09, 02/02 and 14/18 are below their
 * wholes.
 */
const EXPECTED_DIAGNOSTICS: Diagnostic[] = [
  { code: 'recipients/luu-full-stop', severity: 'info', path: ['recipients', 'items', 6], message: 'Dòng "Lưu:" kết thúc bằng dấu chấm.' },
];

describeSeed('000_6308e27a77225439.txt', '000 Lạng Sơn, 9 tháng đầu năm 2022', () => {
  it('has the seed’s headings, numbered by the profile (I. / 1. / 1.1.)', () => {
    for (const heading of SEED_HEADINGS) expect(seedLines).toContain(heading);
    expect(headingSequence(document)).toEqual(SEED_HEADINGS);
  });

  it('keeps every number of the seed', () => {
    const { coverage, missing, total } = numberCoverage(seed, markdown);
    console.log(`000 number coverage: ${(coverage * 100).toFixed(2)}% of ${total} numbers; missing: ${missing.join(', ') || 'none'}`);
    expect(missing).toEqual(Object.keys(MISSING_NUMBERS));
    if (missing.length === 0) expect(coverage).toBe(1);
  });

  it('keeps the seed’s words, in order (≥ 98%)', () => {
    const spliced = footnotesInPlace(seed, { continues: /^Đề tài “/u });
    expect(spliced.notes).toBe(7);
    const inPlace = wordCoverage(spliced.text, markdownInline);
    const raw = wordCoverage(seed, markdown);
    console.log(
      `000 word coverage: ${(inPlace.coverage * 100).toFixed(2)}% (seed's footnotes at their markers vs Markdown with footnotes inline); ` +
        `${(raw.coverage * 100).toFixed(2)}% (raw seed vs Markdown with GFM footnotes at the end)`,
    );
    console.log(`000 words missing in order: ${inPlace.missing.join(' ')}`);
    // "ơ" is the extraction's split of "cơ chế" across a page break (the report writes "cơ"); the signature comes
    // before Nơi nhận in the document, after it in the seed's extraction.
    expect(inPlace.missing).toEqual(['ơ', 'giám', 'đốc', 'nguyễn', 'thị', 'hà']);
    expect(inPlace.coverage).toBeGreaterThanOrEqual(0.98);
  });

  it('has the seed’s trích yếu, Kính gửi, opening, closing, Số and date lines, signer and Nơi nhận', () => {
    const seedLine = (re: RegExp) => seedLines.find((l) => re.test(l)) ?? '';
    expect(squash(document.header.numberLine)).toBe(seedLine(/^Số:/));
    expect(document.header.numberLine).toBe('Số:      /BC-SKHCN');
    expect(squash(document.header.dateLine)).toBe(seedLine(/^Lạng Sơn, ngày/));
    expect(document.header.dateLine).toBe('Lạng Sơn, ngày      tháng 8 năm 2022');
    expect(document.header.parentAgency).toBe('UBND TỈNH LẠNG SƠN');
    expect(document.header.agency).toBe('SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(document.title).toBe('BÁO CÁO');
    expect(document.meta.title).toBe(seedLine(/^Kết quả hoạt động/));
    expect(document.meta.title).toBe('Kết quả hoạt động khoa học và công nghệ 9 tháng đầu năm, phương hướng nhiệm vụ 3 tháng cuối năm 2022');
    expect(document.to.map((t) => `Kính gửi: ${t}`)).toEqual([seedLine(/^Kính gửi:/)]);
    expect(document.to).toEqual(['Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn']);

    const paragraphText = (i: number) => {
      const block = document.body[i];
      return block?.type === 'paragraph' ? block.children.map((c) => (c.type === 'text' ? c.text : '')).join('') : '';
    };
    const opening = paragraphText(0);
    expect(opening).toBe(seedLine(/^Thực hiện Công văn/));
    expect(opening).toBe(
      'Thực hiện Công văn số 1506/SKHĐT-THKTXH ngày 03/8/2022 của Sở Kế hoạch và Đầu tư về việc báo cáo tình hình thực hiện kế hoạch phát triển KT-XH 9 tháng đầu năm; nhiệm vụ, giải pháp quý IV năm 2022, Sở Khoa học và Công nghệ báo cáo như sau:',
    );
    expect(paragraphText(document.body.length - 1)).toBe(seedLine(/^Trên đây là báo cáo/));

    const end = seedLines.slice(seedLines.indexOf('Nơi nhận:'));
    expect(end).toEqual([
      'Nơi nhận:',
      '- Như trên;',
      '- VP-UBND tỉnh(b/c);',
      '- Ban Tuyên giáo Tỉnh ủy (b/c);',
      '- Cục Thống kê tỉnh;',
      '- Lãnh đạo Sở;',
      '- Các phòng, đơn vị thuộc Sở;',
      '- Lưu: VT, KH&QLCN_{HTTH}',
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

  it('reports the diagnostics listed, and no others', () => {
    expect(diagnostics).toEqual(EXPECTED_DIAGNOSTICS);
  });
});
