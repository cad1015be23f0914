/**
 * The pages to share (tools/share/pages.ts), built from the real edition: one per stand, place, tour
 * and session in each language, each with its own title, description and picture in the Open Graph
 * and Twitter tags, complete and reciprocal hreflang alternates, right to left in Arabic, a refresh
 * that opens the visit there, text escaped; the sitemap lists them all, robots.txt names it. And the
 * build wrote them (dist/, or $VISIT_DIST).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEdition, ROOT } from '../tools/edition/read.ts';
import { plainText, robots, sharePages, sitemap, type ShareInput } from '../tools/share/pages.ts';
import { targetsOf } from '../src/edition/targets.ts';
import { LANGS } from '../src/edition/constants.ts';

const ID = 'jpo-2024-agadir';
const read = readEdition(path.join(ROOT, 'scenes', ID));
const input: ShareInput = {
  data: read.data!,
  tours: read.extras!.tours,
  programme: read.extras!.programme,
  editionId: ID,
  isDefault: true,
  origin: 'https://visite.example.ma',
  base: '/jpo/',
  card: { src: 'media/share.jpg', width: 1200, height: 630 },
};
const pages = sharePages(input);
const attr = (html: string, key: string) =>
  [...html.matchAll(new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)">`, 'g'))].map((m) => m[1]!);
const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('the pages to share', () => {
  it('one page per stand, place, tour and session, in each language', () => {
    const n = targetsOf(input.data).length + input.tours.length + input.programme!.sessions.length;
    expect(n).toBe(37 + 11 + 3 + 85);
    expect(pages).toHaveLength(n * LANGS.length);
    expect(new Set(pages.map((p) => p.fileName)).size).toBe(pages.length);
  });

  it("a stand's page: its own title, description and picture, in every language, and opens the visit there", () => {
    const stand = input.data.stands.find((s) => s.id === 'dna-profiling')!;
    for (const lang of LANGS) {
      const page = pages.find((p) => p.id === stand.id && p.lang === lang)!;
      expect(page.fileName).toBe(`${lang}/stands/dna-profiling/index.html`);
      expect(page.url).toBe(`https://visite.example.ma/jpo/${lang}/stands/dna-profiling/`);
      const { html } = page;
      expect(html).toContain(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">`);
      expect(attr(html, 'og:title').map(decode)).toEqual([stand.name[lang]]);
      expect(attr(html, 'og:description').map(decode)).toEqual([plainText(stand.description[lang])]);
      expect(attr(html, 'og:url')).toEqual([page.url]);
      // Its own picture: the video's poster, absolute.
      expect(attr(html, 'og:image')).toEqual([
        'https://visite.example.ma/jpo/scenes/jpo-2024-agadir/media/dna-profiling/tour.jpg',
      ]);
      expect(attr(html, 'twitter:card')).toEqual(['summary_large_image']);
      expect(html).toContain(`<link rel="canonical" href="${page.url}">`);
      expect(html).toContain(`<meta http-equiv="refresh" content="0; url=/jpo/?stand=dna-profiling&amp;lang=${lang}">`);
      expect(html).toContain(`<a href="/jpo/?stand=dna-profiling&amp;lang=${lang}">`);
      // No script, no style: the production policy allows neither inline.
      expect(html).not.toMatch(/<script|<style|style=/);
    }
  });

  it('hreflang alternates are complete and reciprocal, x-default the first language', () => {
    const byUrl = new Map(pages.map((p) => [p.url, p]));
    for (const p of pages) {
      const alternates = [...p.html.matchAll(/<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">/g)].map(
        (m): [string, string] => [m[1]!, m[2]!],
      );
      expect(alternates.map(([l]) => l)).toEqual([...LANGS, 'x-default']);
      for (const [l, href] of alternates) {
        const other = byUrl.get(href);
        expect([p.url, l, other?.lang ?? null]).toEqual([p.url, l, l === 'x-default' ? LANGS[0] : l]);
        expect(other?.html).toContain(`hreflang="${p.lang}" href="${p.url}"`);
      }
    }
  });

  it('without a picture of its own, the edition card; tours and sessions open the visit on them', () => {
    const withoutMedia = input.data.stands.find((s) => s.hotspots.every((h) => h.type !== 'gallery' && h.type !== 'video'))!;
    const page = pages.find((p) => p.id === withoutMedia.id && p.lang === 'fr')!;
    expect(attr(page.html, 'og:image')).toEqual(['https://visite.example.ma/jpo/scenes/jpo-2024-agadir/media/share.jpg']);
    expect(attr(page.html, 'og:image:width')).toEqual(['1200']);
    const tour = pages.find((p) => p.kind === 'tour' && p.lang === 'en')!;
    expect(tour.fileName).toBe(`en/tours/${tour.id}/index.html`);
    expect(tour.html).toContain(`url=/jpo/?tour=${tour.id}&amp;lang=en"`);
    const session = pages.find((p) => p.kind === 'session' && p.lang === 'ar')!;
    expect(session.html).toContain(`url=/jpo/?session=${session.id}&amp;lang=ar"`);
  });

  it("a stand's first picture: an info's image counts, before a later hotspot's poster", () => {
    const data = structuredClone(input.data);
    const stand = data.stands.find((s) => s.id === 'dna-profiling')!;
    const alt = { fr: 'Une paillasse', ar: 'طاولة مختبر', en: 'A lab bench' };
    stand.hotspots.unshift({
      id: 'bench',
      type: 'info',
      position: [0, 1, 0],
      title: alt,
      body: alt,
      image: { src: 'media/dna-profiling/bench.jpg', alt, width: 800, height: 450 },
    });
    const page = sharePages({ ...input, data }).find((p) => p.id === 'dna-profiling' && p.lang === 'ar')!;
    expect(attr(page.html, 'og:image')).toEqual([
      'https://visite.example.ma/jpo/scenes/jpo-2024-agadir/media/dna-profiling/bench.jpg',
    ]);
    expect(attr(page.html, 'og:image:width')).toEqual(['800']);
    expect(attr(page.html, 'og:image:alt')).toEqual(['طاولة مختبر']);
  });

  it('escapes what it writes: a hostile title and description stay text', () => {
    const data = structuredClone(input.data);
    const evil = `"><script>alert(1)</script>'`;
    data.stands[0]!.name = { fr: evil, ar: evil, en: evil };
    data.stands[0]!.description = { fr: `${evil} **gras**`, ar: evil, en: evil };
    const [first] = sharePages({ ...input, data, tours: [], programme: undefined });
    expect(first!.html).not.toContain('<script>');
    expect(first!.html).not.toContain(`"><`);
    expect(attr(first!.html, 'og:title').map(decode)).toEqual([evil]);
    expect(attr(first!.html, 'og:description').map(decode)).toEqual([`${evil} gras`]);
  });

  it('cuts long descriptions on a word, with an ellipsis', () => {
    const long = 'mot '.repeat(100);
    const cut = plainText(long);
    expect(cut.length).toBeLessThanOrEqual(201);
    expect(cut).toMatch(/mot…$/);
    expect(plainText('Un [lien](https://example.org/) et *un accent*.')).toBe('Un lien et un accent.');
  });

  it('the sitemap lists the visit and every page with its alternates; robots.txt names it', () => {
    const xml = sitemap(input, pages);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml.match(/<url>/g)).toHaveLength(pages.length + LANGS.length);
    for (const p of pages) expect(xml).toContain(`<loc>${p.url}</loc>`);
    expect(xml).toContain('<loc>https://visite.example.ma/jpo/?lang=ar</loc>');
    // Balanced: every url closed.
    expect(xml.match(/<\/url>/g)).toHaveLength(pages.length + LANGS.length);
    expect(robots(input)).toContain('Sitemap: https://visite.example.ma/jpo/sitemap.xml');
  });

  it('the build wrote them beside the visit, and the kiosks do not keep them', () => {
    const dist = path.resolve(ROOT, process.env.VISIT_DIST || 'dist');
    if (!fs.existsSync(path.join(dist, 'index.html'))) throw new Error(`${dist} not found: run \`npm run build\``);
    for (const lang of LANGS) expect(fs.existsSync(path.join(dist, lang, 'stands', 'dna-profiling', 'index.html'))).toBe(true);
    expect(fs.readFileSync(path.join(dist, 'robots.txt'), 'utf8')).toContain('Sitemap:');
    const manifest = fs.readFileSync(path.join(dist, 'offline-manifest.json'), 'utf8');
    expect(manifest).not.toContain('/stands/dna-profiling/');
    expect(manifest).not.toContain('sitemap.xml');
  });
});
