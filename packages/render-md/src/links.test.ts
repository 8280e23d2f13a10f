/**
 * Links (issue 20, point 4): what GFM parsers make of addresses in user text. See "Links" in the README;
 * `roundtrip.test.ts` checks the same promise on random trees.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Nodes, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './index';
import { documentOf, p, t } from '@baocao-khcn/test-utils';
import { renderBlocks } from './testing';

function parse(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** `[text, url]` of every link, in document order. */
function links(node: Nodes): [string, string][] {
  if (node.type === 'link') return [[node.children.map((c) => (c.type === 'text' ? c.value : `<${c.type}>`)).join(''), node.url]];
  return 'children' in node ? (node.children as Nodes[]).flatMap(links) : [];
}

/** The text of a node, links included. */
function text(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(text).join('') : '';
}

describe('links in Markdown', () => {
  it('escapes addresses so that no autolink is found in the source; the parser links the decoded text exactly', () => {
    const markdown = renderBlocks([p(t('Liên hệ a@b.vn, www.x.vn và http://x.vn/a.'))]);
    expect(markdown).toBe('Liên hệ a\\@b.vn, www\\.x.vn và http\\://x.vn/a.\n');
    const root = parse(markdown);
    expect(text(root)).toBe('Liên hệ a@b.vn, www.x.vn và http://x.vn/a.');
    expect(links(root)).toEqual([
      ['a@b.vn', 'mailto:a@b.vn'],
      ['www.x.vn', 'http://www.x.vn'],
      ['http://x.vn/a', 'http://x.vn/a'],
    ]);
  });

  it('a www. before emphasis markers no longer swallows them (found by the round-trip property)', () => {
    const document = documentOf({ subject: [t('www.'), t('&'), t('&', { italic: true })] });
    const markdown = renderMarkdown(document, { header: false });
    expect(markdown).toContain('**www\\.&_&_**\n');
    const subject = parse(markdown).children[1] as Nodes;
    // Before: `**www.&_&_**` read back as one link "www.&_&" and lost the italic.
    expect(subject).toMatchObject({ type: 'paragraph', children: [{ type: 'strong', children: [{}, {}, { type: 'emphasis', children: [{ type: 'text', value: '&' }] }] }] });
    expect(text(subject)).toBe('www.&&');
    // mdast-util-gfm still links the bare "www" of the decoded text: inside the word, as promised.
    expect(links(subject)).toEqual([['www', 'http://www']]);
  });

  it('a link stops at a space, a line break, a change of style and a footnote reference', () => {
    const markdown = renderBlocks([
      p(t('a@b.vn x\nwww.x.vn'), t('/bold', { bold: true }), t('http://x.vn/a'), { type: 'footnote', number: 1, children: [t('ghi chú')] }, t('b')),
    ]);
    expect(links(parse(markdown))).toEqual([
      ['a@b.vn', 'mailto:a@b.vn'],
      ['www.x.vn', 'http://www.x.vn'],
      ['http://x.vn/a', 'http://x.vn/a'],
    ]);
  });

  it('documented limits: a no-break space does not end a link, nor does the ")" of an inline footnote', () => {
    expect(links(parse(renderBlocks([p(t('http://x.vn/a\u00a0tiếp'))])))).toEqual([['http://x.vn/a\u00a0tiếp', 'http://x.vn/a\u00a0tiếp']]);
    const inline = renderBlocks([p(t('Xem'), { type: 'footnote', number: 1, children: [t('http://x.vn/a')] }, t('b'))], { footnotes: 'inline' });
    expect(links(parse(inline))).toEqual([['http://x.vn/a)b', 'http://x.vn/a)b']]);
  });

  it('the recipients of example 004 read back as six e-mail links… (the text is the addresses, nothing more)', () => {
    const items = ['pth@bacgiang.gov.vn;', 'tranggt@bacgiang.gov.vn;', 'ngantn_btgtu@bacgiang.gov.vn;'];
    const markdown = renderMarkdown(documentOf({ recipients: { label: 'Nơi nhận:', items } }), { header: false });
    expect(markdown).toContain('- pth\\@bacgiang.gov.vn;\n- tranggt\\@bacgiang.gov.vn;\n- ngantn_btgtu\\@bacgiang.gov.vn;\n');
    expect(links(parse(markdown))).toEqual(items.map((item) => [item.slice(0, -1), `mailto:${item.slice(0, -1)}`]));
  });
});
