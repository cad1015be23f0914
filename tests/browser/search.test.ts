/**
 * Search that forgives, as a visitor meets it in "Take me to a stand", on a phone and at 1280×720:
 * the focus starts in the box, a typo finds the passport stand and Enter takes the visitor there;
 * every language's words work from every interface; amenities are found and walked to. Screenshots
 * of the results list on the phone in French, Arabic and English.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../tools/browser/chromium.ts';
import { openVisit, PHONE, shoot, type VisitPage } from './visit.ts';
import { frames, visitApi, visitState, waitReady } from '../../tools/browser/page.ts';
import { ROOT } from '../../tools/browser/server.ts';
import { toLocal, toPlan } from '../../src/edition/geometry.ts';
import type { Site, Stand } from '../../src/edition/schema.ts';

const edition = JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes/editions.json'), 'utf8')).default as string;
const read = <T>(file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes', edition, file), 'utf8')) as T;
const stands = read<{ stands: Stand[] }>('stands.json').stands;
const site = read<Site>('site.json');

/** The edition's first toilets (its data lists them in `site.amenities`). */
const toilets = site.amenities!.find((a) => a.kind === 'toilets')!;

const dialog = (page: Page) => page.locator('[data-testid=stands-dialog]');
const options = (page: Page) => page.locator('[data-testid=stands-dialog] [data-testid=search-results] [role=option]');

/** Opens "Take me to a stand" and checks the focus is already in its search box. */
async function openList(page: Page): Promise<void> {
  await page.locator('[data-testid=stands-open]').click();
  await dialog(page).waitFor({ state: 'visible' });
  // The sheet slides in: boxes are measured once it rests.
  await dialog(page).evaluate((el) =>
    Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished.catch(() => undefined))),
  );
  await expect
    .poll(() =>
      page.evaluate(() => {
        const a = document.activeElement;
        return a?.getAttribute('data-testid') === 'search' && !!a.closest('[data-testid=stands-dialog]');
      }),
    )
    .toBe(true);
}

/** Types into whatever has the focus (the search box) and returns the results listed, as kind:id. */
async function type(page: Page, query: string): Promise<string[]> {
  await page.keyboard.type(query);
  await options(page).first().waitFor({ state: 'visible' });
  await frames(page, 2);
  return options(page).evaluateAll((els) => els.map((e) => `${e.getAttribute('data-kind')}:${e.getAttribute('data-id')}`));
}

async function closeList(page: Page): Promise<void> {
  await page.locator('[data-testid=stands-close]').click();
  await dialog(page).waitFor({ state: 'detached' });
}

/** Waits for the end of the journey on foot; then the visitor's distance from a plan point. */
async function arrivedNear(page: Page, x: number, z: number): Promise<number> {
  await expect.poll(async () => (await visitState(page)).travelling, { timeout: 30_000 }).toBe(false);
  await expect.poll(async () => (await visitState(page)).view, { timeout: 30_000 }).toBe('ground');
  const p = (await visitState(page)).position;
  return Math.hypot(p[0]! - x, p[2]! - z);
}

/** The results list is inside the screen, none of its names or lines cut. */
async function expectReadable(page: Page): Promise<void> {
  const list = page.locator('[data-testid=stands-dialog] [data-testid=search-results]');
  const box = (await list.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + Math.min(box.height, 3 * 48)).toBeLessThanOrEqual(viewport.height);
  const cut = await list.evaluate((el) =>
    [...el.querySelectorAll<HTMLElement>('.search-name, .search-sub')]
      .filter((t) => t.scrollWidth > t.clientWidth + 1)
      .map((t) => t.textContent),
  );
  expect(cut).toEqual([]);
}

