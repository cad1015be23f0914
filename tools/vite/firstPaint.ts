/**
 * The first paint before any script: writes into index.html, at build time, the visit's loading
 * card (the edition's title, "Loading the site", an indeterminate progress bar) in the three
 * languages, and a tiny script in <head> that sets <html lang dir> from `?lang=` or the browser
 * before the body is parsed, so CSS shows the card in the visitor's language (French when scripts
 * are off). React's LoadingScreen renders the same card into #root and so replaces it.
 *
 * In the build that script and its rules are files of their own (`assets/first-paint-<hash>.js` and
 * `.css`, named by their content so they cache for a year), never inline: the production policy
 * (deploy/headers.ts) allows no inline script or style. The script blocks the parser, as it must to
 * set the direction before the card is parsed, but it is a few hundred bytes fetched alongside the
 * stylesheet, which blocks the first paint anyway. The dev server (no policy) keeps them inline.
 *
 * Titles come from every scenes/<edition>/edition.json and the words from the app's own strings:
 * a new edition, or a reworded string, changes the first paint with no hand edit.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { DIRECTION, LANGS, type Lang } from '../../src/i18n/lang.ts';
import { STRINGS } from '../../src/i18n/strings.ts';
import { FIRST_PAINT_STRINGS } from './firstPaintStrings.ts';

/** Where the head script and the card go in index.html (a missing marker fails the build). */
export const HEAD_MARKER = '<!--first-paint:head-->';
export const CARD_MARKER = '<!--first-paint:card-->';

export interface EditionTitles {
  /** scenes/editions.json's default. */
  defaultId: string;
  /** Every edition folder's title, by folder name. */
  titles: Map<string, Record<Lang, string>>;
}

