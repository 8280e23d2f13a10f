import { describe, expect, it } from 'vitest';
import type { TableNode } from '@baocao-khcn/core/tree';
import { cell, documentOf, t } from '@baocao-khcn/test-utils';
import { cellWriter } from '../cells';
import { resolveOptions } from '../options';
import { serialiseOptions } from '../render';
import { renderMarkdownDirect, renderMarkdownGeneral } from '../testing';
import { isPlainCellText } from './table-text';

describe('isPlainCellText: the cell texts renderMarkdown copies as they are', () => {
  it('accepts Vietnamese text, digits and the punctuation nothing escapes in a cell', () => {
    for (const text of ['Cân đồng hồ lò xo số hiệu 100000', 'Cửa hàng số 1, phường Hoàng Văn Thụ', '1/9/2023', '1.234.567,891', '60,38%', 'Lưu: VT, VP.', '(ghi chú) "x" \'y\' #1 + - = > ! ? $ {} ^ ;', 'Ha\u0300 No\u0302\u0323i', 'a\u00a0b', '😀']) {
      expect(isPlainCellText(text), text).toBe(true);
    }
  });

  it('refuses what the serialiser may change: specials, links, line endings, controls, spaces at the ends, the empty text', () => {
    for (const text of ['a|b', 'a\\b', '`x`', '*x*', 'a_b', '[x]', 'a]', '<b>', '~x~', 'a@b.vn', 'KH&CN', 'www.x.vn', 'WWW.X', 'http://x.vn', 'a\nb', 'a\rb', 'a\tb', 'a\u0000b', 'a\u007fb', ' a', 'a ', '\u00a0a', 'a\u3000', '']) {
      expect(isPlainCellText(text), JSON.stringify(text)).toBe(false);
    }
  });
});

describe('cellWriter', () => {
  it('writes each cell as in a table: escaped, footnote references kept, empty cells empty', () => {
    const write = cellWriter(serialiseOptions(resolveOptions(undefined)));
    expect(
      write([
        [{ type: 'text', value: 'a|b *c* KH&CN a@b.vn' }],
        [],
        [{ type: 'strong', children: [{ type: 'text', value: 'Đạt' }] }, { type: 'footnoteReference', identifier: '1', label: '1' }],
      ]),
    ).toEqual(['a\\|b \\*c\\* KH&CN a\\@b.vn', '', '**Đạt**[^1]']);
    expect(write([])).toEqual([]);
  });
});

describe('tables written directly', () => {
  const table: TableNode = {
    type: 'table',
    columns: [{ width: 0.2 }, { width: 0.4 }, { width: 0.4 }],
    headerRows: [{ group: false, cells: [cell('TT'), cell('Nội dung'), cell('Ghi chú')] }],
    rows: [
      { group: false, cells: [cell('1', { align: 'center' }), cell('Cân số 1, phường Hoàng Văn Thụ'), cell('Đạt')] },
      { group: false, cells: [cell('2', { align: 'center' }), cell('Sở KH&CN | a_b'), { ...cell(''), paragraphs: [[t('x'), { type: 'footnote', number: 1, children: [t('ghi chú')] }]] }] },
      { group: true, cells: [cell('II', { colSpan: 3 })] },
    ],
  };

  it('copy plain cells and write the others through the batch, as the general path does', () => {
    const document = documentOf({ body: [table] });
    const markdown = renderMarkdownDirect(document, { header: false });
    expect(markdown).toContain(
      ['| TT | Nội dung | Ghi chú |', '| :-: | - | - |', '| 1 | Cân số 1, phường Hoàng Văn Thụ | Đạt |', '| 2 | Sở KH&CN \\| a_b | x[^1] |', '| **II** | | |'].join('\n'),
    );
    expect(markdown).toBe(renderMarkdownGeneral(document, { header: false }));
    expect(renderMarkdownDirect(document, { footnotes: 'inline', mergedCells: 'first' })).toBe(renderMarkdownGeneral(document, { footnotes: 'inline', mergedCells: 'first' }));
  });
});
