/**
 * The production policy over a whole visit: the build is served with deploy/headers.ts's headers
 * (vite.config.ts's preview, as nginx serves them), and a visitor walks, opens stands with pictures,
 * a video with its captions, the plan, the 2D twin, the search, the programme, in each language; a
 * kiosk runs its attract tour; a guided tour starts; a headset enters. Any `securitypolicyviolation`
 * (an inline script or style, an eval, a blob or data URL the policy does not allow, another origin)
 * fails the test, with the directive and the URL it blocked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../tools/browser/chromium.ts';
import { openVisit, PHONE, shoot, type VisitPage } from './visit.ts';
import { frames, visitApi, visitState, waitReady } from '../../tools/browser/page.ts';
import { installHeadset } from '../../tools/browser/headset.ts';
import { ROOT } from '../../tools/browser/server.ts';
import { contentSecurityPolicy, securityHeaders } from '../../deploy/headers.ts';

interface Hotspot {
  id: string;
  type: string;
}
const edition = JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes/editions.json'), 'utf8')).default as string;
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes', edition, f), 'utf8'));
const stands = read('stands.json').stands as Array<{ id: string; hotspots: Hotspot[] }>;
const withType = (t: string) => stands.filter((s) => s.hotspots.some((h) => h.type === t));
const tours = read('tours.json').tours as Array<{ id: string }>;
const kiosks = read('kiosks.json').kiosks as Array<{ id: string }>;

/** The violations and offsite requests so far, as one message. */
const clean = (v: VisitPage) => ({ violations: v.violations, offsite: v.offsite });

