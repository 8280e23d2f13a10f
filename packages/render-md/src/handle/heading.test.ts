import { describe, expect, it } from 'vitest';
import { t } from '@baocao-khcn/test-utils';
import { renderBlocks } from '../testing';
import type { HeadingNode } from '@baocao-khcn/core/tree';

const h = (level: number, number: string, ...children: HeadingNode['children']): HeadingNode => ({
  type: 'heading',
  level,
  style: 'arabic',
  number,
  children,
});

describe('heading', () => {
  it('writes number + space + title one level below the document title', () => {
    expect(renderBlocks([h(1, 'I.', t('KẾT QUẢ')), h(2, '1.', t('Công tác tham mưu')), h(3, '6.1.', t('Đề tài'))])).toBe(
      '## I. KẾT QUẢ\n\n### 1. Công tác tham mưu\n\n#### 6.1. Đề tài\n',
    );
  });

  it('writes a part number and a bare title when the number is empty', () => {
    expect(renderBlocks([h(1, 'Phần I', t('TÌNH HÌNH')), h(2, '', t('Không số'))])).toBe('## Phần I TÌNH HÌNH\n\n### Không số\n');
  });

  it('applies headingOffset and keeps depths within 1–6', () => {
    expect(renderBlocks([h(1, 'I.', t('A')), h(9, 'a)', t('B'))], { headingOffset: 2 })).toBe('#### I. A\n\n###### a) B\n');
    expect(renderBlocks([h(1, 'I.', t('A'))], { headingOffset: -5 })).toBe('# I. A\n');
  });

  it('keeps bold/italic runs and footnotes, turns a line break into a space', () => {
    expect(
      renderBlocks([h(2, '1.', t('Đề tài '), t('cấp tỉnh', { italic: true }), t('\nnăm 2023'), { type: 'footnote', number: 1, children: [t('Ghi chú')] })]),
    ).toBe('### 1. Đề tài *cấp tỉnh* năm 2023[^1]\n\n[^1]: Ghi chú\n');
  });

  it('escapes a title that looks like Markdown', () => {
    expect(renderBlocks([h(1, '', t('# không phải tiêu đề #'))])).toBe('## # không phải tiêu đề \\#\n');
    expect(renderBlocks([h(1, '1.', t('<b>x</b> *y* [^1]'))])).toBe('## 1. \\<b>x\\</b> \\*y\\* \\[^1]\n');
  });
});
