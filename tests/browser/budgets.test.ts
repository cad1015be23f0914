/**
 * Performance budgets on the production build, with exact counts only (no wall-clock time): bytes
 * of the first load and of the whole visit, draw calls and triangles at fixed viewpoints, and GPU
 * objects released after visiting every stand. `npm run bench` measures the same things and more.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../tools/browser/chromium.ts';
import { ROOT } from '../../tools/browser/server.ts';
import { installReadyStamp, visitStats, waitReadyAt } from '../../tools/browser/page.ts';
import { BUDGETS } from '../../tools/bench/budgets.ts';
import { criticalPath, kB, loadedResources, wholeVisitWithoutVideo, type CriticalPath } from '../../tools/bench/measure/bytes.ts';
import { goToViewpoint, memoryRoundTrip, STANDS, VIEWPOINTS, VIEWPORT } from '../../tools/bench/measure/viewpoints.ts';

const DIST = path.resolve(ROOT, process.env.VISIT_DIST || 'dist');

let browser: Browser;
let context: BrowserContext;
let page: Page;
let critical: CriticalPath;
const errors: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: VIEWPORT });
  await installReadyStamp(context);
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const baseUrl = inject('baseUrl');
  // Opened as a visitor opens it: the aerial view first, fresh context (nothing cached).
  await page.goto(`${baseUrl}?debug=1&quality=1`);
  const readyAt = await waitReadyAt(page);
  critical = criticalPath(DIST, await loadedResources(page), readyAt, new URL(baseUrl).origin);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('bytes', () => {
  it('every response before ready is a file of dist/', () => {
    expect(critical.files.length).toBeGreaterThan(3);
    expect(critical.unmatched).toEqual([]);
  });

  it(`JavaScript requested before ready is at most ${kB(BUDGETS.firstLoadJsGzip)} gzip`, () => {
    expect(critical.js.files).toBeGreaterThan(0);
    expect(critical.js.gzip, `${critical.js.files} JS files, ${kB(critical.js.gzip)} gzip`).toBeLessThanOrEqual(
      BUDGETS.firstLoadJsGzip,
    );
  });

  it(`the critical path (everything received before ready) is at most ${kB(BUDGETS.criticalBrotli)} brotli`, () => {
    const list = critical.files.map((f) => `${f.file} ${kB(f.brotli)}`).join(', ');
    expect(
      critical.files.some((f) => f.file.endsWith('.glb')),
      'the models are on the critical path',
    ).toBe(true);
    expect(critical.totals.brotli, list).toBeLessThanOrEqual(BUDGETS.criticalBrotli);
  });

  it(`the whole visit without video is at most ${kB(BUDGETS.wholeBrotli)} brotli`, () => {
    const whole = wholeVisitWithoutVideo(DIST);
    expect(whole.files).toBeGreaterThan(3);
    expect(whole.brotli, `${whole.files} files`).toBeLessThanOrEqual(BUDGETS.wholeBrotli);
  });
});

describe(`at most ${BUDGETS.calls} draw calls, ${BUDGETS.triangles} triangles and ${BUDGETS.textureBytes / 2 ** 20} MiB of textures at each viewpoint`, () => {
  for (const vp of VIEWPOINTS) {
    it(vp.label, async () => {
      await goToViewpoint(page, vp);
      const stats = await visitStats(page);
      expect(stats.triangles, 'something was drawn').toBeGreaterThan(0);
      expect(stats.calls, 'draw calls').toBeLessThanOrEqual(BUDGETS.calls);
      expect(stats.triangles, 'triangles').toBeLessThanOrEqual(BUDGETS.triangles);
      // The posters' atlas is there at every viewpoint: a count that misses it counts nothing.
      expect(stats.textureBytes, 'texture memory').toBeGreaterThan(10 * 2 ** 20);
      expect(stats.textureBytes, 'texture memory').toBeLessThanOrEqual(BUDGETS.textureBytes);
    });
  }
});

describe('GPU objects', () => {
  // The start is taken after a first stand and back: what is drawn only near a stand (hotspot
  // markers) is created on the GPU once, when first drawn; a leak grows beyond that.
  it(`after a flight to each of the ${STANDS.length} stands and back, geometries and textures are within ${BUDGETS.memoryDrift * 100}% of the start`, async () => {
    const m = await memoryRoundTrip(page);
    const detail = `cold ${JSON.stringify(m.cold)}, start ${JSON.stringify(m.start)}, end ${JSON.stringify(m.end)}`;
    expect(Math.abs(m.geometries), detail).toBeLessThanOrEqual(BUDGETS.memoryDrift);
    expect(Math.abs(m.textures), detail).toBeLessThanOrEqual(BUDGETS.memoryDrift);
  });

  it('logged no console error', () => {
    expect(errors).toEqual([]);
  });
});
