/**
 * The site as a busy open day, in real Chromium: the 2024 edition is over, so a plain link opens it
 * on its replay moment (Saturday 18 May, 15:00, from edition.json), the Programme button saying so;
 * the crowd is there and walks, in one draw call; the help's setting hides it; reduced motion stills
 * it; `?crowd=0` starts without it; back on the real time (December 2026) the site is closed and empty.
 * Screenshots: crowd-entrance, crowd-pavilion.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../tools/browser/chromium.ts';
import { frames, visitApi, visitState, visitStats, waitReady } from '../../tools/browser/page.ts';
import { imageStats, openVisit, shoot, type VisitPage } from './visit.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const crowdOf = async (visit: VisitPage) => (await visitState(visit.page)).crowd;

describe('an edition that is over, opened by a plain link', () => {
  let visit: VisitPage;
  beforeAll(async () => {
    visit = await openVisit(browser, `${inject('baseUrl')}?debug=1&view=ground&lang=fr`);
    await waitReady(visit.page);
  }, 120_000);
  afterAll(async () => {
    await visit?.close();
  });

  it('opens on its replay moment, and the Programme button says which', async () => {
    const { clock } = await visitState(visit.page);
    expect(clock).toMatchObject({ live: false, phase: 'during', error: null });
    expect(clock!.now).toMatch(/^2024-05-18T15:0\d$/);
    expect(await visit.page.getByTestId('programme-moment').textContent()).toMatch(/samedi 18 mai, 15:0\d/);
  });

  it('has a crowd on the site that walks, in one draw call', async () => {
    const { page } = visit;
    await expect.poll(async () => (await crowdOf(visit)).figures, { timeout: 30_000 }).toBeGreaterThan(100);
    const crowd = await crowdOf(visit);
    expect(crowd).toMatchObject({ shown: true });
    expect(crowd.walking).toBeGreaterThan(50);
    expect(crowd.triangles).toBe(crowd.figures * 94);
    await frames(page, 4);
    const png = await shoot(page, 'crowd-entrance');
    expect((await imageStats(page, png)).stddev).toBeGreaterThan(12);
    const withCrowd = await visitStats(page);

    // The help's setting hides it: one draw call and its triangles fewer.
    await page.getByTestId('help-open').click();
    await page.getByTestId('crowd-toggle').uncheck();
    await expect.poll(async () => (await crowdOf(visit)).figures).toBe(0);
    await page.keyboard.press('Escape');
    await frames(page, 4);
    const without = await visitStats(page);
    expect(withCrowd.calls - without.calls).toBe(1);
    expect(withCrowd.triangles - without.triangles).toBeGreaterThan(0);
    expect(withCrowd.triangles - without.triangles).toBeLessThanOrEqual(crowd.triangles);
    await page.getByTestId('help-open').click();
    await page.getByTestId('crowd-toggle').check();
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await crowdOf(visit)).figures).toBeGreaterThan(100);
  });

  it('is closed and empty on the real time, long after the edition', async () => {
    const { page } = visit;
    await visitApi(page, 'teleport', 0, 20, 0);
    await visitApi(page, 'setClock', null);
    await expect.poll(async () => (await crowdOf(visit)).figures).toBe(0);
    await visitApi(page, 'setClock', '2024-05-18T15:00');
    await expect.poll(async () => (await crowdOf(visit)).figures).toBeGreaterThan(100);
    await frames(page, 4);
    await shoot(page, 'crowd-pavilion');
    expect(visit.consoleErrors).toEqual([]);
    expect(visit.offsite).toEqual([]);
  });
});

describe('the crowd, still or absent', () => {
  it('stands still under reduced motion', async () => {
    const visit = await openVisit(browser, `${inject('baseUrl')}?debug=1&view=ground&lang=en`, { reducedMotion: 'reduce' });
    try {
      await waitReady(visit.page);
      await expect.poll(async () => (await crowdOf(visit)).figures, { timeout: 30_000 }).toBeGreaterThan(100);
      expect((await crowdOf(visit)).walking).toBe(0);
    } finally {
      await visit.close();
    }
  });

  it('starts hidden with ?crowd=0', async () => {
    const visit = await openVisit(browser, `${inject('baseUrl')}?debug=1&view=ground&lang=en&crowd=0`);
    try {
      await waitReady(visit.page);
      await visit.page.waitForFunction(
        () => (window as unknown as { __visit: { state(): { interactive: boolean } } }).__visit.state().interactive,
      );
      expect(await crowdOf(visit)).toMatchObject({ shown: false, figures: 0 });
    } finally {
      await visit.close();
    }
  });
});
