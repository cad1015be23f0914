/**
 * A kiosk on the site as its visitors and its operator meet it: the attract loop that yields to the
 * first touch (touch events), a touch-first layout in landscape and portrait in the three languages,
 * "Show me the way" from the kiosk's spot with its length and a QR code, links turned into QR codes,
 * the idle reset of a dirty visit back to the kiosk's start in every listed respect, "Still there?"
 * yielding to a touch, and an unknown kiosk id that runs the public visit and says so.
 * Screenshots: kiosk-<orientation>-<lang>, kiosk-attract-*, kiosk-way, kiosk-still-there, kiosk-unknown.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../tools/browser/chromium.ts';
import { dialogsSettled, imageStats, openVisit, pinQuality, shoot, type VisitPage } from './visit.ts';
import { frames, visitApi, visitState, waitReady } from '../../tools/browser/page.ts';
import { ROOT } from '../../tools/browser/server.ts';
import type { Kiosk } from '../../src/edition/schema.ts';
import { LANGS } from '../../src/i18n/lang.ts';

const edition = JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes/editions.json'), 'utf8')).default as string;
const kiosks = (JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes', edition, 'kiosks.json'), 'utf8')) as { kiosks: Kiosk[] })
  .kiosks;
const landscape = kiosks.find((k) => k.orientation === 'landscape')!;
const portrait = kiosks.find((k) => k.orientation === 'portrait')!;
const TOUCH = { hasTouch: true } as const;

type Kstate = { id: string; phase: string; warning: boolean; visits: number; resets: number };
const kioskOf = async (page: Page) => (await visitState(page)).kiosk as Kstate | { unknown: string } | null;
const phaseOf = async (page: Page) => ((await kioskOf(page)) as Kstate | null)?.phase;

/** Opens a kiosk and waits until its attract loop plays. */
async function openKiosk(browser: Browser, kiosk: Kiosk, viewport: { width: number; height: number }): Promise<VisitPage> {
  const visit = await openVisit(browser, `${inject('baseUrl')}?kiosk=${kiosk.id}&debug=1`, { viewport, ...TOUCH });
  await waitReady(visit.page);
  // (Called from beforeAll, where expect.poll is not allowed.)
  await visit.page.waitForFunction(
    () =>
      (window as unknown as { __visit: { state(): { kiosk: { phase?: string } | null } } }).__visit.state().kiosk?.phase ===
      'attract',
    null,
    { timeout: 30_000 },
  );
  return visit;
}

/** The first touch: the attract loop gives way to a fresh visit at the kiosk's spot. */
async function touchToStart(page: Page): Promise<void> {
  const box = (await page.getByTestId('kiosk-attract').boundingBox())!;
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height * 0.6);
  await expect.poll(() => phaseOf(page)).toBe('visit');
  await frames(page, 3);
}

const settled = dialogsSettled;

/** A visit in progress (after the attract loop, when an earlier test ended in one). */
async function visiting(page: Page): Promise<void> {
  if ((await phaseOf(page)) === 'attract') await touchToStart(page);
}

/** Visible controls smaller than the kiosk's 56 × 56 px targets (the 3D view and hidden things aside). */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('button, a[href], input, select, [role=button]')) {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden' || el.closest('[hidden], [inert], .sr-only')) continue;
      if (r.width < 55.5 || r.height < 55.5)
        out.push(
          `${el.tagName.toLowerCase()}[${el.dataset.testid ?? el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 20)}] ${Math.round(r.width)}×${Math.round(r.height)}`,
        );
    }
    return out;
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

