/**
 * The first paint's HTML (tools/vite/firstPaint.ts): the loading card with the edition's title, its
 * heading and progress bar in the three languages sits in index.html before any module script, its
 * inline language script agrees with the app's `chooseLang`, and the built page needs only itself
 * and one small local stylesheet to paint it (the build: dist/, or $VISIT_DIST).
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { firstPaintFiles, firstPaintHead, headScript, readEditionTitles, transformFirstPaint } from '../tools/vite/firstPaint.ts';
import { chooseLang } from '../src/launch/launch.ts';
import { STRINGS } from '../src/i18n/strings.ts';
import { LANGS } from '../src/i18n/lang.ts';
import { ROOT } from '../tools/browser/server.ts';

/** Bytes of the stylesheets the built index.html links (all render-blocking): raw and gzip -9. */
const CSS_BUDGET = { raw: 32_000, gzip: 12_000 };
/** The built index.html itself, card included. */
const HTML_BUDGET = 8_000;

interface Node {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
  /** Where the start tag is in the source. */
  at: number;
}

const VOID = new Set(['meta', 'link', 'br', 'img', 'input', 'hr', 'source']);

/** A small HTML tree builder: enough for index.html (no raw-text elements other than script, style, noscript). */
function parse(html: string): Node {
  const root: Node = { tag: '#root', attrs: {}, children: [], text: '', at: 0 };
  const stack = [root];
  const token =
    /<!--[\s\S]*?-->|<!doctype[^>]*>|<(\/?)([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:=(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>|[^<]+/gi;
  for (let m = token.exec(html); m; m = token.exec(html)) {
    const top = stack.at(-1)!;
    if (m[2] === undefined) {
      if (!m[0].startsWith('<')) top.text += m[0];
      continue;
    }
    const tag = m[2].toLowerCase();
    if (m[1]) {
      while (stack.length > 1 && stack.pop()!.tag !== tag);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (m[3] ?? '').matchAll(/([^\s=]+)(?:=(?:"([^"]*)"|'([^']*)'|(\S+)))?/g))
      attrs[a[1]!] = a[2] ?? a[3] ?? a[4] ?? '';
    const node: Node = { tag, attrs, children: [], text: '', at: m.index };
    top.children.push(node);
    if (['script', 'style', 'noscript'].includes(tag)) {
      const end = html.indexOf(`</${tag}>`, token.lastIndex);
      node.text = html.slice(token.lastIndex, end);
      token.lastIndex = end + tag.length + 3;
    } else if (!VOID.has(tag)) stack.push(node);
  }
  return root;
}

const all = (n: Node): Node[] => [n, ...n.children.flatMap(all)];
const textOf = (n: Node): string => n.text + n.children.map(textOf).join('');
const find = (n: Node, pred: (x: Node) => boolean) => all(n).filter(pred);
const hasClass = (n: Node, c: string) => (n.attrs.class ?? '').split(/\s+/).includes(c);

const editions = readEditionTitles(ROOT);
const defaultTitle = editions.titles.get(editions.defaultId)!;
const source = fs.readFileSync(path.join(ROOT, 'index.html'), 'utf8');

/** The card's checks, on the transformed source and on the build alike. */
function expectCard(html: string, dist?: string) {
  const doc = parse(html);
  const [rootDiv] = find(doc, (n) => n.attrs.id === 'root');
  const [veil] = rootDiv!.children;
  expect(veil!.attrs).toMatchObject({ class: 'veil', role: 'status', 'data-first-paint': '' });
  const [title] = find(veil!, (n) => hasClass(n, 'veil-edition') && n.attrs['data-edition'] === editions.defaultId);
  const [h1] = find(veil!, (n) => n.tag === 'h1');
  const [bar] = find(veil!, (n) => n.attrs.role === 'progressbar');
  for (const lang of LANGS) {
    expect(textOf(find(title!, (n) => n.attrs.lang === lang)[0]!)).toBe(defaultTitle[lang]);
    expect(textOf(find(h1!, (n) => n.attrs.lang === lang)[0]!)).toBe(STRINGS[lang].loading);
  }
  // Named by the heading in the visitor's language (the others are display: none, so not read).
  expect(bar!.attrs['aria-labelledby']).toBe(h1!.attrs.id);
  expect(bar!.attrs['aria-valuenow']).toBeUndefined();
  // Before any module script in the document, and no script of any kind before it but the language
  // one: in the build a file of its own (no inline script under the policy), holding that script.
  const scripts = find(doc, (n) => n.tag === 'script');
  const modules = scripts.filter((s) => s.attrs.type === 'module');
  if (dist) expect(modules.length).toBeGreaterThan(0);
  for (const s of modules) expect(s.at).toBeGreaterThan(veil!.at);
  const early = scripts.filter((s) => s.at < veil!.at);
  expect(early).toHaveLength(1);
  expect(early[0]!.text).toBe('');
  expect(early[0]!.attrs).toEqual({ src: `/${firstPaintFiles(editions).script.fileName}` });
  if (dist) expect(fs.readFileSync(path.join(dist, early[0]!.attrs.src!), 'utf8')).toBe(headScript([...editions.titles.keys()]));
  return doc;
}

describe('the first paint in index.html', () => {
  it('the plugin writes the card, the title and the three languages into index.html', () => {
    expect(source).not.toContain('veil-card');
    expectCard(firstPaintHead(transformFirstPaint(source, editions), editions, { base: '/' }));
  });

  it('the build names the head files by their content and under its base; the dev server keeps them inline', () => {
    const files = firstPaintFiles(editions);
    expect(files.script.fileName).toMatch(/^assets\/first-paint-[0-9a-f]{10}\.js$/);
    expect(files.style.fileName).toMatch(/^assets\/first-paint-[0-9a-f]{10}\.css$/);
    const sub = firstPaintHead(transformFirstPaint(source, editions), editions, { base: '/jpo/' });
    expect(sub).toContain(`<script src="/jpo/${files.script.fileName}"></script>`);
    expect(sub).toContain(`<link rel="stylesheet" href="/jpo/${files.style.fileName}">`);
    expect(sub).not.toMatch(/<script>|<style>/);
    const dev = firstPaintHead(transformFirstPaint(source, editions), editions, null);
    expect(dev).toContain(`<script>${files.script.source}</script><style>${files.style.source}</style>`);
  });

  it('the inline script picks the language as the app does, and the edition when the URL names one', () => {
    const cases: Array<[string, string[]]> = [
      ['', []],
      ['', ['en-GB', 'fr']],
      ['', ['ar-MA']],
      ['', ['de-DE', 'es']],
      ['?lang=ar', ['en-US']],
      ['?lang=en', ['ar']],
      ['?lang=xx', ['ar-EG', 'en']],
      ['?lang=FR', ['de']],
    ];
    const script = headScript([...editions.titles.keys()]);
    for (const [search, languages] of cases) {
      const html = {
        lang: 'fr',
        dir: 'ltr',
        attrs: {} as Record<string, string>,
        setAttribute: (k: string, v: string) => (html.attrs[k] = v),
      };
      vm.runInNewContext(script, {
        document: { documentElement: html },
        location: { search },
        navigator: { languages },
        URLSearchParams,
      });
      const lang = chooseLang(new URLSearchParams(search).get('lang'), languages);
      expect([search, languages, html.lang, html.dir]).toEqual([search, languages, lang, lang === 'ar' ? 'rtl' : 'ltr']);
    }
    const html = {
      lang: '',
      dir: '',
      attrs: {} as Record<string, string>,
      setAttribute: (k: string, v: string) => (html.attrs[k] = v),
    };
    const search = `?edition=${editions.defaultId}`;
    vm.runInNewContext(script, {
      document: { documentElement: html },
      location: { search },
      navigator: { languages: [] },
      URLSearchParams,
    });
    expect(html.attrs['data-edition']).toBe(editions.defaultId);
  });

  it('a second edition gets its own title, shown when the URL names it', () => {
    const two = {
      defaultId: editions.defaultId,
      titles: new Map([...editions.titles, ['jpo-2099-test', { fr: 'Édition test', ar: 'دورة تجريبية', en: 'Test edition' }]]),
    };
    const html = firstPaintHead(transformFirstPaint(source, two), two, null);
    const doc = parse(html);
    expect(find(doc, (n) => n.attrs['data-edition'] === 'jpo-2099-test').map(textOf)).toEqual([
      'Édition testدورة تجريبيةTest edition',
    ]);
    expect(html).toContain(
      'html[data-edition="jpo-2099-test"] [data-first-paint] .veil-edition[data-edition="jpo-2099-test"]{display:block}',
    );
    expect(html).toContain(headScript([...two.titles.keys()]));
    expect(headScript([...two.titles.keys()])).toContain('"jpo-2099-test"]');
  });
});

describe('the built index.html', () => {
  const dist = path.resolve(ROOT, process.env.VISIT_DIST || 'dist');
  const file = path.join(dist, 'index.html');

  it('paints the card from itself and one small local stylesheet: no font, no script needed', () => {
    if (!fs.existsSync(file)) throw new Error(`${file} not found: build first (npm run build, or VISIT_DIST=<folder>)`);
    const html = fs.readFileSync(file, 'utf8');
    expect(Buffer.byteLength(html)).toBeLessThan(HTML_BUDGET);
    const doc = expectCard(html, dist);
    const sheets = find(doc, (n) => n.tag === 'link' && n.attrs.rel === 'stylesheet');
    expect(sheets.length).toBeGreaterThan(0);
    let raw = 0;
    let gzip = 0;
    for (const s of sheets) {
      // Same origin: a path from the root, never a host.
      expect(s.attrs.href).toMatch(/^\/(?!\/)/);
      const css = fs.readFileSync(path.join(dist, s.attrs.href!));
      raw += css.byteLength;
      gzip += zlib.gzipSync(css, { level: 9 }).byteLength;
      const text = css.toString('utf8');
      // Nothing the CSS waits on: no @import, and every font swaps in when it comes.
      expect(text).not.toMatch(/@import/);
      const faces = text.match(/@font-face\{[^}]*\}/g) ?? [];
      for (const f of faces) expect(f).toContain('font-display:swap');
    }
    const all = sheets.map((s) => fs.readFileSync(path.join(dist, s.attrs.href!), 'utf8')).join('');
    expect(all).toContain('.veil-card{');
    expect(all).toContain('progress-sweep');
    expect(all).toContain(firstPaintFiles(editions).style.source);
    console.log(`first paint: index.html ${Buffer.byteLength(html)} B; stylesheets ${raw} B raw, ${gzip} B gzip -9`);
    expect(raw).toBeLessThan(CSS_BUDGET.raw);
    expect(gzip).toBeLessThan(CSS_BUDGET.gzip);
    // Nothing else that blocks rendering: no preloaded font, no inline script or style (the policy
    // refuses them), one classic script (the language), small, found before the stylesheets so
    // both download side by side.
    expect(find(doc, (n) => n.tag === 'link' && n.attrs.as === 'font')).toEqual([]);
    expect(find(doc, (n) => (n.tag === 'script' && n.attrs.src === undefined) || n.tag === 'style')).toEqual([]);
    const classic = find(doc, (n) => n.tag === 'script' && n.attrs.type !== 'module');
    expect(classic).toHaveLength(1);
    expect(fs.statSync(path.join(dist, classic[0]!.attrs.src!)).size).toBeLessThan(1024);
    for (const s of sheets) expect(classic[0]!.at).toBeLessThan(s.at);
  });
});
