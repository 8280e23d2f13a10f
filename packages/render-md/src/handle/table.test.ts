import { describe, expect, it } from 'vitest';
import type { TableNode } from '@baocao-khcn/core/tree';
import { cell, t } from '@baocao-khcn/test-utils';
import { renderBlocks } from '../testing';

const budget: TableNode = {
  type: 'table',
  columns: [{ width: 0.1 }, { width: 0.5 }, { width: 0.2 }, { width: 0.2 }],
  caption: [t('Đơn vị tính: triệu đồng')],
  headerRows: [
    { group: false, cells: [cell('STT', { rowSpan: 2, bold: true }), cell('Nội dung', { rowSpan: 2, bold: true }), cell('Kinh phí', { colSpan: 2, bold: true })] },
    { group: false, cells: [cell('Tổng số', { bold: true }), cell('NS tỉnh', { bold: true })] },
  ],
  rows: [
    { group: true, cells: [cell('I'), cell('Nhiệm vụ cấp tỉnh', { colSpan: 3 })] },
    {
      group: false,
      cells: [
        cell('1', { align: 'center' }),
        { ...cell(''), paragraphs: [[t('Đề tài A')], [t('(mã '), t('01', { bold: true }), t(')')]] },
        cell('1.234,5', { align: 'right', rowSpan: 2 }),
        cell('200', { align: 'right' }),
      ],
    },
    { group: false, cells: [cell('2', { align: 'center' }), cell('Đề tài B', { italic: true }), cell('300', { align: 'right' })] },
  ],
};

describe('table', () => {
  it('flattens rowSpan/colSpan by repeating the value (once in group rows), bolds group rows and extra header rows', () => {
    expect(renderBlocks([budget])).toBe(
      [
        '*Đơn vị tính: triệu đồng*',
        '',
        '| STT | Nội dung | Kinh phí | Kinh phí |',
        '| :-: | - | -: | -: |',
        '| **STT** | **Nội dung** | **Tổng số** | **NS tỉnh** |',
        '| **I** | **Nhiệm vụ cấp tỉnh** | | |',
        '| 1 | Đề tài A (mã **01**) | 1.234,5 | 200 |',
        '| 2 | *Đề tài B* | 1.234,5 | 300 |',
        '',
      ].join('\n'),
    );
  });

  it('keeps a merged value in its top-left slot only with mergedCells: first', () => {
    expect(renderBlocks([{ ...budget, caption: undefined }], { mergedCells: 'first' })).toBe(
      [
        '| STT | Nội dung | Kinh phí | |',
        '| :-: | - | -: | -: |',
        '| | | **Tổng số** | **NS tỉnh** |',
        '| **I** | **Nhiệm vụ cấp tỉnh** | | |',
        '| 1 | Đề tài A (mã **01**) | 1.234,5 | 200 |',
        '| 2 | *Đề tài B* | | 300 |',
        '',
      ].join('\n'),
    );
  });

  it('repeats a value that spans rows into a group row', () => {
    const table: TableNode = {
      type: 'table',
      columns: [{ width: 0.5 }, { width: 0.5 }],
      headerRows: [{ group: false, cells: [cell('Nhóm'), cell('Nội dung')] }],
      rows: [
        { group: false, cells: [cell('A', { rowSpan: 2 }), cell('x')] },
        { group: true, cells: [cell('Tổng')] },
      ],
    };
    expect(renderBlocks([table])).toBe('| Nhóm | Nội dung |\n| - | - |\n| A | x |\n| **A** | **Tổng** |\n');
  });

  it('writes an empty GFM header row when the table has no header rows, and pads short rows', () => {
    const table: TableNode = {
      type: 'table',
      columns: [{ width: 0.5 }, { width: 0.5 }],
      headerRows: [],
      rows: [{ group: false, cells: [cell('a')] }, { group: false, cells: [cell('b'), cell('c')] }],
    };
    expect(renderBlocks([table])).toBe('| | |\n| - | - |\n| a | |\n| b | c |\n');
  });

  it('escapes pipes and never writes <br> or HTML from cell text', () => {
    const table: TableNode = {
      type: 'table',
      columns: [{ width: 1 }],
      headerRows: [{ group: false, cells: [cell('a | b')] }],
      rows: [{ group: false, cells: [{ ...cell(''), paragraphs: [[t('- dòng 1\ndòng 2')], [t('<br>'), { type: 'footnote', number: 3, children: [t('| x |')] }]] }] }],
    };
    expect(renderBlocks([table])).toBe('| a \\| b |\n| - |\n| - dòng 1 dòng 2 \\<br>[^3] |\n\n[^3]: \\| x |\n');
    expect(renderBlocks([table], { footnotes: 'inline' })).toBe('| a \\| b |\n| - |\n| - dòng 1 dòng 2 \\<br> (\\| x \\|) |\n');
  });
});