/** Reads the default edition and every edition's title from scenes/. */
export function readEditionTitles(root: string): EditionTitles {
  const scenes = path.join(root, 'scenes');
  const defaultId = (JSON.parse(fs.readFileSync(path.join(scenes, 'editions.json'), 'utf8')) as { default: string }).default;
  const titles = new Map<string, Record<Lang, string>>();
  for (const id of fs.readdirSync(scenes).sort()) {
    const file = path.join(scenes, id, 'edition.json');
    if (!fs.existsSync(file)) continue;
    titles.set(id, (JSON.parse(fs.readFileSync(file, 'utf8')) as { title: Record<Lang, string> }).title);
  }
  if (!titles.has(defaultId)) throw new Error(`scenes/editions.json names "${defaultId}", which has no edition.json`);
  return { defaultId, titles };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** JSON that cannot close the <script> it sits in. */
const inlineJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

/** A text in every language, each in its own span; CSS shows the one of <html lang>. */
const inEveryLang = (text: (lang: Lang) => string) =>
  LANGS.map((l) => `<span class="fp-l" lang="${l}">${escapeHtml(text(l))}</span>`).join('');

/**
 * The inline script: src/launch/launch.ts's `chooseLang` (`?lang=`, then the browser's languages,
 * then the first language) and `?edition=` when it names a known edition. tests/first-paint.test.ts
 * runs it against `chooseLang` itself, so the two cannot drift apart.
 */
export function headScript(editionIds: readonly string[]): string {
  const rtl = LANGS.filter((l) => DIRECTION[l] === 'rtl');
  return (
    '(function(d,p,L,R,E){var l=p.get("lang");if(L.indexOf(l)<0){l=L[0];' +
    'var b=navigator.languages||[navigator.language];for(var i=0;i<b.length;i++){' +
    'var t=String(b[i]).toLowerCase().split("-")[0];if(L.indexOf(t)>=0){l=t;break}}}' +
    'd.lang=l;d.dir=R.indexOf(l)<0?"ltr":"rtl";var e=p.get("edition");if(E.indexOf(e)>=0)d.setAttribute("data-edition",e)})' +
    `(document.documentElement,new URLSearchParams(location.search),${inlineJson(LANGS)},${inlineJson(rtl)},${inlineJson(editionIds)})`
  );
}

/** The rules that pick the language and the edition: generated, since they follow LANGS and scenes/. */
export function headStyle({ defaultId, titles }: EditionTitles): string {
  const langs = LANGS.map((l) => `html[lang="${l}"] .fp-l:not([lang="${l}"])`).join(',');
  const others = [...titles.keys()].filter((id) => id !== defaultId);
  const editions = others.map(
    (id) =>
      `html[data-edition="${id}"] [data-first-paint] .veil-edition[data-edition="${id}"]{display:block}` +
      `html[data-edition="${id}"] [data-first-paint] .veil-edition[data-edition="${defaultId}"]{display:none}`,
  );
  return [
    `${langs}{display:none}`,
    `[data-first-paint] .veil-edition:not([data-edition="${defaultId}"]){display:none}`,
    ...editions,
  ].join('');
}

/** The loading card, as LoadingScreen.tsx renders it before the bytes are known. */
export function cardHtml({ titles }: EditionTitles): string {
  const editionLines = [...titles].map(
    ([id, title]) => `<p class="veil-edition" data-edition="${escapeHtml(id)}">${inEveryLang((l) => title[l])}</p>`,
  );
  // Scripts off: the same message in every language, since the language cannot be chosen then.
  const noScript = LANGS.map(
    (l) => `<p class="veil-noscript" lang="${l}" dir="${DIRECTION[l]}">${escapeHtml(FIRST_PAINT_STRINGS[l].needsScript)}</p>`,
  ).join('');
  return (
    '<div class="veil" role="status" data-first-paint>' +
    '<div class="veil-card">' +
    editionLines.join('') +
    `<h1 id="first-paint-heading">${inEveryLang((l) => STRINGS[l].loading)}</h1>` +
    '<div class="progress progress--indeterminate" role="progressbar" aria-labelledby="first-paint-heading">' +
    '<div class="progress-bar"></div></div>' +
    '<p class="veil-detail"></p>' +
    `<noscript>${noScript}</noscript>` +
    '</div></div>'
  );
}

/** The head script and style as the build's files, named by their content. */
export function firstPaintFiles(editions: EditionTitles): { script: BuiltFile; style: BuiltFile } {
  const file = (source: string, ext: string): BuiltFile => {
    const hash = crypto.createHash('sha256').update(source).digest('hex').slice(0, 10);
    return { fileName: `assets/first-paint-${hash}.${ext}`, source };
  };
  return { script: file(headScript([...editions.titles.keys()]), 'js'), style: file(headStyle(editions), 'css') };
}

export interface BuiltFile {
  /** Relative to the build's root. */
  fileName: string;
  source: string;
}

/** The card inside #root (Vite's own pass then processes the page). */
export function transformFirstPaint(html: string, editions: EditionTitles): string {
  if (!html.includes(HEAD_MARKER) || !html.includes(CARD_MARKER))
    throw new Error(`index.html needs ${HEAD_MARKER} in <head> and ${CARD_MARKER} inside #root (tools/vite/firstPaint.ts)`);
  // A function, not a string: a title holding `$'` must not paste the page into itself.
  return html.replace(CARD_MARKER, () => cardHtml(editions));
}

/**
 * The head script and style: inline for the dev server, or as links to the build's files under
 * `base`. Written after Vite's pass, which would otherwise try to bundle links to files it has not
 * written yet.
 */
export function firstPaintHead(html: string, editions: EditionTitles, built: { base: string } | null): string {
  let head: string;
  if (built) {
    const { script, style } = firstPaintFiles(editions);
    head = `<script src="${built.base}${script.fileName}"></script><link rel="stylesheet" href="${built.base}${style.fileName}">`;
  } else head = `<script>${headScript([...editions.titles.keys()])}</script><style>${headStyle(editions)}</style>`;
  return html.replace(HEAD_MARKER, () => head);
}

/**
 * Vite writes the entry's <script type="module"> into <head>; it goes after the card instead, so the
 * HTML holds the whole first paint before any script (the modulepreload links stay in <head>, so
 * the download starts as early as before: a module script never blocks the parser either way).
 * The scripts get `fetchpriority="low"`: the first paint does not need them, so the stylesheet goes
 * first, and Lighthouse's simulation no longer counts a megabyte of script before the first paint.
 */
export function scriptsAfterCard(html: string): string {
  const modules = html.match(/<script type="module"[^>]*><\/script>\s*/g) ?? [];
  const without = modules.reduce((h, tag) => h.replace(tag, ''), html);
  const low = (tag: string) => tag.replace(/^<(script|link)\b/, '<$1 fetchpriority="low"');
  return without
    .replace(/<link rel="modulepreload"[^>]*>/g, low)
    .replace('</body>', `${modules.map((t) => low(t.trim())).join('')}\n  </body>`);
}

export default function firstPaint(): Plugin[] {
  let root = process.cwd();
  let base = '/';
  let build = false;
  return [
    {
      name: 'visit-first-paint',
      configResolved: (config) => {
        root = config.root;
        base = config.base;
        build = config.command === 'build';
      },
      transformIndexHtml: {
        // Before Vite's own pass, which then bundles the stylesheet index.html links.
        order: 'pre',
        handler: (html) => transformFirstPaint(html, readEditionTitles(root)),
      },
      generateBundle() {
        if (!build) return;
        for (const f of Object.values(firstPaintFiles(readEditionTitles(root))))
          this.emitFile({ type: 'asset', fileName: f.fileName, source: f.source });
      },
    },
    {
      name: 'visit-first-paint-scripts',
      transformIndexHtml: {
        order: 'post',
        handler: (html) => scriptsAfterCard(firstPaintHead(html, readEditionTitles(root), build ? { base } : null)),
      },
    },
  ];
}
