/**
 * The build made for a sub-path (`npm run build:subpath`: VISIT_BASE=/jpo/, into dist-jpo/) served
 * under /jpo/ as a host that shares its domain would: the visit loads with every request under
 * /jpo/ and none failing, a deep link opens its stand, a tour's link starts it, the service worker
 * takes /jpo/ as its scope, a stand's page to share opens the visit there, and the links it shares
 * stay under /jpo/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../tools/browser/chromium.ts';
import { openVisit, shoot } from './visit.ts';
import { visitState, waitReady } from '../../tools/browser/page.ts';
import { ROOT, startPreview, type Server } from '../../tools/browser/server.ts';

const BASE = '/jpo/';
const DIST = path.resolve(ROOT, process.env.VISIT_DIST_SUB || 'dist-jpo');
const edition = JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes/editions.json'), 'utf8')).default as string;
const stands = JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes', edition, 'stands.json'), 'utf8')).stands as Array<{
  id: string;
}>;
const tours = JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes', edition, 'tours.json'), 'utf8')).tours as Array<{
  id: string;
}>;

describe('the visit served under a sub-path (/jpo/)', () => {
  let browser: Browser;
  let server: Server;
  beforeAll(async () => {
    if (!fs.existsSync(path.join(DIST, 'index.html')))
      throw new Error(`${DIST}/index.html not found: run \`npm run build:subpath\` (VISIT_BASE=/jpo/) first`);
    server = await startPreview(DIST, BASE);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('loads with every request under /jpo/, opens a deep-linked stand, and its worker takes /jpo/ as scope', async () => {
    expect(server.url.endsWith(BASE)).toBe(true);
    const stand = stands[3]!.id;
    // The worker allowed here (openVisit blocks it by default): its scope is part of what is tested.
    const visit = await openVisit(browser, `${server.url}?debug=1&lang=fr&stand=${stand}`, { serviceWorkers: 'allow' });
    const { page } = visit;
    const paths: string[] = [];
    const failed: string[] = [];
    page.on('request', (r) => paths.push(new URL(r.url()).pathname));
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    try {
      await waitReady(page);
      await page.getByTestId('stand-panel').waitFor({ state: 'visible', timeout: 30_000 });
      expect((await visitState(page)).openStand).toBe(stand);
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      expect(new URL(scope).pathname).toBe(BASE);
      await shoot(page, 'subpath-stand');
      const http = paths.filter((p) => p.startsWith('/'));
      expect(http.length).toBeGreaterThan(5);
      expect(http.filter((p) => !p.startsWith(BASE))).toEqual([]);
      expect(http.some((p) => p.startsWith(`${BASE}models/${edition}/`))).toBe(true);
      expect(failed).toEqual([]);
      expect({ offsite: visit.offsite, violations: visit.violations }).toEqual({ offsite: [], violations: [] });
    } finally {
      await visit.close();
    }
  });

  it("a stand's page to share shows its tags and opens the visit at that stand; Share gives that page", async () => {
    const stand = stands[0]!.id;
    const share = `${server.url}ar/stands/${stand}/`;
    const res = await fetch(share);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<meta property="og:title"');
    const visit = await openVisit(browser, share, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const { page } = visit;
    try {
      // The page's refresh lands on the visit's own deep link (a visitor's, without ?debug=1).
      await page.waitForURL((u) => u.pathname === BASE, { timeout: 30_000 });
      expect(new URL(page.url()).searchParams.get('stand')).toBe(stand);
      await page.getByTestId('stand-panel').waitFor({ state: 'visible', timeout: 90_000 });
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
      await page.getByTestId('stand-panel-share').click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(share);
      expect(visit.consoleErrors).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it("a tour's link starts the tour under the sub-path", async () => {
    const visit = await openVisit(browser, `${server.url}?debug=1&tour=${tours[0]!.id}`);
    try {
      await waitReady(visit.page);
      await expect.poll(async () => (await visitState(visit.page)).tour?.id ?? null, { timeout: 30_000 }).toBe(tours[0]!.id);
      expect(visit.consoleErrors).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});