/** Passport by its typo, then Enter: the first result shown is where the visitor goes. */
async function pasportThenEnter(page: Page, screenshot?: string): Promise<void> {
  const passport = stands.find((s) => s.id === 'passport')!;
  await visitApi(page, 'teleport', 0, 80, 0);
  await openList(page);
  const found = await type(page, 'pasport');
  expect(found[0]).toBe('stand:passport');
  // The list under the box filters as you type, the passport stand still in it.
  const rows = page.locator('[data-testid=stands-dialog] .stands-row');
  expect(await rows.count()).toBeLessThan(stands.length);
  expect(await page.locator('[data-testid=stands-dialog] .stands-row[data-stand=passport]').count()).toBe(1);
  await expectReadable(page);
  if (screenshot) await shoot(page, screenshot);
  await page.keyboard.press('Enter');
  await dialog(page).waitFor({ state: 'detached' });
  // Arrived: on foot at the stand (its viewpoint is framed for the screen, further back on a phone),
  // in front of it.
  const [x, z] = toPlan(passport, 0, passport.depth / 2);
  expect(await arrivedNear(page, x, z)).toBeLessThan(25);
  await expect.poll(async () => (await visitState(page)).at).toBe('passport');
  const p = (await visitState(page)).position;
  expect(toLocal(passport, p[0]!, p[2]!)[1]).toBeGreaterThan(passport.depth / 2);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('on a phone', () => {
  let visit: VisitPage;
  beforeAll(async () => {
    visit = await openVisit(browser, `${inject('baseUrl')}?debug=1&lang=fr`, PHONE);
    await waitReady(visit.page);
  });
  afterAll(async () => {
    await visit?.close();
  });
  // A failed check leaves the list open: close it, so the next test starts from the visit.
  afterEach(async () => {
    if (await dialog(visit.page).count()) await closeList(visit.page);
  });

  it('"pasport" in the box focused on opening lists the passport stand first; Enter takes the visitor there', async () => {
    await pasportThenEnter(visit.page, 'search-phone-fr');
  });

  it('in English, the French "chiens" lists the dog arena', async () => {
    const { page } = visit;
    await visitApi(page, 'setLang', 'en');
    await openList(page);
    const found = await type(page, 'chiens');
    expect(found).toContain('zone:dog-arena');
    await expectReadable(page);
    await closeList(page);
  });

  it('in English, "toilets" lists the toilets, with their name; choosing them walks there', async () => {
    const { page } = visit;
    await openList(page);
    const found = await type(page, 'toilets');
    expect(found[0]).toMatch(/^amenity:/);
    expect(found).toContain(`amenity:${toilets.id}`);
    const option = page.locator(`[data-testid=stands-dialog] [role=option][data-id="${toilets.id}"]`);
    expect(await option.locator('.search-name').textContent()).toBe('Toilets');
    if (toilets.name) expect(await option.locator('.search-sub').textContent()).toBe(toilets.name.en);
    expect(await option.locator('.search-badge svg').count()).toBe(1);
    await expectReadable(page);
    await shoot(page, 'search-phone-en');
    await option.click();
    await dialog(page).waitFor({ state: 'detached' });
    // On foot beside the point (the traveller moves it out of anything in the way).
    expect(await arrivedNear(page, toilets.position[0], toilets.position[1])).toBeLessThan(4);
  });

  it('in French, the Arabic "كلاب" lists the dog arena', async () => {
    const { page } = visit;
    await visitApi(page, 'setLang', 'fr');
    await openList(page);
    const found = await type(page, 'كلاب');
    expect(found[0]).toBe('zone:dog-arena');
    await expectReadable(page);
    await closeList(page);
  });

  it('in Arabic, the results read right to left, readable and whole', async () => {
    const { page } = visit;
    await visitApi(page, 'setLang', 'ar');
    await openList(page);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const found = await type(page, 'جوازات');
    expect(found[0]).toBe('stand:passport');
    // The badge sits at the inline start: on the right.
    const first = options(page).first();
    const badge = (await first.locator('.search-badge').boundingBox())!;
    const name = (await first.locator('.search-name').boundingBox())!;
    expect(badge.x).toBeGreaterThan(name.x + name.width - 1);
    expect(await first.locator('.search-name').textContent()).toBe('جواز السفر');
    await expectReadable(page);
    await shoot(page, 'search-phone-ar');
    await closeList(page);
  });

  it('logged no console error and asked nothing of another origin', () => {
    expect(visit.consoleErrors).toEqual([]);
    expect(visit.offsite).toEqual([]);
  });
});

describe('at 1280×720', () => {
  it('"pasport" lists the passport stand first; Enter takes the visitor there', async () => {
    const visit = await openVisit(browser, `${inject('baseUrl')}?debug=1&lang=fr`, { viewport: { width: 1280, height: 720 } });
    try {
      await waitReady(visit.page);
      await pasportThenEnter(visit.page, 'search-desktop-fr');
      expect(visit.consoleErrors).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});
