import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '@baocao-khcn/core';
import { escapeXml, sanitizeText } from './sanitize';

const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('sanitizeText', () => {
  it('keeps clean text, tabs and line breaks as they are', () => {
    const out: Diagnostic[] = [];
    expect(sanitizeText('Số:\t05/BC-SKHCN\nngày 05', ['x'], (d) => out.push(d))).toBe('Số:\t05/BC-SKHCN\nngày 05');
    expect(out).toEqual([]);
  });

  it('removes forbidden characters and reports them once per string', () => {
    const out: Diagnostic[] = [];
    expect(sanitizeText('a\u0000b\u0001c\ufffe😀\udc00', ['body', 2, 'text'], (d) => out.push(d))).toBe('abc😀');
    expect(out).toEqual([
      {
        code: 'docx/invalid-char',
        severity: 'warning',
        path: ['body', 2, 'text'],
        message: 'Đã bỏ 4 ký tự không hợp lệ trong XML (U+0000, U+0001, U+FFFE, U+DC00).',
      },
    ]);
  });

  it('turns CR LF and CR into LF and normalises to NFC', () => {
    expect(sanitizeText('a\r\nb\rc', [], () => {})).toBe('a\nb\nc');
    expect(sanitizeText('Ho\u0323c', [], () => {})).toBe('Học');
  });

  it('never leaves a forbidden character and always returns NFC (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const clean = sanitizeText(s, [], () => {});
        return !FORBIDDEN.test(clean) && clean === clean.normalize('NFC') && !clean.includes('\r');
      }),
    );
  });
});

describe('escapeXml', () => {
  it('escapes the markup characters', () => {
    expect(escapeXml('KH&CN <a> "b"')).toBe('KH&amp;CN &lt;a&gt; &quot;b&quot;');
  });
});
