import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { LAST_APPENDIX_ROW, SIGNER, SUBJECT, sampleReport } from './fixture';
import { attr, paragraphWith, paragraphs, render, styleXml, tables, textOf } from './helpers';

let parts: Record<string, string>;
let doc: string;
let styles: string;

beforeAll(async () => {
  ({ parts } = await render(sampleReport()));
  doc = parts['word/document.xml'] ?? '';
  styles = parts['word/styles.xml'] ?? '';
});

/** The section properties in document order (the main text, then each appendix). */
function sections(): string[] {
  return doc.match(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g) ?? [];
}

describe('package', () => {
  it('holds the parts of a Word document, each well-formed XML', () => {
    for (const path of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'word/footnotes.xml', 'docProps/core.xml']) {
      expect(parts[path], path).toBeDefined();
    }
    for (const [path, xml] of Object.entries(parts)) expect(XMLValidator.validate(xml), path).toBe(true);
  });

  it('writes the document properties: title = trích yếu, creator = agency, language vi-VN, fixed dates', () => {
    const core = parts['docProps/core.xml'] ?? '';
    expect(core).toContain(`<dc:title>${SUBJECT}</dc:title>`);
    expect(core).toContain('<dc:creator>SỞ KHOA HỌC VÀ CÔNG NGHỆ</dc:creator>');
    expect(core).toContain('<dc:language>vi-VN</dc:language>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2022-08-01T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2022-08-01T00:00:00Z</dcterms:modified>');
  });
});

describe('page', () => {
  it('is A4 portrait, 11906 × 16838 twips', () => {
    const main = sections()[0] ?? '';
    expect(main).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
  });

  it('has the default ND 30 margins in twips: top 20 mm, bottom 20 mm, left 30 mm, right 15 mm', () => {
    const main = sections()[0] ?? '';
    expect(attr(main, 'w:pgMar', 'w:top')).toBe('1134');
    expect(attr(main, 'w:pgMar', 'w:bottom')).toBe('1134');
    expect(attr(main, 'w:pgMar', 'w:left')).toBe('1701');
    expect(attr(main, 'w:pgMar', 'w:right')).toBe('850');
  });

  it('numbers pages at the top from page 2: titlePg, an empty first header, PAGE centred in the default header', () => {
    const main = sections()[0] ?? '';
    expect(main).toContain('<w:titlePg/>');
    const rels = parts['word/_rels/document.xml.rels'] ?? '';
    const target = (type: string): string => {
      const id = main.match(new RegExp(`<w:headerReference w:type="${type}" r:id="(rId\\d+)"/>`))?.[1];
      const file = rels.match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`))?.[1] ?? rels.match(new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`))?.[1];
      return parts[`word/${file}`] ?? '';
    };
    const first = target('first');
    const other = target('default');
    expect(first).not.toContain('PAGE');
    expect(textOf(first)).toBe('');
    expect(other).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(other).toContain('<w:pStyle w:val="Header"/>');
    expect(styleXml(styles, 'Header')).toContain('<w:jc w:val="center"/>');
  });

  it('puts a landscape appendix in its own section with swapped sizes and the orientation flag', () => {
    const appendix = sections()[1] ?? '';
    expect(appendix).toContain('<w:type w:val="nextPage"/>');
    expect(appendix).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(appendix).toMatch(/<w:headerReference w:type="default"/);
    expect(attr(appendix, 'w:pgMar', 'w:left')).toBe('1701');
  });
});