describe('the strict Content-Security-Policy over a whole visit', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('every response carries the production headers', async () => {
    const base = inject('baseUrl');
    const expected = securityHeaders();
    // (vite preview's own 404s carry none: nginx's, which the visit is served by, do, in tests/deploy-nginx.test.ts.)
    for (const url of [base, `${base}models/${edition}/manifest.json`, `${base}fr/stands/${stands[0]!.id}/`]) {
      const res = await fetch(url);
      for (const [name, value] of Object.entries(expected))
        expect([url, name, res.headers.get(name)]).toEqual([url, name, value]);
    }
    expect(contentSecurityPolicy()).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
  });

  it('walk, stands with pictures and a video with captions, plan, twin, search, programme, three languages', async () => {
    const visit = await openVisit(browser, `${inject('baseUrl')}?debug=1&lang=fr&view=ground`);
    const { page } = visit;
    try {
      await waitReady(page);
      // Walk a few steps with the keyboard.
      await page
        .locator('canvas')
        .first()
        .click({ position: { x: 640, y: 500 } });
      await page.keyboard.down('KeyW');
      await frames(page, 20);
      await page.keyboard.up('KeyW');
      // Stands: pictures (galleries), then a video played with its captions showing.
      for (const s of withType('gallery').slice(0, 3)) {
        await visitApi(page, 'openStand', s.id, s.hotspots.find((h) => h.type === 'gallery')!.id);
        await page.getByTestId('stand-panel').waitFor({ state: 'visible' });
        await expect
          .poll(() =>
            page
              .locator('[data-testid=stand-panel] img')
              .evaluateAll((imgs) => imgs.filter((i) => (i as HTMLImageElement).naturalWidth > 0).length),
          )
          .toBeGreaterThan(0);
        await page.keyboard.press('Escape');
        await page.getByTestId('stand-panel').waitFor({ state: 'detached' });
      }
      const filmed = withType('video')[0]!;
      const clip = filmed.hotspots.find((h) => h.type === 'video')!;
      await visitApi(page, 'openStand', filmed.id, clip.id);
      const video = page.locator(`[data-hotspot-id="${clip.id}"] video`);
      await video.evaluate((v: HTMLVideoElement) => v.play());
      await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 20_000 }).toBeGreaterThan(0);
      await expect
        .poll(() =>
          video.evaluate((v: HTMLVideoElement) => [...v.textTracks].find((t) => t.mode === 'showing')?.cues?.length ?? 0),
        )
        .toBeGreaterThan(0);
      await page.keyboard.press('Escape');
      await page.getByTestId('stand-panel').waitFor({ state: 'detached' });
      // The plan, the twin, the search, the programme.
      await page.getByTestId('plan-open').click();
      await page.keyboard.press('Escape');
      await page.getByTestId('twin-open').click();
      await page.getByTestId('twin').waitFor({ state: 'visible' });
      await page.getByTestId('twin-back').click();
      await page.getByTestId('stands-open').click();
      await page.keyboard.type('passeport');
      await expect.poll(() => page.locator('[data-testid=search-results] [role=option]').count()).toBeGreaterThan(0);
      await page.getByTestId('stands-close').click();
      await page.getByTestId('stands-dialog').waitFor({ state: 'hidden' });
      await page.getByTestId('programme-open').click();
      await page.getByTestId('programme-dialog').waitFor({ state: 'visible' });
      await page.getByTestId('programme-close').click();
      // Each language: the panel re-rendered in it (Arabic right to left, its own font).
      for (const lang of ['ar', 'en', 'fr'] as const) {
        await visitApi(page, 'setLang', lang);
        await visitApi(page, 'openStand', filmed.id);
        await page.getByTestId('stand-panel').waitFor({ state: 'visible' });
        await page.evaluate(() => document.fonts.ready);
        await expect.poll(async () => (await visitState(page)).openStand).toBe(filmed.id);
        // The sheet slides in from the inline end (the left in Arabic): wait until it rests there.
        await page
          .getByTestId('stand-panel')
          .evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished.catch(() => undefined))));
        await frames(page, 2);
        if (lang === 'ar') await shoot(page, 'csp-panel-ar');
        await page.keyboard.press('Escape');
        await page.getByTestId('stand-panel').waitFor({ state: 'detached' });
      }
      expect((await visitState(page)).lang).toBe('fr');
      expect(clean(visit)).toEqual({ violations: [], offsite: [] });
      expect(visit.consoleErrors).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it('a kiosk on a phone-sized screen, and a guided tour', async () => {
    const kiosk = await openVisit(browser, `${inject('baseUrl')}?kiosk=${kiosks[0]!.id}&debug=1`, PHONE);
    try {
      await waitReady(kiosk.page);
      await kiosk.page.getByTestId('kiosk-attract').waitFor({ state: 'visible', timeout: 30_000 });
      await kiosk.page.getByTestId('kiosk-attract').tap();
      await frames(kiosk.page, 10);
      expect(clean(kiosk)).toEqual({ violations: [], offsite: [] });
    } finally {
      await kiosk.close();
    }
    const tour = await openVisit(browser, `${inject('baseUrl')}?tour=${tours[0]!.id}&debug=1`);
    try {
      await waitReady(tour.page);
      await tour.page.getByTestId('tour-stop').waitFor({ state: 'visible', timeout: 30_000 });
      await tour.page.getByTestId('tour-next').click();
      await expect.poll(async () => (await visitState(tour.page)).tour?.stop ?? 0, { timeout: 30_000 }).toBeGreaterThan(0);
      expect(clean(tour)).toEqual({ violations: [], offsite: [] });
      // The guard itself: an inline script put into the page is refused, reported, and never runs.
      const ran = await tour.page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__inlineRan = true';
        document.body.append(s);
        return (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false;
      });
      expect(ran).toBe(false);
      await expect.poll(() => tour.violations.length).toBe(1);
      expect(tour.violations[0]).toMatch(/^script-src-elem blocked inline/);
    } finally {
      await tour.close();
    }
  });

  it('the headset: its code, controller models and panels under the same policy', async () => {
    const visit = await openVisit(browser, `${inject('baseUrl')}?debug=1&lang=fr`, {}, (c) => installHeadset(c));
    const { page } = visit;
    try {
      await waitReady(page);
      await page.getByTestId('xr-enter').waitFor({ state: 'visible', timeout: 30_000 });
      await page.getByTestId('xr-enter').click();
      await expect.poll(async () => (await visitState(page)).xr.presenting, { timeout: 30_000 }).toBe(true);
      await visitApi(page, 'openStand', withType('video')[0]!.id);
      await frames(page, 10);
      expect(clean(visit)).toEqual({ violations: [], offsite: [] });
    } finally {
      await visit.close();
    }
  });
});
