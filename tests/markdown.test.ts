/** The safe Markdown subset of stand and hotspot texts: what becomes markup, and what stays text. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { isSafeHref, Markdown } from '../src/dom/markdown.tsx';

const html = (text: string, externalLinks?: boolean) => renderToStaticMarkup(createElement(Markdown, { text, externalLinks }));

describe('markdown: markup never passes', () => {
  it('shows HTML as escaped text', () => {
    const out = html('Avant <img src=x onerror=alert(1)> après <script>alert(1)</script>');
    expect(out).toBe('<p>Avant &lt;img src=x onerror=alert(1)&gt; après &lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<script');
  });

  it('does not make links of javascript:, data: or protocol-relative URLs', () => {
    for (const src of [
      '[x](javascript:alert(1))',
      '[x](JavaScript:alert`1`)',
      '[x](javascript:void)',
      '[x](data:text/html,hi)',
      '[x](//evil.example/)',
      '[x](/\\evil.example/)',
      '[x](vbscript:msgbox)',
      '[x]( https://a.example/)',
    ]) {
      const out = html(src);
      expect(out, src).not.toContain('<a');
      expect(out, src).toContain('[x]');
    }
    expect(html('[x](javascript:alert(1))')).toBe('<p>[x](javascript:alert(1))</p>');
  });

  it('escapes markup inside link text and emphasis', () => {
    const out = html('[<b>x</b>](https://www.dgsn.gov.ma/) **<i>y</i>**');
    expect(out).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(out).toContain('<strong>&lt;i&gt;y&lt;/i&gt;</strong>');
  });
});

describe('markdown: the subset', () => {
  it('makes safe links that open in a new tab without opener', () => {
    expect(html('Voir [le site](https://www.dgsn.gov.ma/).')).toBe(
      '<p>Voir <a href="https://www.dgsn.gov.ma/" target="_blank" rel="noopener noreferrer">le site</a>.</p>',
    );
    expect(html('[plan](/plan?x=1)')).toBe('<p><a href="/plan?x=1" target="_blank" rel="noopener noreferrer">plan</a></p>');
    expect(isSafeHref('http://example.org/a')).toBe(true);
    expect(isSafeHref('/media/a.jpg')).toBe(true);
    expect(isSafeHref('//example.org')).toBe(false);
    expect(isSafeHref('javascript:alert(1)')).toBe(false);
  });

  it('shows external URLs as text when external links are off', () => {
    const out = html('[DGSN](https://www.dgsn.gov.ma/)', false);
    expect(out).not.toContain('<a');
    expect(out).toContain('DGSN');
    expect(out).toContain('(https://www.dgsn.gov.ma/)');
    // Same-site paths stay links.
    expect(html('[plan](/plan)', false)).toContain('<a href="/plan"');
  });

  it('renders paragraphs, line breaks, bold, italic and lists', () => {
    expect(html('Un **gras** et un *italique*.\nLigne deux.\n\n- premier\n- *second*\n\nFin')).toBe(
      '<p>Un <strong>gras</strong> et un <em>italique</em>.<br/>Ligne deux.</p>' +
        '<ul><li>premier</li><li><em>second</em></li></ul><p>Fin</p>',
    );
  });

  it('leaves lone stars and unclosed markers as they are', () => {
    expect(html('2 * 3 * 4 = 24, **pas fermé')).toBe('<p>2 * 3 * 4 = 24, **pas fermé</p>');
    expect(html('\\*pas italique\\*')).toBe('<p>*pas italique*</p>');
  });

  it('passes Arabic text through, with its marks and links', () => {
    const text = 'يستخرج **خبراء** البيولوجيا [الموقع](https://www.dgsn.gov.ma/) الحمض النووي.';
    expect(html(text)).toBe(
      '<p>يستخرج <strong>خبراء</strong> البيولوجيا ' +
        '<a href="https://www.dgsn.gov.ma/" target="_blank" rel="noopener noreferrer">الموقع</a> الحمض النووي.</p>',
    );
  });
});
