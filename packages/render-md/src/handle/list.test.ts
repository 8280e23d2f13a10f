import { describe, expect, it } from 'vitest';
import type { ListItemNode } from '@baocao-khcn/core/tree';
import { t } from '@baocao-khcn/test-utils';
import { renderBlocks } from '../testing';

const item = (marker: string, text: string, items: ListItemNode[] = []): ListItemNode => ({ marker, children: [t(text)], items });

describe('list', () => {
  it('renders "-" then "+" items as a nested Markdown list', () => {
    expect(
      renderBlocks([
        {
          type: 'list',
          items: [
            item('-', 'Xây dựng các báo cáo:', [item('+', 'Báo cáo A;'), item('+', 'Báo cáo B;')]),
            item('-', 'Xây dựng định mức.'),
          ],
        },
      ]),
    ).toBe('- Xây dựng các báo cáo:\n  - Báo cáo A;\n  - Báo cáo B;\n- Xây dựng định mức.\n');
  });

  it('keeps a non-bullet marker as text and honours the bullet option', () => {
    expect(renderBlocks([{ type: 'list', items: [item('a)', 'Đề tài'), item('•', 'Dự án')] }], { bullet: '*' })).toBe('* a) Đề tài\n* Dự án\n');
  });

  it('keeps two lists apart and escapes item text', () => {
    expect(renderBlocks([{ type: 'list', items: [item('-', '- a')] }, { type: 'list', items: [item('-', '1. b')] }])).toBe('- \\- a\n\n* 1\\. b\n');
  });

  it('writes line breaks inside items and omits an empty list', () => {
    expect(renderBlocks([{ type: 'list', items: [] }, { type: 'list', items: [item('-', 'a\nb')] }])).toBe('- a\\\n  b\n');
  });
});
