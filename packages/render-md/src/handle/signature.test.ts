import { describe, expect, it } from 'vitest';
import { renderWith } from '../testing';
import { recipients } from './recipients';
import { signature } from './signature';

describe('signature and Nơi nhận', () => {
  it('renders authority lines, name, then the recipients with the note', () => {
    expect(
      renderWith((state) => [
        ...signature({ lines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], name: 'Nguyễn Văn A' }, state),
        ...recipients({ label: 'Nơi nhận:', note: 'Bản điện tử:', items: ['Như trên;', 'UBND tỉnh (b/c);', 'Lưu: VT, VP.'] }, state),
      ]),
    ).toBe(
      [
        '**KT. GIÁM ĐỐC**\\',
        '**PHÓ GIÁM ĐỐC**',
        '',
        '**Nguyễn Văn A**',
        '',
        '**_Nơi nhận:_**',
        '',
        '*Bản điện tử:*',
        '',
        '- Như trên;',
        '- UBND tỉnh (b/c);',
        '- Lưu: VT, VP.',
        '',
      ].join('\n'),
    );
  });

  it('skips empty parts and escapes items', () => {
    expect(
      renderWith((state) => [...signature({ lines: [], name: ' ' }, state), ...recipients({ label: 'Nơi nhận:', items: ['- Như trên;', '', '1. Lưu'] }, state)]),
    ).toBe('**_Nơi nhận:_**\n\n- \\- Như trên;\n- 1\\. Lưu\n');
  });
});
