import { describe, expect, it } from 'vitest';
import { t } from '@baocao-khcn/test-utils';
import { renderWith } from '../testing';
import { title } from './title';

describe('title, trích yếu and Kính gửi', () => {
  it('writes the title heading, the bold subject and one addressee on the same line', () => {
    expect(renderWith((state) => title({ title: 'BÁO CÁO', subject: [t('Kết quả '), t('9 tháng', { italic: true }), t(' năm 2022')], to: ['Ủy ban nhân dân tỉnh'] }, state))).toBe(
      '# BÁO CÁO\n\n**Kết quả *9 tháng* năm 2022**\n\nKính gửi: Ủy ban nhân dân tỉnh\n',
    );
  });

  it('lists several addressees and skips an empty subject', () => {
    expect(renderWith((state) => title({ title: 'KẾ HOẠCH', subject: [], to: ['Bộ Khoa học và Công nghệ;', 'UBND tỉnh.'] }, state), { headingOffset: 1 })).toBe(
      '## KẾ HOẠCH\n\nKính gửi:\n\n- Bộ Khoa học và Công nghệ;\n- UBND tỉnh.\n',
    );
  });
});
