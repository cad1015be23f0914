/**
 * The budgets in a headset: an emulated Quest 3 drawing both eyes (iwer, stereo), the head at each of
 * the bench's viewpoints but the aerial one; a frame's draw calls and triangles, both eyes counted,
 * stay within the same budgets as the page's. The in-world panel's texture is released when it
 * closes. The controller and hand profiles shipped stay within their bytes. Figures per viewpoint:
 * `npm run bench` (tools/bench/measure/headset.ts).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../tools/browser/chromium.ts';
import { visitApi, visitState, visitStats } from '../../tools/browser/page.ts';
import { xrFrames } from '../../tools/browser/headset.ts';
import { BUDGETS } from '../../tools/bench/budgets.ts';
import { goToHeadsetViewpoint, HEADSET_VIEWPOINTS, openInHeadset, profileBytes } from '../../tools/bench/measure/headset.ts';
import { ROOT } from '../../tools/browser/server.ts';
import path from 'node:path';

const DIST = path.resolve(ROOT, process.env.VISIT_DIST || 'dist');

describe('a headset frame (both eyes) within the budgets', () => {
  let browser: Browser;
  let page: Page;
  let close: () => Promise<void>;

  beforeAll(async () => {
    browser = await launchChromium();
    ({ page, close } = await openInHeadset(browser, inject('baseUrl')));
  });
  afterAll(async () => {
    await close?.();
    await browser?.close();
  });

  for (const vp of HEADSET_VIEWPOINTS) {
    it(vp.label, async () => {
      await goToHeadsetViewpoint(page, vp);
      const stats = await visitStats(page);
      expect((await visitState(page)).xr.presenting).toBe(true);
      expect(stats.triangles, 'something was drawn').toBeGreaterThan(0);
      expect(stats.calls, 'draw calls, both eyes').toBeLessThanOrEqual(BUDGETS.calls);
      expect(stats.triangles, 'triangles, both eyes').toBeLessThanOrEqual(BUDGETS.triangles);
    });
  }

  it('releases the in-world panel’s texture when it closes', async () => {
    await visitApi(page, 'goTo', 'border-control');
    await xrFrames(page, 6);
    const before = (await visitStats(page)).textures;
    await visitApi(page, 'openStand', 'border-control');
    await expect.poll(async () => (await visitState(page)).xr.panel?.target, { timeout: 20_000 }).toBe('border-control');
    await xrFrames(page, 4);
    expect((await visitStats(page)).textures).toBeGreaterThan(before);
    await visitApi(page, 'closePanel');
    await xrFrames(page, 4);
    expect((await visitStats(page)).textures).toBe(before);
  });
});

describe('the headset’s profiles', () => {
  it(`are at most ${BUDGETS.headsetProfilesBrotli / 1000} kB brotli`, () => {
    const bytes = profileBytes(DIST);
    expect(bytes.files).toBe(7);
    expect(bytes.brotli).toBeLessThanOrEqual(BUDGETS.headsetProfilesBrotli);
  });
});