// What a kiosk does is the same on every screen: tested on a smaller one, whose software-rendered
// frames leave the machine free to answer the taps; the layouts are shot at full size below.
describe(`a landscape kiosk (${landscape.id})`, () => {
  let visit: VisitPage;
  beforeAll(async () => {
    visit = await openKiosk(browser, landscape, { width: 1280, height: 720 });
  });
  afterAll(async () => {
    await visit?.close();
  });

  it('plays its tour round and round behind "Touch to start", and the first touch starts a visit at its spot', async () => {
    const { page } = visit;
    // The tours load on demand: the loop starts once they are in.
    await expect.poll(async () => (await visitState(page)).tour).toMatchObject({ id: landscape.tour, loop: true });
    await expect
      .poll(async () => (await page.getByTestId('kiosk-attract').textContent()) ?? '')
      .toContain('Touch the screen to start');
    expect(await page.getByTestId('kiosk-attract').textContent()).toContain('المس الشاشة');
    await shoot(page, 'kiosk-attract-landscape');
    await touchToStart(page);
    const s = await visitState(page);
    expect(s.tour).toBeNull();
    expect(s.lang).toBe(landscape.lang);
    expect(s.view).toBe('ground');
    expect(s.position[0]).toBeCloseTo(landscape.position[0], 1);
    expect(s.position[2]).toBeCloseTo(landscape.position[1], 1);
    expect(s.yaw).toBeCloseTo((landscape.facing * Math.PI) / 180, 2);
    expect(await page.getByTestId('kiosk-attract').count()).toBe(0);
  });

  it('Back closes a panel and stays in the visit', async () => {
    const { page } = visit;
    await visiting(page);
    await visitApi(page, 'openStand', 'ballistics');
    await page.getByTestId('stand-panel').waitFor();
    await page.evaluate(() => history.back());
    await expect.poll(async () => (await visitState(page)).openStand).toBeNull();
    await page.evaluate(() => history.back());
    await page.waitForTimeout(400);
    expect(new URL(page.url()).searchParams.get('kiosk')).toBe(landscape.id);
  });

  it('shows the way from the kiosk to a stand on the plan, with its length, minutes and a QR code to take it along', async () => {
    const { page } = visit;
    await visitApi(page, 'openStand', 'dna-profiling');
    await page.getByTestId('stand-panel-way').tap();
    const route = page.getByTestId('way-route');
    await route.waitFor({ timeout: 30_000 });
    const metres = Number(await route.getAttribute('data-metres'));
    expect(metres).toBeGreaterThan(20);
    const summary = (await page.getByTestId('way-summary').textContent())!;
    expect(summary).toMatch(new RegExp(`${metres} m · environ \\d+ min à pied`));
    const qr = page.locator('[data-testid=way-dialog] [data-testid=qr-code]');
    // The stand's page to share, which opens the visit there on the phone (never the kiosk's own mode).
    const url = new URL((await qr.getAttribute('data-url'))!);
    expect(url.pathname).toBe(`/${(await visitState(page)).lang}/stands/dna-profiling/`);
    expect(url.search).toBe('');
    expect(await page.getByTestId('stand-panel-share').count()).toBe(0);
    await settled(page);
    await shoot(page, 'kiosk-way');
    await page.getByTestId('way-close').tap();
    await visitApi(page, 'closePanel');
  });

  it('turns a link to another site into a QR code, never a link that leaves the visit', async () => {
    const { page } = visit;
    await visitApi(page, 'openStand', 'police-apps', 'dgsn-website');
    const section = page.locator('[data-testid=stand-panel] [data-hotspot-id=dgsn-website]');
    await section.locator('[data-testid=qr-code]').waitFor();
    expect(await page.locator('[data-testid=stand-panel] a[href^="http"]').count()).toBe(0);
    await visitApi(page, 'closePanel');
  });

  it('after "Still there?", resets a dirty visit to the kiosk’s start in every respect; Back reaches nothing', async () => {
    const { page } = visit;
    await visiting(page);
    // openVisit pins the rendering level (`quality=1`): a kiosk keeps it across resets.
    const start = pinQuality(`${inject('baseUrl')}?kiosk=${landscape.id}&debug=1`);
    const entries = await page.evaluate(() => history.length);
    // Dirty: Arabic, walked away, several panels (history entries on a public visit), the plan
    // opened, a choice stored for the session, a stand's video playing.
    await page.locator('[data-lang=ar]').tap();
    await visitApi(page, 'teleport', 10, 20, 1.2);
    for (const id of ['fingerprints', 'ballistics', 'passport']) {
      await visitApi(page, 'openStand', id);
      await page.getByTestId('stand-panel').waitFor();
    }
    await visitApi(page, 'closePanel');
    await page.getByTestId('plan-open').tap();
    await page.waitForSelector('dialog[open]');
    await page.keyboard.press('Escape');
    await page.evaluate(() => sessionStorage.setItem('visitor-choice', '1'));
    await visitApi(page, 'openStand', 'dna-profiling', 'video-tour');
    const video = page.locator('[data-testid=stand-panel] video');
    await video.waitFor();
    await video.evaluate((v: HTMLVideoElement) => v.play());
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => !v.paused && v.currentTime > 0)).toBe(true);
    expect(page.url()).toContain('stand=dna-profiling');
    // A kiosk rewrites its one entry: panels never pile up in history.
    expect(await page.evaluate(() => history.length)).toBe(entries);

    await visitApi(page, 'idleNow');
    await page.getByTestId('kiosk-still-there').waitFor();
    await settled(page);
    // A playing video counts as someone watching, but idleNow() is the idle time run out: the countdown runs.
    await shoot(page, 'kiosk-still-there');
    await expect.poll(() => phaseOf(page), { timeout: 20_000 }).toBe('attract');
    await frames(page, 3);

    const s = await visitState(page);
    expect(s.lang).toBe(landscape.lang);
    expect(s.openStand).toBeNull();
    expect(s.view).toBe('ground');
    expect(s.tour).toMatchObject({ id: landscape.tour, loop: true });
    expect(page.url()).toBe(start);
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(await page.locator('video').count()).toBe(0);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    const k = (await kioskOf(page)) as Kstate;
    expect(k.resets).toBe(2);
    // Back, twice: nothing of the previous visitor, and never out of the visit.
    for (let i = 0; i < 2; i++) {
      await page.evaluate(() => history.back());
      await page.waitForTimeout(400);
      expect(page.url()).toBe(start);
      expect((await visitState(page)).openStand).toBeNull();
    }

    // The next visitor: a fresh visit at the spot.
    await touchToStart(page);
    const fresh = await visitState(page);
    expect(fresh.position[0]).toBeCloseTo(landscape.position[0], 1);
    expect(fresh.position[2]).toBeCloseTo(landscape.position[1], 1);
  });

  it('a visitor who walks off with the stand list open and a search typed leaves it to nobody', async () => {
    const { page } = visit;
    await visiting(page);
    await page.getByTestId('stands-open').tap();
    await page.getByTestId('search').fill('empreinte');
    await visitApi(page, 'idleNow');
    await expect.poll(() => phaseOf(page), { timeout: 20_000 }).toBe('attract');
    expect(await page.locator('dialog[open]').count()).toBe(0);
    await touchToStart(page);
    await page.getByTestId('stands-open').tap();
    expect(await page.getByTestId('search').inputValue()).toBe('');
    await page.getByTestId('stands-close').tap();
  });

  it('"Still there?" gives way to a touch, and the visit goes on', async () => {
    const { page } = visit;
    await visiting(page);
    await visitApi(page, 'openStand', 'passport');
    await visitApi(page, 'idleNow');
    await page.getByTestId('kiosk-still-there').waitFor();
    await page.touchscreen.tap(200, 500);
    await page.getByTestId('kiosk-still-there').waitFor({ state: 'detached' });
    expect(await phaseOf(page)).toBe('visit');
    expect((await visitState(page)).openStand).toBe('passport');
  });
});

