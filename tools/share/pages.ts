/**
 * The pages to share, built from an edition's data: one small HTML page per stand or place, tour and
 * programme session, in each language, with its title, description and picture in Open Graph and
 * Twitter card tags, `hreflang` alternates and a canonical address; it opens the visit there (a meta
 * refresh and a plain link: no script, no style, under the production policy). Also `sitemap.xml`
 * and `robots.txt`. Pure: tools/vite/sharePages.ts writes them into the build.
 */
import { LANGS, type Lang } from '../../src/edition/constants.ts';
import { parseMarkdown, type MdInline } from '../../src/edition/markdown.ts';
import type { Programme } from '../../src/edition/programme.ts';
import type { EditionData, Hotspot, Text, Tour } from '../../src/edition/schema.ts';
import { sharePath, visitQuery, type ShareKind } from '../../src/edition/shareLinks.ts';
import { targetsOf } from '../../src/edition/targets.ts';
import { SHARE_STRINGS } from './strings.ts';

const DIRECTION: Record<Lang, 'ltr' | 'rtl'> = { fr: 'ltr', ar: 'rtl', en: 'ltr' };
/** A description in the tags: what link previews show before they cut it themselves. */
const DESCRIPTION_MAX = 200;

export interface Picture {
  /** Relative to the edition's folder (`media/…`). */
  src: string;
  width?: number;
  height?: number;
  alt?: Text;
}

export interface ShareInput {
  data: EditionData;
  tours: readonly Tour[];
  programme?: Programme;
  editionId: string;
  /** The default edition's links carry no `edition=`. */
  isDefault: boolean;
  /** `https://visite.example.ma`, no trailing slash. */
  origin: string;
  /** Vite's base: `/` or `/jpo/`. */
  base: string;
  /** The edition's own card (media/share.jpg), for what has no picture of its own. */
  card: Picture | null;
}

export interface SharePage {
  kind: ShareKind;
  id: string;
  lang: Lang;
  /** Relative to the build's root: `fr/stands/x/index.html`. */
  fileName: string;
  /** Absolute. */
  url: string;
  html: string;
}

export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const inlineText = (parts: MdInline[]): string =>
  parts.map((p) => (p.kind === 'text' ? p.text : inlineText(p.children))).join('');