describe('fonts and styles', () => {
  it('sets Times New Roman in all four font slots and vi-VN in the document defaults', () => {
    const defaults = styles.match(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/)?.[0] ?? '';
    const fonts = defaults.match(/<w:rFonts [^>]*\/>/)?.[0] ?? '';
    for (const slot of ['ascii', 'hAnsi', 'cs', 'eastAsia']) expect(fonts).toContain(`w:${slot}="Times New Roman"`);
    expect(defaults).toMatch(/<w:lang w:val="vi-VN" w:eastAsia="vi-VN"\/>/);
    expect(defaults).toContain('<w:sz w:val="28"/>');
  });

  it('sets the same fonts in the Normal style, so text typed later keeps them', () => {
    const normal = styleXml(styles, 'Normal');
    for (const slot of ['ascii', 'hAnsi', 'cs', 'eastAsia']) expect(normal).toContain(`w:${slot}="Times New Roman"`);
    expect(normal).toContain('w:val="vi-VN"');
  });

  it('makes the theme fonts Times New Roman too', () => {
    const theme = parts['word/theme/theme1.xml'] ?? '';
    expect(theme).toMatch(/<a:majorFont><a:latin typeface="Times New Roman"/);
    expect(theme).toMatch(/<a:minorFont><a:latin typeface="Times New Roman"/);
  });

  it('lays out body text as ND 30: 14 pt (w:sz 28), justified, first-line 1.27 cm (720), 6 pt before and after, 1.15 lines', () => {
    const normal = styleXml(styles, 'Normal');
    expect(normal).toContain('<w:sz w:val="28"/>');
    expect(normal).toContain('<w:jc w:val="both"/>');
    expect(normal).toContain('<w:ind w:firstLine="720"/>');
    expect(attr(normal, 'w:spacing', 'w:before')).toBe('120');
    expect(attr(normal, 'w:spacing', 'w:after')).toBe('120');
    expect(attr(normal, 'w:spacing', 'w:line')).toBe('276');
    expect(attr(normal, 'w:spacing', 'w:lineRule')).toBe('auto');
    const body = paragraphWith(doc, 'Trong 9 tháng đầu năm 2022');
    expect(body).not.toContain('<w:pStyle'); // Normal
  });

  it('defines Heading 1–9 as real named styles with outline levels, formatted by the number style met at that depth', () => {
    for (let level = 1; level <= 9; level++) {
      const style = styleXml(styles, `Heading${level}`);
      expect(style).toContain(`<w:name w:val="heading ${level}"/>`);
      expect(style).toContain(`<w:outlineLvl w:val="${level - 1}"/>`);
      expect(style).toContain('<w:keepNext/>');
    }
    expect(styleXml(styles, 'Heading1')).toMatch(/<w:b\/>/);
    expect(styleXml(styles, 'Heading1')).not.toMatch(/<w:i\/>/);
    expect(styleXml(styles, 'Heading4')).toMatch(/<w:b\/>[\s\S]*<w:i\/>/); // a) bold italic
    expect(paragraphWith(doc, 'ĐÁNH GIÁ CHUNG')).toContain('<w:pStyle w:val="Heading1"/>');
    expect(paragraphWith(doc, 'Công tác nghiên cứu khoa học')).toContain('<w:pStyle w:val="Heading2"/>');
    expect(paragraphWith(doc, 'Công tác Tiêu chuẩn – Chất lượng')).toContain('<w:pStyle w:val="Heading3"/>');
    expect(paragraphWith(doc, 'Kiểm tra chất lượng hàng hóa nhập khẩu')).toContain('<w:pStyle w:val="Heading4"/>');
    expect(textOf(paragraphWith(doc, 'Tiêu chuẩn – Chất lượng'))).toBe('6.1. Công tác Tiêu chuẩn – Chất lượng');
  });

  it('uses no Word numbering in the document (markers and heading numbers are text)', () => {
    expect(doc).not.toContain('<w:numPr>');
  });
});

