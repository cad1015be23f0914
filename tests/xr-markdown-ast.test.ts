/**
 * The safe Markdown subset as a tree (src/edition/markdown.ts), the one set of rules the HTML panel
 * and the headset's painted panel both draw from: blocks, emphasis, links made or left as text.
 */
import { describe, expect, it } from 'vitest';
import { parseMarkdown, type MdInline } from '../src/edition/markdown.ts';

const text = (t: string): MdInline => ({ kind: 'text', text: t });

describe('markdown tree: blocks', () => {
  it('makes paragraphs of lines and lists of items', () => {
    expect(parseMarkdown('Un\nDeux\n\n- a\n- b\n\nFin')).toEqual([
      { kind: 'paragraph', lines: [[text('Un')], [text('Deux')]] },
      { kind: 'list', items: [[text('a')], [text('b')]] },
      { kind: 'paragraph', lines: [[text('Fin')]] },
    ]);
  });

  it('splits a list from the paragraph it follows without a blank line', () => {
    expect(parseMarkdown('Avant\n- item').map((b) => b.kind)).toEqual(['paragraph', 'list']);
  });

  it('has no block for an empty or blank text', () => {
    expect(parseMarkdown('')).toEqual([]);
    expect(parseMarkdown(' \n\n \r\n')).toEqual([]);
  });
});

describe('markdown tree: inline', () => {
  it('nests bold and italic', () => {
    expect(parseMarkdown('**gras *et* plus** fin')).toEqual([
      {
        kind: 'paragraph',
        lines: [
          [{ kind: 'strong', children: [text('gras '), { kind: 'em', children: [text('et')] }, text(' plus')] }, text(' fin')],
        ],
      },
    ]);
  });

  it('leaves lone stars and escapes as text', () => {
    expect(parseMarkdown('2 * 3 * 4, \\*x\\*')).toEqual([{ kind: 'paragraph', lines: [[text('2 * 3 * 4, *x*')]] }]);
  });

  it('makes links of http(s) URLs and site paths, marking which are external', () => {
    const [p] = parseMarkdown('[a](https://x.ma/) [b](/plan)');
    expect(p).toEqual({
      kind: 'paragraph',
      lines: [
        [
          { kind: 'link', href: 'https://x.ma/', external: true, children: [text('a')] },
          text(' '),
          { kind: 'link', href: '/plan', external: false, children: [text('b')] },
        ],
      ],
    });
  });

  it('keeps javascript:, data: and protocol-relative links as their source text', () => {
    for (const src of ['[x](javascript:alert(1))', '[x](data:text/html,hi)', '[x](//evil.example/)']) {
      const [p] = parseMarkdown(src);
      expect(p, src).toEqual({ kind: 'paragraph', lines: [[text(src)]] });
    }
  });

  it('shows an external link as its text and URL when external links are off, a site path still a link', () => {
    const [p] = parseMarkdown('[DGSN](https://www.dgsn.gov.ma/) [plan](/plan)', { externalLinks: false });
    expect(p).toEqual({
      kind: 'paragraph',
      lines: [
        [
          { kind: 'url', url: 'https://www.dgsn.gov.ma/', children: [text('DGSN')] },
          text(' '),
          { kind: 'link', href: '/plan', external: false, children: [text('plan')] },
        ],
      ],
    });
  });

  it('passes Arabic through with its marks', () => {
    const [p] = parseMarkdown('يستخرج **خبراء** البيولوجيا');
    expect(p).toEqual({
      kind: 'paragraph',
      lines: [[text('يستخرج '), { kind: 'strong', children: [text('خبراء')] }, text(' البيولوجيا')]],
    });
  });
});
