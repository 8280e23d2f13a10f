import { describe, expect, it } from 'vitest';
import { headerOf } from '@baocao-khcn/test-utils';
import { renderWith } from '../testing';
import { header } from './header';

const node = headerOf();

describe('header', () => {
  it('renders the header block as a centred two-column table', () => {
    expect(renderWith((state) => header(node, state))).toBe(
      [
        '| UBND TỈNH LẠNG SƠN | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |',
        '| :-: | :-: |',
        '| **SỞ KHOA HỌC VÀ CÔNG NGHỆ** | **Độc lập - Tự do - Hạnh phúc** |',
        '| Số: 05/BC-SKHCN | *Lạng Sơn, ngày 05 tháng 02 năm 2024* |',
        '',
      ].join('\n'),
    );
  });

  it('puts the agency first without a parent agency and keeps a draft number line', () => {
    const { parentAgency: _omitted, ...rest } = node;
    expect(renderWith((state) => header({ ...rest, numberLine: 'Số:      /BC-SKHCN', dateLine: 'Bắc Giang, ngày      tháng 9 năm 2023' }, state))).toBe(
      [
        '| **SỞ KHOA HỌC VÀ CÔNG NGHỆ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |',
        '| :-: | :-: |',
        '| | **Độc lập - Tự do - Hạnh phúc** |',
        '| Số:      /BC-SKHCN | *Bắc Giang, ngày      tháng 9 năm 2023* |',
        '',
      ].join('\n'),
    );
  });
});