/** A description's plain text (its Markdown read, not shown), cut on a word near DESCRIPTION_MAX. */
export function plainText(markdown: string, max = DESCRIPTION_MAX): string {
  const text = parseMarkdown(markdown)
    .flatMap((b) => (b.kind === 'paragraph' ? b.lines : b.items).map(inlineText))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.\-–—]+$/, '')}…`;
}

/** A target's first picture: an info's image, a gallery's first image, or a video's poster. */
function pictureOf(hotspots: readonly Hotspot[]): Picture | null {
  for (const h of hotspots) {
    if (h.type === 'info' && h.image) return h.image;
    if (h.type === 'gallery' && h.images[0]) return h.images[0];
    if (h.type === 'video' && h.video.poster) return { src: h.video.poster, width: 640, height: 360 };
  }
  return null;
}

interface Item {
  kind: ShareKind;
  id: string;
  title: Text;
  /** The line above the title in the page. */
  kicker: Record<Lang, string>;
  open: Record<Lang, string>;
  description: Text;
  picture: Picture | null;
}

function items(input: ShareInput): Item[] {
  const { data, tours, programme } = input;
  const per = <T>(f: (l: Lang) => T) => Object.fromEntries(LANGS.map((l) => [l, f(l)])) as Record<Lang, T>;
  const targets = targetsOf(data);
  const list: Item[] = targets.map((t) => ({
    kind: 'stand',
    id: t.id,
    title: t.name,
    kicker: per((l) => (t.kind === 'stand' ? SHARE_STRINGS[l].kind.stand(t.stand.number) : SHARE_STRINGS[l].kind.place)),
    open: per((l) => SHARE_STRINGS[l].open[t.kind === 'stand' ? 'stand' : 'place']),
    description: t.description,
    picture: pictureOf(t.hotspots),
  }));
  const pictureAt = (id: string) => {
    const t = targets.find((x) => x.id === id || (x.kind === 'place' && x.place.id === id));
    return t ? pictureOf(t.hotspots) : null;
  };
  for (const tour of tours)
    list.push({
      kind: 'tour',
      id: tour.id,
      title: tour.title,
      kicker: per((l) => SHARE_STRINGS[l].kind.tour),
      open: per((l) => SHARE_STRINGS[l].open.tour),
      description: tour.summary,
      picture: tour.stops.map((s) => pictureAt(s.target)).find((p) => p) ?? null,
    });
  for (const s of programme?.sessions ?? [])
    list.push({
      kind: 'session',
      id: s.id,
      title: s.title,
      kicker: per((l) => SHARE_STRINGS[l].kind.session),
      open: per((l) => SHARE_STRINGS[l].open.session),
      description: s.description,
      picture: pictureAt(s.place),
    });
  return list;
}

/** Every page to share, in every language. */
export function sharePages(input: ShareInput): SharePage[] {
  const { origin, base, data, editionId } = input;
  const abs = (rel: string) => `${origin}${base}${rel}`;
  const media = (src: string) => abs(`scenes/${editionId}/${src.split('/').map(encodeURIComponent).join('/')}`);
  const pages: SharePage[] = [];
  for (const item of items(input)) {
    const picture = item.picture ?? input.card;
    for (const lang of LANGS) {
      const s = SHARE_STRINGS[lang];
      const url = abs(sharePath(item.kind, item.id, lang));
      const visit = `${base}${visitQuery(item.kind, item.id, lang, input.isDefault ? undefined : editionId)}`;
      const site = data.edition.title[lang];
      const title = `${item.title[lang]} — ${site}`;
      const description = plainText(item.description[lang]);
      const alt = picture?.alt?.[lang] ?? item.title[lang];
      const meta = (attr: 'name' | 'property', key: string, value: string) =>
        `<meta ${attr}="${key}" content="${escapeHtml(value)}">`;
      const head = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${escapeHtml(title)}</title>`,
        meta('name', 'description', description),
        `<link rel="canonical" href="${escapeHtml(url)}">`,
        ...LANGS.map((l) => `<link rel="alternate" hreflang="${l}" href="${escapeHtml(abs(sharePath(item.kind, item.id, l)))}">`),
        `<link rel="alternate" hreflang="x-default" href="${escapeHtml(abs(sharePath(item.kind, item.id, LANGS[0])))}">`,
        meta('property', 'og:type', 'website'),
        meta('property', 'og:site_name', site),
        meta('property', 'og:title', item.title[lang]),
        meta('property', 'og:description', description),
        meta('property', 'og:url', url),
        meta('property', 'og:locale', s.locale),
        ...LANGS.filter((l) => l !== lang).map((l) => meta('property', 'og:locale:alternate', SHARE_STRINGS[l].locale)),
        ...(picture
          ? [
              meta('property', 'og:image', media(picture.src)),
              ...(picture.width ? [meta('property', 'og:image:width', String(picture.width))] : []),
              ...(picture.height ? [meta('property', 'og:image:height', String(picture.height))] : []),
              meta('property', 'og:image:alt', alt),
            ]
          : []),
        meta('name', 'twitter:card', picture ? 'summary_large_image' : 'summary'),
        meta('name', 'twitter:title', item.title[lang]),
        meta('name', 'twitter:description', description),
        ...(picture ? [meta('name', 'twitter:image', media(picture.src)), meta('name', 'twitter:image:alt', alt)] : []),
        `<link rel="icon" href="${base}favicon.svg" type="image/svg+xml">`,
        // People go straight on to the visit; crawlers and link previews read the tags above.
        `<meta http-equiv="refresh" content="0; url=${escapeHtml(visit)}">`,
      ];
      const body = [
        `<main>`,
        `<p>${escapeHtml(item.kicker[lang])} · ${escapeHtml(site)}</p>`,
        `<h1>${escapeHtml(item.title[lang])}</h1>`,
        `<p>${escapeHtml(description)}</p>`,
        `<p><a href="${escapeHtml(visit)}">${escapeHtml(item.open[lang])}</a></p>`,
        `</main>`,
      ];
      const html = `<!doctype html>\n<html lang="${lang}" dir="${DIRECTION[lang]}">\n<head>\n${head.join('\n')}\n</head>\n<body>\n${body.join('\n')}\n</body>\n</html>\n`;
      pages.push({ kind: item.kind, id: item.id, lang, fileName: `${sharePath(item.kind, item.id, lang)}index.html`, url, html });
    }
  }
  return pages;
}

/** sitemap.xml: the visit in each language, then every page to share, each with its alternates. */
export function sitemap(input: ShareInput, pages: readonly SharePage[]): string {
  const { origin, base } = input;
  const x = (s: string) => escapeHtml(s);
  const entry = (loc: string, alternates: Array<[string, string]>) =>
    `<url><loc>${x(loc)}</loc>${alternates.map(([l, h]) => `<xhtml:link rel="alternate" hreflang="${l}" href="${x(h)}"/>`).join('')}</url>`;
  const visitIn = (l: Lang) => `${origin}${base}?lang=${l}`;
  const visitAlternates = LANGS.map((l): [string, string] => [l, visitIn(l)]);
  const urls = [
    ...LANGS.map((l) => entry(visitIn(l), visitAlternates)),
    ...pages.map((p) =>
      entry(p.url, [
        ...LANGS.map((l): [string, string] => [l, `${origin}${base}${sharePath(p.kind, p.id, l)}`]),
        ['x-default', `${origin}${base}${sharePath(p.kind, p.id, LANGS[0])}`],
      ]),
    ),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

/** robots.txt: everything may be crawled; where the sitemap is. */
export function robots(input: ShareInput): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${input.origin}${input.base}sitemap.xml\n`;
}