describe('the kiosk layout at full size', () => {
  for (const [kiosk, viewport] of [
    [landscape, { width: 1920, height: 1080 }],
    [portrait, { width: 1080, height: 1920 }],
  ] as const) {
    it(`${kiosk.orientation} (${kiosk.id}, ${viewport.width} × ${viewport.height}): 56 px targets, the languages always in view, the kiosk on the plan, in fr, ar and en`, async () => {
      const visit = await openKiosk(browser, kiosk, viewport);
      try {
        const { page } = visit;
        await shoot(page, `kiosk-attract-${kiosk.orientation}`);
        await touchToStart(page);
        for (const lang of LANGS) {
          // The chooser itself once (a tap); the other languages through the automation interface.
          if (lang === 'en') await page.locator('[data-lang=en]').tap();
          else await visitApi(page, 'setLang', lang);
          await expect.poll(async () => (await visitState(page)).lang).toBe(lang);
          await frames(page, 2);
          const png = await shoot(page, `kiosk-${kiosk.orientation}-${lang}`);
          expect((await imageStats(page, png)).stddev).toBeGreaterThan(12);
          expect(await smallTargets(page)).toEqual([]);
          for (const l of LANGS) expect(await page.locator(`[data-lang=${l}]`).isVisible()).toBe(true);
        }
        expect(await page.getByTestId('mouse-look').count()).toBe(0);
        const guarded = await page.evaluate(() => {
          const menu = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
          document.querySelector('.topbar')!.dispatchEvent(menu);
          const zoom = new WheelEvent('wheel', { bubbles: true, cancelable: true, ctrlKey: true, deltaY: -100 });
          document.querySelector('canvas')!.dispatchEvent(zoom);
          return { menu: menu.defaultPrevented, zoom: zoom.defaultPrevented, select: getComputedStyle(document.body).userSelect };
        });
        expect(guarded).toEqual({ menu: true, zoom: true, select: 'none' });
        await page.getByTestId('plan-open').tap();
        await page.locator('dialog[open] [data-testid=plan-kiosk]').waitFor();
        await settled(page);
        await shoot(page, `kiosk-${kiosk.orientation}-plan`);
      } finally {
        await visit.close();
      }
    });
  }
});

describe('an unknown kiosk', () => {
  it('says so and runs the public visit, never a blank page', async () => {
    const visit = await openVisit(browser, `${inject('baseUrl')}?kiosk=nowhere&debug=1`, TOUCH);
    try {
      const { page } = visit;
      await waitReady(page);
      await page.getByTestId('kiosk-unknown').waitFor();
      expect(await page.getByTestId('kiosk-unknown').textContent()).toContain('nowhere');
      expect(await kioskOf(page)).toEqual({ unknown: 'nowhere' });
      await frames(page, 3);
      const png = await shoot(page, 'kiosk-unknown');
      expect((await imageStats(page, png)).stddev).toBeGreaterThan(12);
    } finally {
      await visit.close();
    }
  });
});
