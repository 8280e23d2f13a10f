/**
 * The fuzz tests' own checks must not be vacuous: each one is shown catching what it is meant to catch.
 */
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxProblems } from './docx-check';
import { containsFragment, expectedFragment, hasForbidden } from './leaves';
import { documentText, GFM_SYNTAX, parseMarkdown } from './markdown-check';
import { diagnosticProblems, snapshot } from './properties';

const part = (xml: string) => strToU8(xml);
const docx = (documentXml: string) =>
  zipSync({
    '[Content_Types].xml': part('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="x"/>'),
    '_rels/.rels': part('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="x"/>'),
    'word/document.xml': part(documentXml),
  });

describe('docxProblems', () => {
  it('accepts a well-formed package', () => {
    expect(docxProblems(docx('<w:document xmlns:w="x"><w:t>Hà Nội &amp; 😀</w:t></w:document>'))).toEqual([]);
  });
  it.each([
    ['a C0 control', '<w:t>a\u0001b</w:t>', 'U+0001'],
    ['the noncharacter U+FFFF', '<w:t>a\uffffb</w:t>', 'U+FFFF'],
    ['a reference to a forbidden character', '<w:t>a&#1;b</w:t>', '&#1;'],
    ['a reference to U+FFFE', '<w:t>a&#xFFFE;b</w:t>', '&#xFFFE;'],
    ['an unclosed element', '<w:t>a', 'not well-formed'],
  ])('flags %s', (_name, xml, expected) => {
    expect(docxProblems(docx(xml)).join('\n')).toContain(expected);
  });
  it('flags bytes that are not a zip', () => {
    expect(docxProblems(strToU8('PK not really')).join('\n')).toContain('not a valid zip');
  });
  it('flags invalid UTF-8', () => {
    const bad = zipSync({ '[Content_Types].xml': new Uint8Array([0x3c, 0x61, 0xff, 0x2f, 0x3e]), '_rels/.rels': part('<r/>'), 'word/document.xml': part('<d/>') });
    expect(docxProblems(bad).join('\n')).toContain('not a valid zip of UTF-8 parts');
  });
});

describe('property 3 oracle', () => {
  it('normalises a leaf as documented', () => {
    expect(expectedFragment({ path: [], text: '  Ha\u0300 No\u0302\u0323i\u0007\t \r\n\n  dòng 2  ' })).toBe('Hà Nội dòng 2');
    expect(expectedFragment({ path: [], text: 'ph\u00f3 gi\u00e1m \u0111\u1ed1c', upper: true })).toBe('PHÓ GIÁM ĐỐC');
    expect(expectedFragment({ path: [], text: ' \n\t ' })).toBeUndefined();
    expect(hasForbidden('a\u0000')).toBe(true);
    expect(hasForbidden('a\ud800b')).toBe(true);
    expect(hasForbidden('a\r\nb')).toBe(false);
  });
  it('finds a fragment only when it is there, edge combining marks aside', () => {
    const hay = 'x Hà Nội y'.normalize('NFD');
    expect(containsFragment(hay, 'Hà Nội')).toBe(true);
    expect(containsFragment(hay, 'Hà Nọi')).toBe(false);
    expect(containsFragment('e\u0301x'.normalize('NFD'), '\u0301x')).toBe(true);
    expect(containsFragment('ex', '\u0301x')).toBe(false);
  });
  it('reads tables, breaks and footnote references out of parsed Markdown', () => {
    const text = documentText(parseMarkdown('a\\\nb[^1]\n\n| c | d |\n| - | - |\n| e | f |\n\n[^1]: g\n'));
    expect(text).toContain('a b');
    if (GFM_SYNTAX) expect(text).toContain('c\nd\ne\nf\n');
  });
});

describe('diagnostic and snapshot checks', () => {
  it('flags malformed diagnostics', () => {
    expect(diagnosticProblems({ code: 'text/forbidden-char', severity: 'warning', path: ['a', 0], message: 'Văn bản có ký tự' })).toEqual([]);
    expect(diagnosticProblems({ code: 'x', severity: 'fatal', path: 'a', message: 'Invalid input' })).toHaveLength(4);
    expect(diagnosticProblems({ code: 'a/b', severity: 'error', path: [-1], message: '' })).toHaveLength(2);
  });
  it('tells -0, NaN, undefined and holes apart, and ignores prototypes', () => {
    expect(snapshot({ a: -0 })).not.toBe(snapshot({ a: 0 }));
    expect(snapshot([undefined])).not.toBe(snapshot([,]));
    expect(snapshot(Object.assign(Object.create(null), { a: 1 }))).toBe(snapshot({ a: 1 }));
  });
});