describe('header block', () => {
  const headerTable = (): string => tables(doc)[0] ?? '';

  it('is a borderless two-column table with explicit widths summing to the text width', () => {
    const table = headerTable();
    const cols = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(cols).toHaveLength(2);
    expect((cols[0] ?? 0) + (cols[1] ?? 0)).toBe(11906 - 1701 - 850);
    expect((cols[0] ?? 0) / 9355).toBeGreaterThanOrEqual(0.4);
    expect(table).toMatch(/<w:tblBorders>(?:<w:\w+ w:val="none"[^>]*\/>)+<\/w:tblBorders>/);
    expect(table).toContain('<w:tblLayout w:type="fixed"/>');
  });

  it('writes the parent authority in caps, not bold, 13 pt, and the agency in caps, bold', () => {
    const parent = paragraphWith(headerTable(), 'UBND TỈNH LẠNG SƠN');
    expect(parent).toContain('<w:b w:val="false"/>');
    expect(parent).toContain('<w:sz w:val="26"/>');
    const agency = paragraphWith(headerTable(), 'SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(agency).toContain('<w:b/>');
    expect(agency).toMatch(/<w:sz w:val="2[46]"\/>/);
  });

  it('draws a short centred rule under the agency (1/3–1/2 of the line) and a rule as long as the Tiêu ngữ', () => {
    const cells = headerTable().match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];
    const ruleOf = (cell: string): { left: number; right: number } => {
      const rule = paragraphs(cell).find((p) => p.includes('<w:pBdr>')) ?? '';
      expect(rule).toContain('<w:bottom w:val="single"');
      return { left: Number(attr(rule, 'w:ind', 'w:left')), right: Number(attr(rule, 'w:ind', 'w:right')) };
    };
    const cols = [...headerTable().matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    const left = ruleOf(cells[0] ?? '');
    const agencyRule = (cols[0] ?? 0) - left.left - left.right;
    // SỞ KHOA HỌC VÀ CÔNG NGHỆ at 13 pt bold is about 3980 twips wide.
    expect(agencyRule / 3980).toBeGreaterThanOrEqual(1 / 3);
    expect(agencyRule / 3980).toBeLessThanOrEqual(1 / 2);
    expect(Math.abs(left.left - left.right)).toBeLessThanOrEqual(1);
    const right = ruleOf(cells[1] ?? '');
    const mottoRule = (cols[1] ?? 0) - right.left - right.right;
    // Độc lập - Tự do - Hạnh phúc at 13 pt bold is about 3171 twips wide.
    expect(mottoRule).toBeGreaterThan(3000);
    expect(mottoRule).toBeLessThan(3400);
  });

  it('writes Quốc hiệu caps bold 12 pt (fits one line of the right column), Tiêu ngữ bold 13 pt', () => {
    const title = paragraphWith(headerTable(), 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(title).toContain('<w:b/>');
    expect(title).toContain('<w:sz w:val="24"/>');
    const motto = paragraphWith(headerTable(), 'Độc lập - Tự do - Hạnh phúc');
    expect(motto).toContain('<w:b/>');
    expect(motto).toContain('<w:sz w:val="26"/>');
  });

  it('keeps the padded number and date lines as given, the date line italic', () => {
    const number = paragraphWith(headerTable(), 'BC-SKHCN');
    expect(textOf(number)).toBe('Số:      /BC-SKHCN');
    expect(number).toContain('<w:sz w:val="26"/>');
    const date = paragraphWith(headerTable(), 'Lạng Sơn, ngày');
    expect(textOf(date)).toBe('Lạng Sơn, ngày      tháng 8 năm 2022');
    expect(date).toContain('<w:t xml:space="preserve">Lạng Sơn, ngày      tháng 8 năm 2022</w:t>');
    expect(date).toContain('<w:i/>');
  });

  it('starts with the agency when there is no parent authority', async () => {
    const sample = sampleReport();
    const { parts: own } = await render({
      ...sample,
      header: { ...sample.header, parentAgency: undefined, agency: 'ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN', numberLine: 'Số: 100/KH-UBND' },
    });
    const table = tables(own['word/document.xml'] ?? '')[0] ?? '';
    const firstCell = table.match(/<w:tc>[\s\S]*?<\/w:tc>/)?.[0] ?? '';
    const first = paragraphs(firstCell)[0] ?? '';
    expect(textOf(first)).toBe('ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN');
    expect(first).toContain('<w:b/>');
  });
});

describe('title block', () => {
  it('writes the type name caps bold centred 14 pt and the trích yếu bold centred over a short rule', () => {
    const title = paragraphWith(doc, 'BÁO CÁO');
    expect(title).toContain('<w:pStyle w:val="NDTitle"/>');
    const style = styleXml(styles, 'NDTitle');
    expect(style).toContain('<w:b/>');
    expect(style).toContain('<w:jc w:val="center"/>');
    expect(style).toContain('<w:sz w:val="28"/>');
    const subject = paragraphWith(doc, SUBJECT);
    expect(subject).toContain('<w:pStyle w:val="NDSubject"/>');
    expect(styleXml(styles, 'NDSubject')).toMatch(/<w:b\/>[\s\S]*<w:jc w:val="center"\/>|<w:jc w:val="center"\/>[\s\S]*<w:b\/>/);
    const all = paragraphs(doc);
    const after = all[all.indexOf(subject) + 1] ?? '';
    expect(after).toContain('<w:pBdr><w:bottom w:val="single"');
  });

  it('writes Kính gửi on one line for one addressee', () => {
    expect(textOf(paragraphWith(doc, 'Kính gửi'))).toBe('Kính gửi: Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn');
  });

  it('writes "Kính gửi:" then "- X;" lines for several addressees', async () => {
    const { parts: own } = await render(sampleReport({ to: ['Ủy ban nhân dân tỉnh', 'Sở Tài chính'] }));
    const xml = own['word/document.xml'] ?? '';
    const texts = paragraphs(xml).map(textOf);
    const at = texts.indexOf('Kính gửi:');
    expect(at).toBeGreaterThan(0);
    expect(texts.slice(at + 1, at + 3)).toEqual(['- Ủy ban nhân dân tỉnh;', '- Sở Tài chính.']);
  });
});

describe('inline runs and footnotes', () => {
  it('writes real footnotes: footnotes.xml holds the text, document.xml references them by number', () => {
    const notes = parts['word/footnotes.xml'] ?? '';
    for (const id of [1, 2, 3]) {
      expect(doc).toContain(`<w:footnoteReference w:id="${id}"/>`);
      expect(notes).toMatch(new RegExp(`<w:footnote w:id="${id}">`));
    }
    const first = notes.match(/<w:footnote w:id="1">[\s\S]*?<\/w:footnote>/)?.[0] ?? '';
    expect(textOf(first)).toContain('Trong đó: 01 dự án thuộc Chương trình');
    expect(first).toContain('<w:footnoteRef/>');
    expect(styleXml(styles, 'FootnoteReference')).toContain('<w:vertAlign w:val="superscript"/>');
    expect(parts['word/_rels/document.xml.rels']).toContain('Target="footnotes.xml"');
  });

  it('writes bold, italic and superscript runs', () => {
    expect(paragraphWith(doc, 'Xử lý hồ sơ')).toMatch(/<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">Xử lý hồ sơ<\/w:t>/);
    expect(parts['word/footnotes.xml']).toMatch(/<w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">Mô hình<\/w:t>/);
    expect(paragraphWith(doc, 'diện tích 1.250')).toMatch(/<w:vertAlign w:val="superscript"\/><\/w:rPr><w:t xml:space="preserve">2<\/w:t>/);
  });

  it('turns \\n into a line break and \\t into a tab', () => {
    const para = paragraphWith(doc, 'Tiếp tục theo dõi tình hình thu chi');
    expect(para).toContain('<w:br/>');
    expect(para).toContain('<w:tab/>');
    expect(textOf(para)).toBe('Tiếp tục theo dõi tình hình thu chi tài chính, đề xuất điều chỉnh bổ sung dự toán.\nThực hiện báo cáo theo quy định\tvà theo yêu cầu.');
  });

  it('writes a text that reads like a field keyword as text, never as a page-number field', async () => {
    const base = sampleReport();
    const words = ['CURRENT', 'TOTAL_PAGES', 'SECTION'];
    const { parts: own } = await render({ ...base, body: [{ type: 'paragraph', align: 'justify', indent: true, children: words.map((text) => ({ type: 'text', text })) }] });
    const para = paragraphWith(own['word/document.xml'] ?? '', 'CURRENT');
    expect(textOf(para)).toBe(words.join(''));
    expect(para).not.toContain('fldChar');
  });
});

describe('lists', () => {
  it('writes the text markers with a hanging indent, one step deeper for "+"', () => {
    const dash = paragraphWith(doc, 'Đề tài, dự án chuyển tiếp: 25 nhiệm vụ');
    expect(textOf(dash)).toBe('-\tĐề tài, dự án chuyển tiếp: 25 nhiệm vụ, trong đó:');
    expect(dash).toContain('<w:ind w:left="1004" w:hanging="284"/>');
    const plus = paragraphWith(doc, 'Lĩnh vực nông nghiệp: 17 nhiệm vụ');
    expect(textOf(plus).startsWith('+\t')).toBe(true);
    expect(plus).toContain('<w:ind w:left="1288" w:hanging="284"/>');
  });
});

describe('tables', () => {
  const bodyTable = (): string => tables(doc).find((t) => t.includes('NHIỆM VỤ CẤP TỈNH')) ?? '';

  it('has explicit grid widths from the column fractions of the text width', () => {
    const cols = [...bodyTable().matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(cols).toEqual([748, 4116, 1497, 1497, 1497]);
    expect(cols.reduce((a, b) => a + b, 0)).toBe(9355);
    expect(bodyTable()).toContain('<w:tblW w:type="dxa" w:w="9355"/>');
  });

  it('repeats both header rows on every page', () => {
    const rows: string[] = bodyTable().match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    expect(rows.slice(0, 2).every((r) => r.includes('<w:tblHeader/>'))).toBe(true);
    expect(rows.slice(2).some((r) => r.includes('<w:tblHeader/>'))).toBe(false);
  });

  it('merges cells: rowSpan → vMerge restart/continue placeholders, colSpan → gridSpan', () => {
    const rows: string[] = bodyTable().match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    const [head1 = '', head2 = ''] = rows;
    expect(head1.match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(3);
    expect(head1).toContain('<w:gridSpan w:val="2"/>');
    const cells2 = head2.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];
    // TT, Nội dung and Ghi chú continue; Kế hoạch and Thực hiện are the two columns under Số lượng.
    expect(cells2.map((c) => c.includes('<w:vMerge w:val="continue"/>'))).toEqual([true, true, false, false, true]);
    expect(cells2.map(textOf)).toEqual(['', '', 'Kế hoạch', 'Thực hiện', '']);
    // "Đang thực hiện" spans two body rows.
    const merged = rows.find((r) => r.includes('Đang thực hiện')) ?? '';
    expect(merged).toContain('<w:vMerge w:val="restart"/>');
    const next = rows[rows.indexOf(merged) + 1] ?? '';
    expect(next.match(/<w:tc>/g)).toHaveLength(5);
    expect(next).toContain('<w:vMerge w:val="continue"/>');
    const total = rows.find((r) => r.includes('Tổng cộng')) ?? '';
    expect(total).toContain('<w:gridSpan w:val="2"/>');
    expect(total).toContain('<w:tcW w:type="dxa" w:w="4864"/>');
  });

  it('makes group rows bold, uses 12 pt unindented text and single borders', () => {
    const group = (bodyTable().match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []).find((r) => r.includes('NHIỆM VỤ CẤP TỈNH')) ?? '';
    for (const p of paragraphs(group).filter((x) => textOf(x) !== '')) expect(p).toContain('<w:b/>');
    const text = styleXml(styles, 'NDTableText');
    expect(text).toContain('<w:sz w:val="24"/>');
    expect(text).toContain('<w:ind w:firstLine="0"/>');
    for (const p of paragraphs(bodyTable())) expect(p).toContain('<w:pStyle w:val="NDTableText"/>');
    expect(bodyTable()).toMatch(/<w:tblBorders><w:top w:val="single" w:color="000000" w:sz="4"\/>/);
  });

  it('lays the appendix table out at the landscape text width', () => {
    const appendix = tables(doc).find((t) => t.includes(LAST_APPENDIX_ROW)) ?? '';
    const cols = [...appendix.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(cols.reduce((a, b) => a + b, 0)).toBe(16838 - 1701 - 850);
    expect(cols[0]).toBe(Math.round(0.05 * 14287));
  });
});

describe('closing', () => {
  const closing = (): string => tables(doc).find((t) => t.includes('Nơi nhận')) ?? '';

  it('puts Nơi nhận and the signature side by side in a borderless table', () => {
    const cells = closing().match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];
    expect(cells).toHaveLength(2);
    expect(textOf(cells[0] ?? '')).toContain('Nơi nhận:');
    expect(textOf(cells[1] ?? '')).toContain(SIGNER);
    expect(closing()).toMatch(/<w:tblBorders>(?:<w:\w+ w:val="none"[^>]*\/>)+<\/w:tblBorders>/);
  });

  it('writes "Nơi nhận:" 12 pt bold italic and the items 11 pt, the last one "- Lưu: VT, VP."', () => {
    const label = paragraphWith(closing(), 'Nơi nhận:');
    expect(label).toMatch(/<w:b\/>[\s\S]*<w:i\/>[\s\S]*<w:sz w:val="24"\/>/);
    const items = paragraphs(closing()).map(textOf).filter((t) => t.startsWith('- '));
    expect(items[0]).toBe('- Như trên;');
    expect(items.at(-1)).toBe('- Lưu: VT, VP.');
    expect(paragraphWith(closing(), 'Lưu: VT, VP.')).toContain('<w:sz w:val="22"/>');
  });

  it('writes the signature lines caps bold centred, leaves room to sign, then the name bold', () => {
    const kt = paragraphWith(closing(), 'KT. GIÁM ĐỐC');
    expect(kt).toContain('<w:pStyle w:val="NDSignature"/>');
    expect(textOf(paragraphWith(closing(), 'PHÓ GIÁM ĐỐC'))).toBe('PHÓ GIÁM ĐỐC');
    const style = styleXml(styles, 'NDSignature');
    expect(style).toContain('<w:b/>');
    expect(style).toContain('<w:jc w:val="center"/>');
    const name = paragraphWith(closing(), SIGNER);
    const before = Number(attr(name, 'w:spacing', 'w:before'));
    expect(before).toBeGreaterThanOrEqual(4 * 14 * 20); // about four lines of 14 pt
  });
});

describe('appendix', () => {
  it('writes the label and title bold centred and the subtitle italic, in the appendix section', () => {
    const [, appendixPart = ''] = doc.split(/<w:sectPr>[\s\S]*?<\/w:sectPr>/);
    const label = paragraphWith(appendixPart, 'Phụ lục');
    expect(label).toContain('<w:pStyle w:val="NDAppendixTitle"/>');
    expect(label).toContain('<w:b/>');
    expect(paragraphWith(appendixPart, 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ')).toContain('<w:b/>');
    expect(paragraphWith(appendixPart, 'Kèm theo Báo cáo số')).toContain('<w:i/>');
    expect(styleXml(styles, 'NDAppendixTitle')).toContain('<w:jc w:val="center"/>');
  });
});
