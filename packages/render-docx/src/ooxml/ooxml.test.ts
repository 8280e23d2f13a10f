import { describe, expect, it } from 'vitest';
import { BodyWriter, sectionProperties } from './body';
import { paragraphProperties, paragraphXml } from './paragraph';
import { runProperties, textRuns } from './run';
import { empty, escapeText, Sink } from './xml';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('escapeText and empty', () => {
  it('escape the five XML characters and drop forbidden controls', () => {
    expect(escapeText(`a&b<c>"d"'e'\u0001{f}`)).toBe('a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;{f}');
    expect(empty('w:tab', { 'w:val': 'left', 'w:pos': 1004 })).toBe('<w:tab w:val="left" w:pos="1004"/>');
    expect(empty('w:keepNext')).toBe('<w:keepNext/>');
  });
});

describe('runs', () => {
  it('write breaks and tabs, and off switches', () => {
    expect(textRuns('a\tb\nc', '')).toBe(
      '<w:r><w:t xml:space="preserve">a</w:t><w:tab/><w:t xml:space="preserve">b</w:t></w:r><w:r><w:br/><w:t xml:space="preserve">c</w:t></w:r>',
    );
    expect(textRuns('', '')).toBe('<w:r/>');
    expect(runProperties({ bold: false, size: 13 }, true)).toBe(
      '<w:rPr><w:b w:val="false"/><w:bCs w:val="false"/><w:sz w:val="26"/><w:szCs w:val="26"/><w:vertAlign w:val="superscript"/></w:rPr>',
    );
  });

  it('write text that reads like a docx field keyword as text', () => {
    expect(textRuns('CURRENT', '')).toBe('<w:r><w:t xml:space="preserve">CURRENT</w:t></w:r>');
  });
});

describe('paragraphs', () => {
  it('write properties in CT_PPr order whatever the order given', () => {
    const props = paragraphProperties({ alignment: 'left', indent: { left: 10, hanging: 5 }, tabStop: 10, style: 'NDList', keepNext: true });
    expect(props).toBe('<w:pStyle w:val="NDList"/><w:keepNext/><w:tabs><w:tab w:val="left" w:pos="10"/></w:tabs><w:ind w:left="10" w:hanging="5"/><w:jc w:val="left"/>');
    expect(paragraphXml('', '')).toBe('<w:p/>');
  });
});

describe('BodyWriter', () => {
  const section = sectionProperties({
    headers: { default: 'rId8' },
    nextPage: true,
    page: { width: 11906, height: 16838, landscape: true },
    margins: { top: 1134, right: 850, bottom: 1134, left: 1701, header: 720, footer: 720 },
    restartNumbers: true,
    titlePage: false,
  });

  it('puts a section break in the last paragraph of the section, or in an empty one after a table', () => {
    const sink = new Sink();
    const body = new BodyWriter(sink);
    body.paragraph('<w:pStyle w:val="A"/>', '<w:r/>');
    body.endSection('<w:sectPr/>');
    body.xml('<w:tbl/>');
    body.endSection('<w:sectPr/>');
    body.endSection('<w:sectPr/>');
    body.paragraph('', '');
    body.finish(section);
    expect(text(sink.bytes())).toBe(
      '<w:p><w:pPr><w:pStyle w:val="A"/><w:sectPr/></w:pPr><w:r/></w:p><w:tbl/><w:p><w:pPr><w:sectPr/></w:pPr></w:p>' +
        `<w:p><w:pPr><w:sectPr/></w:pPr></w:p><w:p/>${section}`,
    );
    expect(section).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
  });
});

describe('Sink', () => {
  it('joins long output without splitting characters', () => {
    const sink = new Sink();
    for (let i = 0; i < 20_000; i++) sink.push('Số liệu ');
    expect(text(sink.bytes())).toBe('Số liệu '.repeat(20_000));
  });
});
