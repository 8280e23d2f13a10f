import { describe, expect, it } from 'vitest';
import { h, p, t } from '@baocao-khcn/test-utils';
import { sampleReport } from './fixture';
import { paragraphWith, render, styleXml, textOf } from './helpers';

describe('headings by number style (ND 30)', () => {
  it('makes Phần headings centred, bold, the number on its own line and the title in capitals', async () => {
    const { parts } = await render(
      sampleReport({
        body: [h(1, 'part', 'Phần I', 'Tình hình, kết quả hoạt động'), h(2, 'roman', 'I.', 'Thực hiện nhiệm vụ'), p('…'), h(3, 'alpha', 'a)', 'Khoa học cơ sở')],
        appendices: [],
      }),
    );
    const doc = parts['word/document.xml'] ?? '';
    const styles = parts['word/styles.xml'] ?? '';
    const part = paragraphWith(doc, 'Phần I');
    expect(part).toContain('<w:pStyle w:val="Heading1"/>');
    expect(textOf(part)).toBe('Phần I\nTÌNH HÌNH, KẾT QUẢ HOẠT ĐỘNG');
    const heading1 = styleXml(styles, 'Heading1');
    expect(heading1).toContain('<w:jc w:val="center"/>');
    expect(heading1).toContain('<w:b/>');
    expect(styleXml(styles, 'Heading2')).toContain('<w:jc w:val="both"/>');
    expect(styleXml(styles, 'Heading3')).toMatch(/<w:i\/>/);
    expect(textOf(paragraphWith(doc, 'Khoa học cơ sở'))).toBe('a) Khoa học cơ sở');
  });

  it('writes the difference as direct formatting when a heading’s number style differs from its level’s style', async () => {
    const { parts } = await render(
      sampleReport({ body: [h(1, 'roman', 'I.', 'Một'), h(1, 'alpha', 'a)', 'Hai'), h(1, 'part', 'Phần II', 'Ba')], appendices: [] }),
    );
    const doc = parts['word/document.xml'] ?? '';
    const alpha = paragraphWith(doc, 'Hai');
    expect(alpha).toContain('<w:pStyle w:val="Heading1"/>');
    expect(alpha).toMatch(/<w:i\/>/);
    const part = paragraphWith(doc, 'Phần II');
    expect(part).toContain('<w:jc w:val="center"/>');
    expect(textOf(part)).toBe('Phần II\nBA');
  });

  it('keeps inline formatting and footnotes inside headings', async () => {
    const { parts } = await render(
      sampleReport({
        body: [{ type: 'heading', level: 2, style: 'arabic', number: '1.', children: [t('Công tác '), t('thanh tra', { italic: true }), { type: 'footnote', number: 1, children: [t('Gồm 03 cuộc.')] }] }],
        appendices: [],
      }),
    );
    const heading = paragraphWith(parts['word/document.xml'] ?? '', 'Công tác');
    expect(heading).toContain('<w:footnoteReference w:id="1"/>');
    expect(textOf(heading)).toBe('1. Công tác thanh tra');
  });
});
