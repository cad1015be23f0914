/**
 * Hostile content renders inert: the page is served stands.json with markup, scripts, an iframe,
 * javascript:, data: and external links in a stand's name, description, hotspot title and body (and,
 * beyond what validate lets through, an absolute image URL and a javascript: link hotspot), and
 * captions with script and HTML in a cue. The stand's panel, its captions, the search listing it and
 * the 2D twin show that text as text: no script runs (`window.__pwned` stays unset), no element of
 * the content becomes a <script>, an <iframe> or an element with an event handler, no link runs
 * script, and nothing is fetched from another origin (the external link is only a link). Any
 * `securitypolicyviolation` (the page is served with the production policy, deploy/headers.ts) is
 * reported in the failure. Screenshot: the panel with the hostile text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../tools/browser/chromium.ts';
import { openVisit, shoot, type VisitPage } from './visit.ts';
import { frames, visitApi, waitReady } from '../../tools/browser/page.ts';
import { ROOT } from '../../tools/browser/server.ts';
import type { Stand } from '../../src/edition/schema.ts';

const edition = JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes/editions.json'), 'utf8')).default as string;
const stands = (JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes', edition, 'stands.json'), 'utf8')) as { stands: Stand[] })
  .stands;
/** The stand given the hostile content: one with an info hotspot, a second hotspot and a video. */
const STAND = stands.find((s) => s.hotspots.length >= 3 && s.hotspots.some((h) => h.type === 'video'))!;
const VIDEO = STAND.hotspots.find((h) => h.type === 'video') as Extract<Stand['hotspots'][number], { type: 'video' }>;

const PWN = 'window.__pwned=1';
const NAME = `Empreinte <img src=x onerror="${PWN}"> génétique`;
/** Each line must show as written (the Markdown link syntax included). */
const LITERAL = [
  `<script>${PWN}</script>`,
  `<img src=x onerror="${PWN}">`,
  '<iframe src="https://evil.example/"></iframe>',
  `[cliquez ici](javascript:${PWN})`,
];
/** Then two links to another site, opened only by a press: an image in Markdown's syntax is not one. */
const DESCRIPTION = [
  ...LITERAL,
  'Un [autre site](https://evil.example/) : un lien, jamais chargé.',
  'Une image ![pixel](https://evil.example/pixel.png) reste un lien.',
].join('\n\n');
const TITLE = `<b onmouseover="${PWN}">Trousse</b> de prélèvement, ${'une très longue ligne de titre '.repeat(4)}`.trim();
const BODY = `<svg onload="${PWN}"></svg> <a href="javascript:${PWN}">lien</a> [données](data:text/html,<script>${PWN}</script>)`;
const CUE = `<script>${PWN}</script><img src=x onerror="${PWN}"> Sous-titre &lt;b&gt;littéral&lt;/b&gt;`;
const CUE_TEXT = 'Sous-titre <b>littéral</b>';
const text3 = (fr: string) => ({ fr, ar: fr, en: fr });

/** stands.json with the hostile stand. */
function hostileStands(json: { stands: Stand[] }): { stands: Stand[] } {
  const s = json.stands.find((x) => x.id === STAND.id)!;
  s.name = text3(NAME);
  s.description = text3(DESCRIPTION);
  const [info, second] = s.hotspots.filter((h) => h.type !== 'video') as [Stand['hotspots'][number], Stand['hotspots'][number]];
  Object.assign(info, {
    type: 'info',
    title: text3(TITLE),
    body: text3(BODY),
    // Refused by the schema; shown here to prove a media path can only ever name this site's files.
    image: { src: 'https://evil.example/pixel.jpg', alt: text3(`<img src=x onerror="${PWN}">`) },
  });
  Object.assign(second, { type: 'link', title: text3('Un autre site'), body: text3('Un lien.'), url: 'https://evil.example/' });
  s.hotspots.push({
    id: 'javascript-link',
    type: 'link',
    position: second.position,
    title: text3('Lien javascript:'),
    // Refused by the schema: React must still not make it a link that runs.
    url: `javascript:${PWN}`,
  } as Stand['hotspots'][number]);
  return json;
}

