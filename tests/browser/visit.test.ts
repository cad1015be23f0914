/**
 * The visit as a person opens it: the production build in Chromium, the site loaded with honest
 * progress, all 37 stands in the scene, both views drawn (screenshots kept), nothing off-site.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../tools/browser/chromium.ts';
import { imageStats, openVisit, shoot, type VisitPage } from './visit.ts';
import { frames, visitApi, visitState, visitStats, waitReady } from '../../tools/browser/page.ts';
import { ROOT } from '../../tools/browser/server.ts';

const edition = JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes/editions.json'), 'utf8')).default as string;
const standIds = (
  JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes', edition, 'stands.json'), 'utf8')) as { stands: Array<{ id: string }> }
).stands
  .map((s) => s.id)
  .sort();
const spawn = (
  JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes', edition, 'edition.json'), 'utf8')) as {
    spawn: { position: [number, number] };
  }
).spawn.position;

let browser: Browser;
let visit: VisitPage;

beforeAll(async () => {
  browser = await launchChromium();
  const url = `${inject('baseUrl')}?debug=1`;
  visit = await openVisit(browser, url);
});

afterAll(async () => {
  await visit?.close();
  await browser?.close();
});

describe('the visit, default edition', () => {
  it('reaches ready with every stand of the edition in the scene graph', async () => {
    await waitReady(visit.page);
    const state = await visitState(visit.page);
    expect(state.edition).toBe(edition);
    expect(state.stands).toEqual(standIds);
    expect(state.stands).toHaveLength(37);
    expect(state.openStand).toBeNull();
  });

  it('says 100% only once the model bytes are in, then hides the progress', async () => {
    const { page } = visit;
    // The progress veil is gone once ready.
    await expect.poll(() => page.locator('[role=progressbar]').count()).toBe(0);
    const timings = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => /\/models\/.+\.glb$/.test(e.name))
        .map((e) => ({
          name: e.name,
          end: (e as PerformanceResourceTiming).responseEnd,
          size: (e as PerformanceResourceTiming).decodedBodySize,
        })),
    );
    expect(timings.map((t) => path.basename(new URL(t.name).pathname)).sort()).toEqual([
      'collision.glb',
      'site.glb',
      'stands.glb',
    ]);
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'dist/models', edition, 'manifest.json'), 'utf8')) as {
      files: Array<{ name: string; bytes: number }>;
    };
    for (const t of timings) {
      const f = manifest.files.find((m) => t.name.endsWith(`/${m.name}`));
      expect(f, t.name).toBeDefined();
      expect(t.size).toBe(f!.bytes);
    }
  });

  it('draws the aerial view of the whole site', async () => {
    const { page } = visit;
    expect((await visitState(page)).view).toBe('aerial');
    await frames(page, 5);
    const png = await shoot(page, 'aerial');
    const stats = await imageStats(page, png);
    expect(stats.dark).toBeLessThan(0.05);
    expect(stats.stddev).toBeGreaterThan(12);
    expect(stats.colours).toBeGreaterThan(200);
    const s = await visitStats(page);
    expect(s.calls).toBeGreaterThan(5);
    expect(s.triangles).toBeGreaterThan(10_000);
    console.log(
      `aerial: ${s.calls} draw calls, ${s.triangles} triangles, ${s.geometries} geometries, ${s.textures} textures, ${s.programs} programs`,
    );
  });

  it('switches to the ground view at the entrance, at eye height, with the visible control', async () => {
    const { page } = visit;
    await page.locator('button[data-view=ground]').click();
    await frames(page, 5);
    const state = await visitState(page);
    expect(state.view).toBe('ground');
    expect(state.position[0]).toBeCloseTo(spawn[0], 1);
    expect(state.position[1]).toBeCloseTo(1.6, 2);
    expect(state.position[2]).toBeCloseTo(spawn[1], 1);
    const s = await visitStats(page);
    console.log(`entrance: ${s.calls} draw calls, ${s.triangles} triangles`);
    // The world drawn, not black: checked without the crowd, whose walkers pass in dark clothes right
    // by the camera at whatever moment the shot falls (5.1% dark pixels once, against 5%).
    await visitApi(page, 'setCrowd', false);
    await frames(page, 3);
    const png = await shoot(page, 'entrance');
    const stats = await imageStats(page, png);
    expect(stats.dark).toBeLessThan(0.05);
    expect(stats.stddev).toBeGreaterThan(12);
    await visitApi(page, 'setCrowd', true);
  });

  it('teleports to an exact place and heading, and back to the air', async () => {
    const { page } = visit;
    await page.evaluate(() =>
      (window as unknown as { __visit: { teleport(x: number, z: number, yaw?: number): void } }).__visit.teleport(
        -45,
        -40,
        Math.PI,
      ),
    );
    await frames(page, 3);
    const state = await visitState(page);
    expect(state.position).toEqual([-45, 1.6, -40]);
    expect(Math.abs(Math.abs(state.yaw) - Math.PI)).toBeLessThan(1e-3);
    await shoot(page, 'pavilion-a-inside');
    await page.evaluate(() => (window as unknown as { __visit: { view(v: string): void } }).__visit.view('aerial'));
    await frames(page, 3);
    expect((await visitState(page)).view).toBe('aerial');
  });

  it('logged no console error and asked nothing of another origin', () => {
    expect(visit.consoleErrors).toEqual([]);
    expect(visit.offsite).toEqual([]);
  });
});

describe('when a model of the first frame fails', () => {
  it('says which file failed, offers the text version meanwhile, and loads on retry', async () => {
    let fail = true;
    const ctx = await openVisit(browser, `${inject('baseUrl')}?debug=1&lang=fr`, {}, (context) =>
      context.route(/\/site\.glb$/, (route) => (fail ? route.fulfill({ status: 404, body: 'gone' }) : route.fallback())),
    );
    try {
      const { page } = ctx;
      const message = page.getByTestId('load-error');
      await message.waitFor({ timeout: 60_000 });
      expect(await message.textContent()).toMatch(/site\.glb: HTTP 404/);
      expect(await page.locator('.veil').getAttribute('role')).toBe('alert');
      await shoot(page, 'load-error');
      // Every stand can be read meanwhile: the text version needs the scene data, not the models.
      await page.getByTestId('load-read-text').click();
      await page.getByTestId('twin').waitFor();
      await page.locator(`#twin-stand-${standIds[0]}`).waitFor();
      await page.getByTestId('twin-back').click();
      await page.getByTestId('twin').waitFor({ state: 'hidden' });
      // The file is back: a retry downloads it again and the visit starts.
      fail = false;
      await page.getByTestId('load-retry').click();
      await waitReady(page);
      expect((await visitState(page)).stands).toEqual(standIds);
      await expect.poll(() => page.getByTestId('load-error').count()).toBe(0);
    } finally {
      await ctx.close();
    }
  });
});
