/**
 * Fidelity of seed 002: the Kế hoạch hoạt động và dự toán ngân sách KH&CN năm 2021 of UBND tỉnh Lạng Sơn
 * (Kế hoạch số 100/KH-UBND ngày 12/6/2020), rebuilt from typed data through the public API only.
 */
import { composeReport, type Diagnostic } from '@baocao-khcn/core';
import { allSections } from '@baocao-khcn/sections';
import { describe, expect, it } from 'vitest';
import { profile } from '../002-lang-son-ke-hoach-2021/profile';
import { report } from '../002-lang-son-ke-hoach-2021/report';
import { describeSeed, headingSequence, numberCoverage, rebuild, wordCoverage } from './fidelity';

describeSeed('002_df469a132838744e.txt', 'seed 002 — UBND tỉnh Lạng Sơn, kế hoạch KH&CN và dự toán ngân sách năm 2021', () => {
  const { seed, document, diagnostics, markdown } = rebuild('002_df469a132838744e.txt', profile, report);
  /** The seed with its line wraps and header cell splits ("|") undone. */
  const seedFlat = seed.replace(/\s*\|\s*/g, ' ').replace(/\s+/g, ' ');

  it('has the seed’s headings, numbered by the profile (A. / I. / 1. / 1.1.)', () => {
    // The seed numbers every heading correctly: no differences to list.
    expect(headingSequence(document)).toEqual([
      'A. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN KẾ HOẠCH KH&CN NĂM 2020 VÀ 05 NĂM 2016 - 2020',
      'I. Đánh giá tình hình thực hiện chính sách về KH&CN và đổi mới sáng tạo 05 năm giai đoạn 2016 - 2020',
      '1. Việc hoàn thiện hệ thống tiêu chuẩn quốc gia (TCVN), quy chuẩn kỹ thuật (QCVN), hoạt động tiêu chuẩn đo lường chất lượng (TĐC)',
      '2. Các cơ chế chính sách và quy định pháp luật về TĐC, sở hữu trí tuệ, năng lượng nguyên tử, an toàn bức xạ hạt nhân và thông tin, thống kê KH&CN, chuyển giao công nghệ trong nước và với nước ngoài',
      '2.1. Lĩnh vực TĐC',
      '2.2. Lĩnh vực sở hữu trí tuệ',
      '2.3. Lĩnh vực nguyên tử, an toàn bức xạ và hạt nhân',
      '2.4. Lĩnh vực thông tin và thống kê KH&CN',
      '2.5. Lĩnh vực chuyển giao công nghệ',
      '3. Chính sách hỗ trợ doanh nghiệp khởi nghiệp, doanh nghiệp ĐMST và phát triển doanh nghiệp KH&CN, lấy doanh nghiệp là trung tâm của hệ thống ĐMST quốc gia, các sản phẩm sáng tạo phục vụ trực tiếp doanh nghiệp nâng cao sức cạnh tranh, năng suất, chất lượng theo chuỗi giá trị',
      '4. Nâng cao năng lực công nghệ, đổi mới công nghệ, ĐMST và đẩy mạnh nghiên cứu ứng dụng trong doanh nghiệp; khuyến khích khởi nghiệp ĐMST; cơ chế ưu đãi, phát triển doanh nghiệp ĐMST',
      '5. Phát triển nguồn nhân lực, nhất là nhân lực chất lượng cao đáp ứng yêu cầu phát triển, hội nhập và cuộc Cách mạng công nghiệp lần thứ 4',
      '6. Cơ chế, chính sách khuyến khích, huy động nguồn kinh phí ngoài ngân sách đầu tư cho KH&CN và ĐMST, nhất là từ doanh nghiệp',
      '7. Cơ chế khoán chi thực hiện nhiệm vụ KH&CN sử dụng NSNN',
      '8. Việc thành lập và hoạt động các Quỹ KH&CN của các bộ, ngành, địa phương, các doanh nghiệp...; các vướng mắc trong quá trình triển khai thực hiện',
      '9. Công tác cải cách hành chính, xây dựng nền hành chính hiện đại, chuyên nghiệp, năng động, phục vụ người dân và doanh nghiệp; thực hiện dỡ bỏ các điều kiện kinh doanh tạo thuận lợi cho doanh nghiệp',
      'II. Đánh giá kết quả hoạt động KH&CN và ĐMST',
      '1. Kết quả thực hiện các nhiệm vụ KH&CN các cấp',
      '1.1. Đánh giá tình hình thực hiện nhiệm vụ KH&CN được giao trong các Nghị quyết của Đảng, Quốc hội, Chính phủ; Chỉ thị; Quyết định của Thủ tướng Chính phủ',
      '1.2. Đánh giá tình hình thực hiện các nhiệm vụ KH&CN cấp Bộ',
      '1.3. Tình hình thực hiện các nhiệm vụ KH&CN cấp tỉnh',
      '2. Phát triển tiềm lực KH&CN',
      '2.1. Tình hình hoạt động của các tổ chức KH&CN trên địa bàn',
      '2.2. Tình hình thực hiện các cơ chế, chính sách phát triển nguồn nhân lực KH&CN',
      '2.3. Kết quả phát triển hạ tầng KH&CN thuộc phạm vi quản lý được giao',
      '3. Phát triển doanh nghiệp KH&CN, thị trường KH&CN',
      '4. Công tác đẩy mạnh ứng dụng năng lượng nguyên tử vì mục đích hòa bình; đảm bảo an toàn bức xạ và hạt nhân',
      '5. Hợp tác và hội nhập quốc tế về KH&CN',
      '6. Thông tin và thống kê KH&CN',
      '7. Công tác cải cách hành chính và xây dựng Chính phủ điện tử trong lĩnh vực KH&CN',
      '7.1. Công tác cải cách hành chính, kiểm soát thủ tục hành chính',
      '7.2. Hiện đại hóa nền hành chính:',
      '7.3. Kết quả áp dụng hệ thống quản lý chất lượng ISO 9001 đối với cơ quan hành chính nhà nước theo Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ',
      '8. Tình hình thực hiện các dự án sử dụng vốn đầu tư phát triển cho KH&CN',
      '9. Các hoạt động hỗ trợ sản xuất, kinh doanh',
      '9.1. Hoạt động ứng dụng, chuyển giao, đổi mới công nghệ; nâng cao năng suất chất lượng sản phẩm, hàng hóa',
      '9.2. Hoạt động sở hữu trí tuệ',
      '9.3. Hoạt động TĐC',
      '9.4. Kết quả triển khai các giải pháp tăng cường năng lực tiếp cận cuộc Cách mạng công nghiệp lần thứ 4',
      '9.5. Hỗ trợ doanh nghiệp khởi nghiệp ĐMST',
      '10. Tình hình phân bổ và kết quả thực hiện dự toán ngân sách cho hoạt động KH&CN',
      '11. Đánh giá chung',
      '11.1. Kết quả đạt được',
      '11.2. Hạn chế',
      '12. Kiến nghị',
      'B. KẾ HOẠCH VÀ DỰ TOÁN NGÂN SÁCH KH&CN NĂM 2021',
      'I. Kế hoạch hoạt động khoa học và công nghệ năm 2021',
      '1. Hoạt động nghiên cứu KH&CN',
      '1.1. Lĩnh vực khoa học nông nghiệp',
      '1.2. Lĩnh vực kỹ thuật và công nghệ',
      '1.3. Lĩnh vực khoa học xã hội và nhân văn',
      '1.4. Lĩnh vực KH&CN phục vụ y dược',
      '2. Hoạt động hợp tác về KH&CN',
      '3. Công tác quản lý công nghệ và thị trường công nghệ',
      '4. Công tác sở hữu trí tuệ',
      '5. Công tác an toàn bức xạ và hạt nhân, phát triển ứng dụng bức xạ, đồng vị phóng xạ',
      '6. Công tác thông tin, thống kê KH&CN',
      '7. Hỗ trợ hệ sinh thái khởi nghiệp ĐMST',
      '8. Công tác tăng cường năng lực tiếp cận cuộc Cách mạng công nghiệp 4.0',
      '9. Công tác Tiêu chuẩn - Đo lường - Chất lượng',
      '10. Công tác thanh tra',
      '11. Hoạt động sự nghiệp KH&CN',
      'II. KẾ HOẠCH KINH PHÍ VÀ DỰ TOÁN NGÂN SÁCH NĂM 2021',
    ]);
    // Every heading is the seed's (its wrapped lines joined).
    for (const heading of headingSequence(document)) expect(seedFlat).toContain(heading);
  });

  it('keeps every number of the seed', () => {
    const { coverage, missing, total } = numberCoverage(seed, markdown);
    console.log(`002 number coverage: ${(coverage * 100).toFixed(2)}% of ${total} numbers; missing: ${JSON.stringify(missing)}`);
    expect(missing).toEqual([]);
    expect(coverage).toBe(1);
  });

  it('keeps the seed’s words, in order', () => {
    const { coverage, missing } = wordCoverage(seed, markdown);
    console.log(`002 word coverage: ${(coverage * 100).toFixed(2)}%; missing in order: ${JSON.stringify(missing)}`);
    // The only words "missing in order" are the signature's: the seed puts it after Nơi nhận, the document before.
    expect(missing).toEqual(['kt', 'chủ', 'tịch', 'phó', 'chủ', 'tịch', 'nguyễn', 'long', 'hải']);
    expect(coverage).toBeGreaterThanOrEqual(0.98);
  });

  it('has the seed’s Số line, date line, title, signer and Nơi nhận', () => {
    expect(document.header).toEqual({
      agency: 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN',
      numberLine: 'Số: 100/KH-UBND',
      nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      dateLine: 'Lạng Sơn, ngày 12 tháng 6 năm 2020',
    });
    expect(document.title).toBe('KẾ HOẠCH');
    expect(document.meta.title).toBe('HOẠT ĐỘNG VÀ DỰ TOÁN NGÂN SÁCH KHOA HỌC VÀ CÔNG NGHỆ NĂM 2021 CỦA TỈNH LẠNG SƠN');
    expect(document.to).toEqual([]);
    expect(document.signature).toEqual({ lines: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: 'Nguyễn Long Hải' });
    expect(document.recipients).toEqual({
      label: 'Nơi nhận:',
      items: [
        'Bộ Khoa học và Công nghệ;',
        'Chủ tịch, các Phó Chủ tịch UBND tỉnh;',
        'Các Sở: KHCN, KHĐT, TC;',
        'C, PVP UBND tỉnh, các Phòng: KG-VX, TH-NC, KT, THCB;',
        'Lưu: VT, KG-VX(NCD).',
      ],
    });
    // The same lines as the seed writes them (wraps joined).
    const h = document.header;
    for (const line of [h.agency, h.numberLine, h.nationalTitle, h.motto, h.dateLine, document.title, document.meta.title, 'Nơi nhận:']) {
      expect(seedFlat).toContain(line);
    }
    expect(seedFlat).toContain(`${document.signature.lines.join(' ')} ${document.signature.name}`);
    for (const item of document.recipients.items) expect(seedFlat).toContain(`- ${item}`);
  });

  it('writes the budget of part B.II from the ke-hoach-tai-chinh figures', () => {
    // Markdown escapes "&" only where it could start an entity ("KH\\&CN;"): compare without the escape.
    expect(markdown.replaceAll('\\&', '&')).toContain(
      [
        'Tổng kinh phí dự kiến là 66.769,9 triệu đồng, trong đó:',
        '',
        '- Kinh phí sự nghiệp KH&CN: 33.427,9 triệu đồng;',
        '- Kinh phí chi đầu tư phát triển: 33.342 triệu đồng.',
        '',
        '(Chi tiết tại các phụ lục kèm theo).',
      ].join('\n'),
    );
  });

  it('gets the same subject, part B title and closing from the profile’s templates', () => {
    const { subject: _subject, opening: _opening, closing: _closing, ...rest } = report;
    const generated = composeReport(rest, { profile, sections: allSections }).document;
    expect(generated.meta.title).toBe(document.meta.title);
    expect(generated.body.at(-1)).toEqual(document.body.at(-1));
    expect(headingSequence(generated)).toEqual(headingSequence(document));
    // The opening template cites the basis with the month unpadded ("07/2/2020"); the plan writes "07/02/2020",
    // so the report gives its opening in full.
    const opening = generated.body[0];
    expect(opening?.type === 'paragraph' ? opening.children : undefined).toEqual([
      {
        type: 'text',
        text: 'Thực hiện Công văn số 254/BKHCN-KHTH ngày 07/2/2020 của Bộ Khoa học và Công nghệ về việc hướng dẫn xây dựng kế hoạch khoa học và công nghệ (KH&CN) năm 2021, UBND tỉnh Lạng Sơn xây dựng Kế hoạch hoạt động và dự toán ngân sách KH&CN năm 2021 như sau:',
      },
    ]);
  });

  it('reports no diagnostics: the figures of the plan agree with each other', () => {
    // 90 = 45 + 23 + 08 + 14; 21.474 = 3.036 + 13.000 + 5.100 + 213 + 125; 33.342 = 8.342 + 10.000 + 15.000;
    // 66.769,9 = 33.427,9 + 33.342. Calendar years cited in prose ("Luật KH&CN năm 2013", "đến năm 2030") are not
    // periods: bare years are judged only in titles.
    expect(diagnostics).toEqual([]);
  });
});