async function prepare(context: BrowserContext, requests: string[], local: string): Promise<void> {
  context.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol !== 'data:' && u.protocol !== 'blob:' && u.host !== local) requests.push(r.url());
  });
  await context.route(/\/assets\/stands-[^/]+\.json$/, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['content-encoding'];
    delete headers['content-length'];
    await route.fulfill({ status: 200, headers, body: JSON.stringify(hostileStands(await response.json())) });
  });
  await context.route(new RegExp(`/${VIDEO.video.captions.fr.replace(/[.]/g, '\\.')}$`), (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/vtt; charset=utf-8',
      body: `WEBVTT\n\n1\n00:00:00.000 --> 00:00:05.000\n${CUE}\n`,
    }),
  );
}

/**
 * What of the content became markup in the document: scripts without a same-origin src or with
 * the marker, iframes, objects, elements with an on… attribute, links that are not http(s), a
 * same-site path or a fragment (React's own blocked-URL stub is counted apart), and `__pwned`.
 */
const inDom = (page: Page) =>
  page.evaluate(() => {
    const scripts = [...document.scripts]
      .filter((s) => !s.src || new URL(s.src).origin !== location.origin || s.text.includes('__pwned'))
      .map((s) => s.outerHTML.slice(0, 80));
    const embeds = [...document.querySelectorAll('iframe, object, embed, foreignObject')].map((e) => e.outerHTML.slice(0, 80));
    const handlers = [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.localName} ${a.name}>`),
    );
    const links = [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.getAttribute('href')!);
    const blocked = links.filter((h) => h.startsWith("javascript:throw new Error('React has blocked"));
    const badLinks = links.filter((h) => !blocked.includes(h) && !/^(https?:\/\/|\/(?![/\\])|#)/i.test(h));
    const pwned = (window as unknown as { __pwned?: unknown }).__pwned;
    return { scripts, embeds, handlers, badLinks, blocked: blocked.length, pwned: pwned === undefined ? 'unset' : String(pwned) };
  });

const INERT = { scripts: [], embeds: [], handlers: [], badLinks: [], pwned: 'unset' };

let browser: Browser;
let visit: VisitPage;
const requests: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  const base = inject('baseUrl');
  visit = await openVisit(browser, `${base}?debug=1&view=ground&lang=fr`, { viewport: { width: 1100, height: 680 } }, (c) =>
    prepare(c, requests, new URL(base).host),
  );
  await waitReady(visit.page);
});

afterAll(async () => {
  await visit?.close();
  await browser?.close();
});

/** The failure message: every offsite request and policy violation so far. */
const report = () =>
  `offsite: ${JSON.stringify(visit.offsite)}\nrequests: ${JSON.stringify(requests)}\nviolations: ${JSON.stringify(visit.violations)}`;

describe('hostile content renders as text', () => {
  it("in the stand's panel: name, description, hotspot title and body, image alt, links", async () => {
    const { page } = visit;
    await visitApi(page, 'openStand', STAND.id);
    const panel = page.getByTestId('stand-panel');
    await panel.waitFor({ state: 'visible' });
    await panel.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished.catch(() => undefined))));
    // The stand the page shows is the patched one.
    expect(await panel.locator('h2').first().innerText()).toContain(NAME);
    const description = await panel.locator('.sp-description').innerText();
    for (const line of LITERAL) expect(description).toContain(line);
    // The external links are links (opened only by a press), the javascript: one text, no image.
    const links = await panel.locator('.sp-description a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['https://evil.example/', 'https://evil.example/pixel.png']);
    expect(await panel.locator('.sp-description img').count()).toBe(0);
    const info = panel.locator(`[data-hotspot-id="${STAND.hotspots.find((h) => h.type !== 'video')!.id}"]`);
    expect(await info.locator('.sp-hotspot-title').innerText()).toBe(TITLE);
    expect(await info.locator('.sp-text').innerText()).toContain(
      `<svg onload="${PWN}"></svg> <a href="javascript:${PWN}">lien</a>`,
    );
    // The absolute image URL stayed a path of this site: it fails, and says so with its alt as text.
    await expect.poll(() => info.locator('.hs-media-alt').count()).toBe(1);
    expect(await info.locator('.hs-media-alt').innerText()).toBe(`(<img src=x onerror="${PWN}">)`);
    await frames(page, 2);
    await shoot(page, 'hostile-panel');
    const dom = await inDom(page);
    expect({ ...dom, blocked: undefined }, report()).toEqual({ ...INERT, blocked: undefined });
    // A javascript: link hotspot (refused by validate) is no link, or React's blocked stub, never the script.
    const jsHref = await panel
      .locator('[data-hotspot-id="javascript-link"] a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    console.log(`javascript: link hotspot rendered with href ${JSON.stringify(jsHref)}`);
    expect(
      jsHref.every((h) => h!.startsWith("javascript:throw new Error('React has blocked")),
      JSON.stringify(jsHref),
    ).toBe(true);
    expect(dom.blocked, report()).toBe(jsHref.length);
  });

  it('in the captions: the cue is text, its tags dropped', async () => {
    const { page } = visit;
    const cue = await page.getByTestId('stand-panel').evaluate(async (el) => {
      const video = el.querySelector('video')!;
      const track = [...video.textTracks].find((t) => t.language === 'fr')!;
      track.mode = 'hidden';
      for (let i = 0; i < 200 && !track.cues?.length; i++) await new Promise((r) => setTimeout(r, 50));
      const c = track.cues?.[0] as VTTCue | undefined;
      if (!c) return null;
      const html = c.getCueAsHTML();
      return { text: c.text, shown: html.textContent, elements: [...html.querySelectorAll('*')].map((e) => e.localName) };
    });
    expect(cue, 'the captions never loaded').not.toBeNull();
    expect(cue!.shown).toContain(CUE_TEXT);
    expect(cue!.elements.filter((e) => e === 'script' || e === 'img')).toEqual([]);
    expect(await inDom(page), report()).toMatchObject(INERT);
  });

  it('in the search listing it', async () => {
    const { page } = visit;
    await page.keyboard.press('Escape');
    await page.getByTestId('stand-panel').waitFor({ state: 'detached' });
    await page.locator('[data-testid=stands-open]').click();
    const dialog = page.locator('[data-testid=stands-dialog]');
    await dialog.waitFor({ state: 'visible' });
    await dialog.getByTestId('search').fill('Empreinte');
    const option = dialog.locator(`[data-testid=search-results] [role=option][data-id="${STAND.id}"]`);
    await option.waitFor({ state: 'visible' });
    expect(await option.locator('.search-name').innerText()).toBe(NAME);
    expect(await inDom(page), report()).toMatchObject(INERT);
    await page.locator('[data-testid=stands-close]').click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('in the 2D twin', async () => {
    const { page } = visit;
    await page.getByTestId('twin-open').click();
    const article = page.locator(`[data-testid=twin] article[data-stand="${STAND.id}"]`);
    await article.waitFor({ timeout: 30_000 });
    expect(await article.locator('.twin-stand-title').innerText()).toContain(NAME);
    const text = await article.locator('.twin-text').first().innerText();
    for (const line of LITERAL) expect(text).toContain(line);
    expect(await inDom(page), report()).toMatchObject(INERT);
    await page.getByTestId('twin-back').click();
    await page.getByTestId('twin').waitFor({ state: 'detached' });
  });

  it('fetched nothing from another origin, and the policy blocked nothing', async () => {
    expect({ offsite: visit.offsite, requests, violations: visit.violations }).toEqual({
      offsite: [],
      requests: [],
      violations: [],
    });
    expect(await visit.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });
});
