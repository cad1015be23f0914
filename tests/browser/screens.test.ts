/**
 * The stands' screens show their own video's still, in real Chromium: arrived at the artificial-
 * intelligence stand, its video wall shows the still of its video (the screenshot's pixels on the
 * wall match the poster's, not the screens' blue), and the police academy's simulator its own; a
 * still that cannot be read leaves that stand's screens blue, and the stand beside it, in the same
 * file, still shows its own. Screenshots: screens-video-wall, screens-simulator.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../tools/browser/chromium.ts';
import { frames, visitApi, visitState, waitReady } from '../../tools/browser/page.ts';
import { openVisit, shoot, type VisitPage } from './visit.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const EDITION = 'jpo-2024-agadir';
const poster = (stand: string) => `/scenes/${EDITION}/media/${stand}/tour.jpg`;

/** Mean colour of a 7 × 7 box of the screenshot at (x, y) and of the poster at (s, t), read in the page. */
function colours(page: Page, png: Buffer, x: number, y: number, url: string, s: number, t: number) {
  return page.evaluate(
    async ({ b64, x, y, url, s, t }) => {
      const mean = async (src: string, cx: (w: number) => number, cy: (h: number) => number) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.naturalWidth;
        c.height = img.naturalHeight;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const { data } = ctx.getImageData(Math.round(cx(c.width)) - 3, Math.round(cy(c.height)) - 3, 7, 7);
        const sum = [0, 0, 0];
        for (let i = 0; i < data.length; i += 4) for (let k = 0; k < 3; k++) sum[k] = sum[k]! + data[i + k]!;
        return sum.map((v) => v / 49);
      };
      return {
        shot: await mean(
          `data:image/png;base64,${b64}`,
          () => x,
          () => y,
        ),
        still: await mean(
          url,
          (w) => s * w,
          (h) => t * h,
        ),
      };
    },
    { b64: png.toString('base64'), x, y, url, s, t },
  );
}

const BLUE = [0x3f, 0x7f, 0xd0];
const distance = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));

async function arriveAt(page: Page, stand: string) {
  await visitApi(page, 'goTo', stand);
  await expect.poll(async () => (await visitState(page)).at, { timeout: 60_000 }).toBe(stand);
  await expect.poll(async () => (await visitState(page)).screens.shown.map((s) => s.stand), { timeout: 60_000 }).toContain(stand);
  await frames(page, 4);
}

/** Looks at a stand's still where the state says one of its screens shows it. */
async function still(visit: VisitPage, stand: string, name: string) {
  const { page } = visit;
  const shown = (await visitState(page)).screens.shown.find((s) => s.stand === stand)!;
  const at = (await visitApi(page, 'project', ...shown.point)) as { x: number; y: number } | null;
  expect(at, `${stand}'s screen is in view`).not.toBeNull();
  const png = await shoot(page, name);
  return colours(page, png, at!.x, at!.y, poster(stand), ...shown.at);
}

describe('the screens of the stands', () => {
  let visit: VisitPage;
  beforeAll(async () => {
    // No crowd: a visitor passing in front of a screen would hide what is tested.
    visit = await openVisit(browser, `${inject('baseUrl')}?debug=1&view=ground&lang=fr&crowd=0`);
    await waitReady(visit.page);
  }, 120_000);
  afterAll(async () => {
    await visit?.close();
  });

  it('show the stand’s own video still on its video wall', async () => {
    await arriveAt(visit.page, 'artificial-intelligence');
    const c = await still(visit, 'artificial-intelligence', 'screens-video-wall');
    expect(distance(c.shot, c.still), `screen ${c.shot} against the still ${c.still}`).toBeLessThan(40);
    expect(distance(c.shot, BLUE)).toBeGreaterThan(40);
  });

  it('show it on the simulator too; a still that cannot be read leaves only its own stand’s screens blue', async () => {
    const { page } = visit;
    await page.route(`**${poster('human-rights')}`, (route) => route.fulfill({ status: 404, body: '' }));
    await arriveAt(page, 'police-academy');
    await expect.poll(async () => (await visitState(page)).screens.failed, { timeout: 30_000 }).toContain('human-rights');
    const c = await still(visit, 'police-academy', 'screens-simulator');
    expect(distance(c.shot, c.still), `screen ${c.shot} against the still ${c.still}`).toBeLessThan(40);
    const { screens, detail } = await visitState(page);
    expect(screens.shown.map((s) => s.stand)).not.toContain('human-rights');
    expect(detail.broken).toEqual([]);
    // The one error is the browser's own line for the refused still.
    expect(visit.consoleErrors.filter((e) => !/404/.test(e))).toEqual([]);
    expect(visit.offsite).toEqual([]);
  });
});
