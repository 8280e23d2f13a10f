import { describe, expect, it } from 'vitest';
import type { AppendixNode } from '@baocao-khcn/core/tree';
import { cell, p, t } from '@baocao-khcn/test-utils';
import { renderWith } from '../testing';
import { appendix } from './appendix';

const node: AppendixNode = {
  label: 'Phụ lục',
  title: [t('DANH MỤC NHIỆM VỤ ĐƯỢC GIAO')],
  subtitle: [t('(Kèm theo Báo cáo số 05/BC-SKHCN ngày 05/02/2024)')],
  orientation: 'landscape',
  blocks: [
    { type: 'heading', level: 1, style: 'roman', number: 'I.', children: [t('Nhiệm vụ')] },
    {
      type: 'table',
      columns: [{ width: 0.2 }, { width: 0.8 }],
      headerRows: [{ group: false, cells: [cell('STT'), cell('Nội dung')] }],
      rows: [{ group: false, cells: [cell('1'), cell('Báo cáo tháng')] }],
    },
    p(t('Ghi chú'), { type: 'footnote', number: 4, children: [t('Theo Quyết định số 10')] }),
  ],
};

describe('appendix', () => {
  it('renders a separate section: rule, "label: title" heading, italic subtitle, blocks', () => {
    expect(renderWith((state) => appendix(node, state))).toBe(
      [
        '---',
        '',
        '# Phụ lục: DANH MỤC NHIỆM VỤ ĐƯỢC GIAO',
        '',
        '*(Kèm theo Báo cáo số 05/BC-SKHCN ngày 05/02/2024)*',
        '',
        '## I. Nhiệm vụ',
        '',
        '| STT | Nội dung |',
        '| - | - |',
        '| 1 | Báo cáo tháng |',
        '',
        'Ghi chú[^4]',
        '',
        '[^4]: Theo Quyết định số 10',
        '',
      ].join('\n'),
    );
  });

  it('uses the label or the title alone, and honours headingOffset', () => {
    expect(renderWith((state) => appendix({ ...node, title: [], subtitle: undefined, blocks: [] }, state), { headingOffset: 1 })).toBe('---\n\n## Phụ lục\n');
    expect(renderWith((state) => appendix({ ...node, label: undefined, subtitle: undefined, blocks: [] }, state))).toBe(
      '---\n\n# DANH MỤC NHIỆM VỤ ĐƯỢC GIAO\n',
    );
  });
});
