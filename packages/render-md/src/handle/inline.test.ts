import { describe, expect, it } from 'vitest';
import type { BlockNode, InlineNode } from '@baocao-khcn/core/tree';
import { p, t } from '@baocao-khcn/test-utils';
import { renderBlocks } from '../testing';

describe('handler maps', () => {
  it('names an unknown block node type', () => {
    const bogus = { type: 'image', src: 'x.png' } as unknown as BlockNode;
    expect(() => renderBlocks([bogus])).toThrow(new TypeError('render-md: không có loại nút khối "image" (các loại có: heading, paragraph, list, table)'));
  });

  it('names an unknown inline node type, and does not dispatch on prototype keys', () => {
    expect(() => renderBlocks([p({ type: 'link', url: 'x' } as unknown as InlineNode)])).toThrow('render-md: không có loại nút trong dòng "link" (các loại có: text, footnote)');
    expect(() => renderBlocks([{ type: 'constructor' } as unknown as BlockNode])).toThrow('không có loại nút khối "constructor"');
  });
});

describe('footnotes', () => {
  it('writes one definition per number, in number order, first content wins', () => {
    const fn = (number: number, text: string): InlineNode => ({ type: 'footnote', number, children: [t(text)] });
    expect(renderBlocks([p(t('a'), fn(2, 'hai')), p(t('b'), fn(1, 'một')), p(t('c'), fn(2, 'khác'))])).toBe(
      'a[^2]\n\nb[^1]\n\nc[^2]\n\n[^1]: một\n\n[^2]: hai\n',
    );
  });

  it('drops an empty inline footnote', () => {
    expect(renderBlocks([p(t('a'), { type: 'footnote', number: 1, children: [t('  ')] }, t('.'))], { footnotes: 'inline' })).toBe('a.\n');
  });
});
