import { describe, expect, it } from 'vitest';
import { escapeAstralUnderscores, unescapeAmpersands } from './escape';
import { p, t } from '@baocao-khcn/test-utils';
import { renderBlocks } from './testing';

describe('escaping beyond mdast-util-to-markdown', () => {
  it('escapes an underscore next to an astral character (found by the round-trip property)', () => {
    expect(renderBlocks([p(t('ệ', { bold: true }), t('𐀀_e\u0301', { bold: true, italic: true }))])).toBe('**&#x1EC7;_&#x10000;\\_e\u0301_**\n');
    expect(renderBlocks([p(t('🇻🇳_𐀀', { italic: true }), t('Ⰰ'))])).toBe('*🇻🇳\\_𐀀*Ⰰ\n');
  });

  it('escapes whole underscore runs that touch an astral character, and nothing else', () => {
    expect(escapeAstralUnderscores('a_b a__b 😀_ _😀 \\_😀 \\\\_😀')).toBe('a_b a__b 😀\\_ \\_😀 \\_😀 \\\\\\_😀');
    expect(escapeAstralUnderscores('ệ__😀 🇻🇳\\__0 \\*_')).toBe('ệ\\_\\_😀 🇻🇳\\_\\_0 \\*_');
  });

  it('reads back underscore runs next to astral characters', () => {
    expect(renderBlocks([p(t('#ệ__😀', { bold: true, italic: true }))])).toBe('**_#ệ\\_\\_😀_**\n');
    expect(renderBlocks([p(t('03__🇻🇳', { bold: true, italic: true }))])).toBe('**_03\\_\\_🇻🇳_**\n');
  });

  it('escapes a colon after a footnote reference at the start of a line', () => {
    expect(renderBlocks([p({ type: 'footnote', number: 1, children: [t('x')] }, t(': y'))])).toBe('[^1]\\: y\n\n[^1]: x\n');
  });
});

describe('e-mail addresses', () => {
  it('escapes every @ so that no autolink forms or swallows emphasis markers', () => {
    expect(renderBlocks([p(t('vp@skhcn.gov.vn @ a'))])).toBe('vp\\@skhcn.gov.vn \\@ a\n');
    expect(renderBlocks([p(t('#', { italic: true }), t('@.Bắc Kạn', { bold: true }))])).toBe('*#*__\\@.Bắc Kạn__\n');
  });
});

describe('ampersands', () => {
  it('writes & plainly where it cannot start a character reference', () => {
    expect(unescapeAmpersands('Sở KH\\&CN, R\\&D. \\&amp; \\&amp \\&#x41; \\&x;y \\\\&CN & x')).toBe('Sở KH&CN, R&D. \\&amp; &amp \\&#x41; \\&x;y \\\\&CN & x');
    expect(unescapeAmpersands('a \\&CN', ';')).toBe('a \\&CN');
    expect(unescapeAmpersands('a \\&CN', '')).toBe('a \\&CN');
    expect(unescapeAmpersands('a \\&CN', '*')).toBe('a &CN');
    expect(renderBlocks([p(t('Sở KH&CN tỉnh; &amp; &copy; '), t('KH&CN', { bold: true }), t('&CN;'))])).toBe('Sở KH&CN tỉnh; \\&amp; \\&copy; **KH&CN**\\&CN;\n');
    expect(renderBlocks([p(t('KH&CN'), { type: 'footnote', number: 1, children: [t('KH&CN')] }, t('; R&D'))])).toBe('KH&CN[^1]; R&D\n\n[^1]: KH&CN\n');
    expect(renderBlocks([{ type: 'heading', level: 1, style: 'roman', number: 'II.', children: [t('Pháp luật về KH&CN')] }])).toBe('## II. Pháp luật về KH&CN\n');
  });
});
