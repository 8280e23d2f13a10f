import { describe, expect, it } from 'vitest';
import { p, t } from '@baocao-khcn/test-utils';
import { renderBlocks } from '../testing';

describe('paragraph', () => {
  it('writes bold, italic and bold italic runs', () => {
    expect(renderBlocks([p(t('Tổng số '), t('14', { bold: true }), t(' nhiệm vụ, '), t('đang thực hiện', { italic: true }), t(' '), t('10', { bold: true, italic: true }))])).toBe(
      'Tổng số **14** nhiệm vụ, *đang thực hiện* **_10_**\n',
    );
  });

  it('merges adjacent runs of one style and moves edge spaces out of the markers', () => {
    expect(renderBlocks([p(t('Tổng số ', { bold: true }), t('14 ', { bold: true }), t('nhiệm vụ'))])).toBe('**Tổng số 14** nhiệm vụ\n');
    expect(renderBlocks([p(t('a '), t(' ', { bold: true }), t('b'))])).toBe('a  b\n');
  });

  it('writes footnote references and their definitions at the end (GFM)', () => {
    expect(
      renderBlocks([
        p(t('Nghiệm thu 03 đề tài'), { type: 'footnote', number: 1, children: [t('Đề tài A; '), t('đề tài B', { italic: true })] }, t('.')),
        p(t('Và'), { type: 'footnote', number: 2, children: [t('Dòng 1\nDòng 2')] }),
      ]),
    ).toBe('Nghiệm thu 03 đề tài[^1].\n\nVà[^2]\n\n[^1]: Đề tài A; *đề tài B*\n\n[^2]: Dòng 1\\\n    Dòng 2\n');
  });

  it('writes footnotes inline in parentheses', () => {
    const fn = { type: 'footnote' as const, number: 1, children: [t('gồm 04 + 10')] };
    expect(renderBlocks([p(t('Tổng số 14 nhiệm vụ'), fn, t('.'))], { footnotes: 'inline' })).toBe('Tổng số 14 nhiệm vụ (gồm 04 + 10).\n');
    expect(renderBlocks([p(t('Tổng số 14 nhiệm vụ '), fn)], { footnotes: 'inline' })).toBe('Tổng số 14 nhiệm vụ (gồm 04 + 10)\n');
    expect(renderBlocks([p(fn, t(' đầu'))], { footnotes: 'inline' })).toBe('(gồm 04 + 10) đầu\n');
    expect(renderBlocks([p(t('Bold', { bold: true }), fn)], { footnotes: 'inline' })).toBe('**Bold** (gồm 04 + 10)\n');
  });

  it('maps \\n to a hard break, \\t to a space, and trims line edges', () => {
    expect(renderBlocks([p(t('  Dòng 1  \n\n  Dòng\t2 \r\nDòng 3\n'))])).toBe('Dòng 1\\\nDòng 2\\\nDòng 3\n');
  });

  it('omits a paragraph with no text', () => {
    expect(renderBlocks([p(t(' \n\t ')), p(t('x'))])).toBe('x\n');
  });

  it('writes superscript as plain text (no HTML)', () => {
    expect(renderBlocks([p(t('m'), t('2', { superscript: true }))])).toBe('m2\n');
  });

  it('escapes text that looks like Markdown or HTML', () => {
    const cases: [string, string][] = [
      ['# a', '\\# a\n'],
      ['- a', '\\- a\n'],
      ['+ a', '\\+ a\n'],
      ['1. a', '1\\. a\n'],
      ['2) a', '2\\) a\n'],
      ['| a | b |', '\\| a | b |\n'],
      ['* a', '\\* a\n'],
      ['> a', '\\> a\n'],
      ['[^1] a', '\\[^1] a\n'],
      ['<script>alert(1)</script>', '\\<script>alert(1)\\</script>\n'],
      ['a `b` c', 'a \\`b\\` c\n'],
      ['a _b_ c', 'a \\_b\\_ c\n'],
      ['&amp; &#x41;', '\\&amp; \\&#x41;\n'],
      ['---', '\\---\n'],
      ['===', '\\===\n'],
      ['[a](http://x)', '\\[a]\\(http\\://x)\n'],
      ['www.khcn.gov.vn', 'www\\.khcn.gov.vn\n'],
    ];
    for (const [input, output] of cases) expect(renderBlocks([p(t(input))])).toBe(output);
  });
});
