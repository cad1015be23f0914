/**
 * The first paint before any script, in Chromium on the production build: the card index.html
 * paints with scripts off (French), in Arabic right to left from `?lang=ar` (set by the inline head
 * script alone: the app's script is held back), and the app taking that card over without a flash:
 * the same box and words, one card on every frame, the bar's sweep carried on where it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../../tools/browser/chromium.ts';
import { ROOT } from '../../tools/browser/server.ts';
import { PHONE, SCREENSHOTS, shoot } from './visit.ts';

const edition = JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes/editions.json'), 'utf8')).default as string;
const title = (
  JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes', edition, 'edition.json'), 'utf8')) as { title: Record<string, string> }
).title;

/** The app's entry module and the models' manifest: held back until a test lets them through. */
const ENTRY = /\/assets\/index-[\w-]+\.js$/;
const MANIFEST = /\/models\/[^/]+\/manifest\.json$/;

interface Held {
  page: Page;
  context: BrowserContext;
  offsite: string[];
  errors: string[];
  /** Lets the held requests through. */
  release(which: 'entry' | 'manifest'): void;
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** A promise and the function that resolves it (Node 20 has no Promise.withResolvers). */
function gate() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * Opens the page with the app's script (and the manifest) held back, so what shows is what the HTML
 * and its CSS paint alone. Not `openVisit`: its `goto` waits for the load event, which a held module
 * script never lets come.
 */
async function openHeld(query: string, options: BrowserContextOptions = {}): Promise<Held> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block', ...options });
  const url = `${inject('baseUrl')}${query}`;
  const local = new URL(url).host;
  const offsite: string[] = [];
  const errors: string[] = [];
  const gates = { entry: gate(), manifest: gate() };
  await context.route('**/*', async (route) => {
    const u = new URL(route.request().url());
    if (u.protocol !== 'data:' && u.protocol !== 'blob:' && u.host !== local) {
      offsite.push(u.href);
      return route.abort('blockedbyclient');
    }
    if (ENTRY.test(u.pathname)) await gates.entry.promise;
    if (MANIFEST.test(u.pathname)) await gates.manifest.promise;
    return route.continue();
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator('[data-first-paint]').waitFor();
  // The font swaps in when it arrives (font-display: swap): wait for it, so both shots use it.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return { page, context, offsite, errors, release: (which) => gates[which].resolve() };
}

/** The card's box, inset past its rounded corners (the page behind the veil shows there). */
async function cardClip(page: Page) {
  const box = (await page.locator('.veil-card').boundingBox())!;
  return { box, clip: { x: box.x + 16, y: box.y + 16, width: box.width - 32, height: box.height - 32 } };
}

const visibleLangs = (page: Page, selector: string) =>
  page.$$eval(`${selector} [lang]`, (els) =>
    els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.getAttribute('lang')),
  );

describe('the first paint, before any script', () => {
  it('with scripts off: the card in French, the title, and why nothing loads', async () => {
    const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(inject('baseUrl'));
      const card = page.locator('[data-first-paint] .veil-card');
      await card.waitFor();
      await shoot(page, 'first-paint-noscript');
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['fr', 'ltr']);
      expect(await visibleLangs(page, '.veil-edition')).toEqual(['fr']);
      expect(await page.locator('.veil-edition').innerText()).toBe(title.fr);
      // No bar that never moves: the card says that the visit needs JavaScript, in every language.
      expect(await page.locator('[data-first-paint] [role=progressbar]').isVisible()).toBe(false);
      expect(await page.locator('.veil-noscript').allInnerTexts()).toHaveLength(3);
      expect(await page.locator('.veil-noscript[lang=fr]').isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('?lang=ar: Arabic, right to left, from the inline script alone', async () => {
    const held = await openHeld('?lang=ar', PHONE);
    try {
      const { page } = held;
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
      expect(await visibleLangs(page, '.veil-card')).toEqual(['ar', 'ar']);
      expect(await page.locator('.veil-edition').innerText()).toBe(title.ar);
      expect(await page.locator('.veil-card').evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
      // The sweep runs the Arabic way, from the start of the line (the right).
      const sweep = await page
        .locator('[data-first-paint] .progress-bar')
        .evaluate((e) => e.getAnimations().map((a) => (a as CSSAnimation).animationName));
      expect(sweep).toEqual(['progress-sweep-rtl']);
      // Nothing of the app has run: its entry module is still held.
      expect(await page.locator('.topbar').count()).toBe(0);
      await shoot(page, 'first-paint-ar');
      held.release('entry');
      held.release('manifest');
      expect(held.offsite).toEqual([]);
    } finally {
      await held.context.close();
    }
  });

  it('the app takes the card over: same box, same words, one card on every frame, no jump of the bar', async () => {
    const held = await openHeld('?lang=fr');
    try {
      const { page } = held;
      const before = await cardClip(page);
      const staticText = await page.locator('.veil-card').innerText();
      // The sweep's start time is set at the first frame after the card's style: poll until it is.
      const readStart = () =>
        page.locator('[data-first-paint] .progress-bar').evaluate((e) => e.getAnimations()[0]?.startTime ?? null);
      await expect.poll(readStart).not.toBeNull();
      const staticStart = await readStart();
      const mask = [page.locator('.progress')];
      const staticShot = await page.screenshot({ clip: before.clip, mask });
      await shoot(page, 'first-paint-static-fr');
      // Count the loading cards on every frame from here until React's card is in.
      await page.evaluate(() => {
        const w = window as unknown as { __cards: number[] };
        w.__cards = [];
        const count = () => {
          w.__cards.push(document.querySelectorAll('.veil').length);
          if (!document.querySelector('.veil:not([data-first-paint])')) requestAnimationFrame(count);
          else w.__cards.push(document.querySelectorAll('.veil').length);
        };
        requestAnimationFrame(count);
      });
      held.release('entry');
      const reactCard = page.locator('.veil:not([data-first-paint])');
      await reactCard.waitFor({ timeout: 60_000 });
      const cards = await page.evaluate(() => (window as unknown as { __cards: number[] }).__cards);
      expect(cards.length).toBeGreaterThan(1);
      expect(new Set(cards)).toEqual(new Set([1]));
      expect(await page.locator('[data-first-paint]').count()).toBe(0);
      // The manifest is still held: the bytes are not known, so React's card is the static one.
      expect(await page.locator('.progress--indeterminate').count()).toBe(1);
      const after = await cardClip(page);
      expect(after.box).toEqual(before.box);
      expect(await page.locator('.veil-card').innerText()).toBe(staticText);
      const reactStart = await page.locator('.progress-bar').evaluate((e) => e.getAnimations()[0]?.startTime ?? null);
      expect(reactStart).toBe(staticStart);
      const reactShot = await page.screenshot({ clip: after.clip, mask });
      await shoot(page, 'first-paint-react-fr');
      fs.writeFileSync(path.join(SCREENSHOTS, 'first-paint-card-static.png'), staticShot);
      fs.writeFileSync(path.join(SCREENSHOTS, 'first-paint-card-react.png'), reactShot);
      expect(reactShot.equals(staticShot)).toBe(true);
      // Once the manifest gives the total, the bar counts bytes.
      held.release('manifest');
      await expect.poll(() => page.locator('[role=progressbar][aria-valuenow]').count()).toBe(1);
      expect(await page.locator('.progress--indeterminate').count()).toBe(0);
      expect(held.errors).toEqual([]);
      expect(held.offsite).toEqual([]);
    } finally {
      await held.context.close();
    }
  });
});
