/**
 * The plan for thumbs, on a phone held upright (390 × 844, touch) and an upright tablet (820 × 1180):
 * the whole site fits the screen at the widest zoom, a tap on a pavilion zooms in until each of its
 * stands is a target of 44 × 44 px at least, a tap names a stand and a second goes there, the legend
 * opens over the plan without taking room from it, "you are here" never hides a stand's number, two
 * fingers pinch, amenities name themselves and take the visitor there, and the corner plan stays
 * small on a phone and folds away; a mouse still names on hover and goes where it clicks.
 * Screenshots of each in test-results/screenshots/plan-*. One file over 10 KB: each device's page,
 * slow to load, serves all of its checks.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../../tools/browser/chromium.ts';
import { frames, visitApi, visitState, waitReady } from '../../tools/browser/page.ts';
import { ROOT } from '../../tools/browser/server.ts';
import { openVisit, PHONE, shoot, type VisitPage } from './visit.ts';
import { PLAN_STRINGS } from '../../src/dom/plan/strings.ts';
import type { AmenityKind } from '../../src/edition/constants.ts';
import type { Lang } from '../../src/edition/schema.ts';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const edition = JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes/editions.json'), 'utf8')).default as string;
const scene = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes', edition, file), 'utf8'));
const stands = (scene('stands.json') as { stands: Array<{ id: string; zone: string; name: { fr: string } }> }).stands;
const zones = (scene('site.json') as { zones: Array<{ id: string; position: [number, number] }> }).zones;
/** The places with stands: a tap on each zooms in on it. */
const clusters = [...new Set(stands.map((s) => s.zone))];

const PHONE_UPRIGHT: BrowserContextOptions = { ...PHONE, viewport: { width: 390, height: 844 } };
const TABLET: BrowserContextOptions = { viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true };

interface AmenityJson {
  id: string;
  kind: AmenityKind;
  position: [number, number];
  name?: Record<Lang, string>;
}
const amenities = ((scene('site.json') as { amenities?: AmenityJson[] }).amenities ?? []) as AmenityJson[];
/** The amenity farthest from the others: its symbol alone under the finger on the whole site. */
const lonely = [...amenities].sort((a, b) => spacing(b) - spacing(a))[0];
function spacing(a: AmenityJson): number {
  const others = amenities
    .filter((o) => o !== a)
    .map((o) => Math.hypot(o.position[0] - a.position[0], o.position[1] - a.position[1]));
  return Math.min(Infinity, ...others);
}
const amenityLabel = (a: AmenityJson, lang: Lang) => PLAN_STRINGS[lang].amenityLabel(a.kind, a.name?.[lang]);

const dialog = (page: Page) => page.locator('[data-testid=plan-dialog]');
const stage = (page: Page) => page.locator('[data-testid=plan-stage]');
const scaleOf = async (page: Page) => Number(await stage(page).getAttribute('data-scale'));
const boxOf = async (page: Page, selector: string): Promise<Box> => {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not on screen`);
  return b;
};
const overlap = (a: Box, b: Box) =>
  Math.min(a.x + a.width, b.x + b.width) > Math.max(a.x, b.x) && Math.min(a.y + a.height, b.y + b.height) > Math.max(a.y, b.y);
const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** Waits for the dialog's entrance and any eased zoom to end (frames are slow with software WebGL). */
async function settle(page: Page): Promise<void> {
  await dialog(page).evaluate((d) => Promise.all(d.getAnimations().map((a) => a.finished.catch(() => undefined))));
  let last = NaN;
  for (let i = 0; i < 20; i++) {
    await frames(page, 2);
    const now = await scaleOf(page);
    if (now === last) return;
    last = now;
  }
}

async function openPlan(page: Page): Promise<void> {
  await page.locator('[data-testid=plan-open]').tap();
  await dialog(page).waitFor({ state: 'visible' });
  await settle(page);
}

async function closePlan(page: Page): Promise<void> {
  await page.locator('[data-testid=plan-close]').tap();
  await dialog(page).waitFor({ state: 'detached' });
}

/** Back to the whole site with the zoom-out button. */
async function zoomAllOut(page: Page): Promise<void> {
  const out = page.locator('[data-testid=plan-zoom-out]');
  for (let i = 0; i < 12 && (await out.getAttribute('aria-disabled')) !== 'true'; i++) {
    await out.tap();
    await settle(page);
  }
  expect(await out.getAttribute('aria-disabled')).toBe('true');
}

/** Two fingers on the stage, from `from` px apart to `to` px apart around its middle, in steps. */
async function pinch(page: Page, from: number, to: number): Promise<{ x: number; y: number }> {
  const s = await boxOf(page, '[data-testid=plan-stage]');
  const mid = centre(s);
  const cdp = await page.context().newCDPSession(page);
  const fingers = (half: number) => [
    { x: mid.x - half, y: mid.y, id: 1 },
    { x: mid.x + half, y: mid.y, id: 2 },
  ];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(from / 2) });
  for (let i = 1; i <= 8; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers((from + ((to - from) * i) / 8) / 2) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
  return mid;
}

/** The screen point of a plan point (metres). */
const screenAt = (page: Page, x: number, z: number) =>
  page.locator('[data-testid=plan-stage] svg').evaluate(
    (svg, p) => {
      const q = new DOMPoint(p.x, p.z).matrixTransform((svg as SVGSVGElement).getScreenCTM()!);
      return [q.x, q.y] as [number, number];
    },
    { x, z },
  );
/** Taps the middle of a place on the full plan. */
const tapZone = async (page: Page, id: string) => {
  const zone = zones.find((z) => z.id === id)!;
  await page.touchscreen.tap(...(await screenAt(page, zone.position[0], zone.position[1])));
};

/** The plan point (metres) under a screen point. */
const planAt = (page: Page, x: number, y: number) =>
  page.locator('[data-testid=plan-stage] svg').evaluate(
    (svg, p) => {
      const q = new DOMPoint(p.x, p.y).matrixTransform((svg as SVGSVGElement).getScreenCTM()!.inverse());
      return { x: q.x, z: q.y };
    },
    { x, y },
  );

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

describe.each([
  ['phone', PHONE_UPRIGHT],
  ['tablet', TABLET],
] as const)('the full plan on a %s', (device, options) => {
  let visit: VisitPage;
  const viewport = options.viewport!;

  beforeAll(async () => {
    visit = await openVisit(browser, `${inject('baseUrl')}?debug=1&view=ground&lang=fr`, options);
    await waitReady(visit.page);
  });
  afterAll(async () => visit?.close());

  it('fits the whole site in the screen at its widest zoom; the legend opens over it, never cropping it', async () => {
    const { page } = visit;
    await openPlan(page);
    expect(await page.locator('[data-testid=plan-zoom-out]').getAttribute('aria-disabled'), 'it opens at the widest zoom').toBe(
      'true',
    );
    const site = await boxOf(page, '[data-testid=plan-dialog] .plan-site');
    console.log(
      `${device}: the whole site is ${site.width.toFixed(0)} × ${site.height.toFixed(0)} px on ${viewport.width} × ${viewport.height}`,
    );
    expect(site.x).toBeGreaterThanOrEqual(-0.5);
    expect(site.y).toBeGreaterThanOrEqual(-0.5);
    expect(site.x + site.width).toBeLessThanOrEqual(viewport.width + 0.5);
    expect(site.y + site.height).toBeLessThanOrEqual(viewport.height + 0.5);
    // Upright, the width is what limits it: it fills the screen's width.
    expect(site.width).toBeGreaterThan(viewport.width * 0.95);
    await shoot(page, `plan-${device}-fr`);

    // Closed, the legend is only its toggle, off the drawing.
    expect(await page.locator('[data-testid=plan-legend]').isVisible()).toBe(false);
    expect(overlap(await boxOf(page, '[data-testid=plan-legend-toggle]'), site)).toBe(false);
    await page.locator('[data-testid=plan-legend-toggle]').tap();
    const legend = page.locator('[data-testid=plan-legend]');
    await legend.waitFor({ state: 'visible' });
    await legend.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished.catch(() => undefined))));
    expect(await boxOf(page, '[data-testid=plan-dialog] .plan-site'), 'the plan keeps its size under the sheet').toEqual(site);
    const sheet = await boxOf(page, '[data-testid=plan-legend]');
    expect(sheet.x + sheet.width).toBeLessThanOrEqual(viewport.width + 0.5);
    expect(sheet.y + sheet.height).toBeLessThanOrEqual(viewport.height + 0.5);
    for (const kind of new Set(amenities.map((a) => a.kind))) {
      expect(await legend.locator(`[data-amenity-kind=${kind}] svg`).count(), `${kind} in the legend`).toBe(1);
    }
    await shoot(page, `plan-${device}-legend`);
    await page.locator('[data-testid=plan-legend-toggle]').tap();
    await legend.waitFor({ state: 'hidden' });
  });

  it('zooms in on a pavilion at a tap, until each of its stands is a 44 × 44 px target; a tap names a stand', async () => {
    const { page } = visit;
    for (const zone of clusters) {
      const before = await scaleOf(page);
      await tapZone(page, zone);
      await settle(page);
      expect(await scaleOf(page), `${zone}: a tap zooms in`).toBeGreaterThan(before);
      let smallest = Infinity;
      for (const s of stands.filter((x) => x.zone === zone)) {
        const b = await boxOf(page, `[data-stand="${s.id}"]`);
        smallest = Math.min(smallest, b.width, b.height);
        expect(Math.min(b.width, b.height), `${s.id}'s target`).toBeGreaterThanOrEqual(44);
        expect(b.x, `${s.id} on screen`).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width, `${s.id} on screen`).toBeLessThanOrEqual(viewport.width);
      }
      console.log(`${device}: ${zone} at ${(await scaleOf(page)).toFixed(2)} px/m, smallest target ${smallest.toFixed(1)} px`);

      const first = stands.find((x) => x.zone === zone)!;
      const at = centre(await boxOf(page, `[data-stand="${first.id}"]`));
      await page.touchscreen.tap(at.x, at.y);
      const callout = page.locator('[data-testid=plan-callout]');
      await expect.poll(() => callout.locator('.plan-callout-title').textContent()).toBe(first.name.fr);
      const c = await boxOf(page, '[data-testid=plan-callout]');
      expect(c.x).toBeGreaterThanOrEqual(0);
      expect(c.x + c.width).toBeLessThanOrEqual(viewport.width);
      expect(await page.locator('[data-testid=plan-go]').isVisible()).toBe(true);
      if (zone === 'pavilion-b') await shoot(page, `plan-${device}-stand-named`);
      await zoomAllOut(page);
    }
  });

  it('draws "you are here" under the stand numbers, so it never hides one', async () => {
    const { page } = visit;
    await closePlan(page);
    // On the passport stand's number, looking across its neighbours' numbers.
    await visitApi(page, 'teleport', 28, -76.5, Math.PI / 2);
    await frames(page, 4);
    await openPlan(page);
    for (const zoomed of [false, true]) {
      if (zoomed) {
        await tapZone(page, 'pavilion-b');
        await settle(page);
      }
      const marker = await boxOf(page, '[data-testid=plan-marker]');
      const covered = await page.evaluate((m) => {
        // Both layers ignore the pointer; let them be hit to ask which is on top.
        const style = document.createElement('style');
        style.textContent = '.plan-numbers, .plan-numbers *, .plan-marker, .plan-marker * { pointer-events: all !important }';
        document.head.append(style);
        const under: string[] = [];
        let near = 0;
        for (const n of document.querySelectorAll<SVGTextElement>('[data-testid=plan-dialog] .plan-stand-number')) {
          const b = n.getBoundingClientRect();
          if (b.right < m.x || b.left > m.x + m.width || b.bottom < m.y || b.top > m.y + m.height) continue;
          near++;
          for (const [fx, fy] of [
            [0.5, 0.5],
            [0.2, 0.5],
            [0.8, 0.5],
          ]) {
            const hit = document.elementFromPoint(b.left + b.width * fx!, b.top + b.height * fy!);
            if (hit?.closest('.plan-marker')) under.push(n.dataset.number!);
          }
        }
        style.remove();
        return { near, under };
      }, marker);
      expect(covered.near, 'the marker lies on numbers').toBeGreaterThan(0);
      expect(covered.under, 'numbers under the marker').toEqual([]);
      if (zoomed) await shoot(page, `plan-${device}-you-are-here`);
    }
    await zoomAllOut(page);
  });

  it('pinches with two fingers to zoom in about them, and drags with one', async () => {
    const { page } = visit;
    const before = await scaleOf(page);
    const mid = await pinch(page, 60, 240);
    const at = await planAt(page, mid.x, mid.y);
    await settle(page);
    const after = await scaleOf(page);
    console.log(`${device}: a pinch took the plan from ${before.toFixed(2)} to ${after.toFixed(2)} px/m`);
    expect(after).toBeGreaterThan(before * 2.5);
    // The point under the fingers stays under them.
    const still = await planAt(page, mid.x, mid.y);
    expect(Math.hypot(still.x - at.x, still.z - at.z)).toBeLessThan(0.5);
    await shoot(page, `plan-${device}-pinched`);

    // One finger drags the plan under it.
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y: mid.y, id: 3 }] });
    const grabbed = await planAt(page, mid.x, mid.y);
    await touch('touchStart', mid.x);
    for (let i = 1; i <= 6; i++) await touch('touchMove', mid.x - i * 20);
    await touch('touchEnd', mid.x - 120);
    await cdp.detach();
    await settle(page);
    const dropped = await planAt(page, mid.x - 120, mid.y);
    expect(Math.hypot(dropped.x - grabbed.x, dropped.z - grabbed.z)).toBeLessThan(0.5);
    await zoomAllOut(page);
  });
});

describe('on a phone', () => {
  let visit: VisitPage;
  beforeAll(async () => {
    visit = await openVisit(browser, `${inject('baseUrl')}?debug=1&view=ground&lang=fr`, PHONE_UPRIGHT);
    await waitReady(visit.page);
  });
  afterAll(async () => visit?.close());

  it('keeps the corner plan within 110 × 110 px, its name off the drawing, and folds it away for the session', async () => {
    const { page } = visit;
    const corner = await boxOf(page, '[data-testid=plan-corner]');
    console.log(`phone: the corner plan is ${corner.width.toFixed(0)} × ${corner.height.toFixed(0)} px`);
    expect(corner.width).toBeLessThanOrEqual(110);
    expect(corner.height).toBeLessThanOrEqual(110);
    expect(overlap(await boxOf(page, '.plan-corner-chip'), await boxOf(page, '.plan-corner-map'))).toBe(false);
    expect(overlap(await boxOf(page, '[data-testid=plan-fold]'), await boxOf(page, '.plan-corner-map'))).toBe(false);
    await shoot(page, 'plan-phone-corner');

    await page.locator('[data-testid=plan-fold]').tap();
    const unfold = page.locator('[data-testid=plan-unfold]');
    await unfold.waitFor({ state: 'visible' });
    const folded = await boxOf(page, '[data-testid=plan-corner]');
    expect(folded.width * folded.height).toBeLessThanOrEqual(48 * 48);
    await frames(page, 2);
    await shoot(page, 'plan-phone-corner-folded');
    await page.reload();
    await waitReady(page);
    await unfold.waitFor({ state: 'visible' });
    await unfold.tap();
    await page.locator('[data-testid=plan-open]').waitFor({ state: 'visible' });
  });

  it('names an amenity at a tap in the visitor’s language, and goes there', async () => {
    const { page } = visit;
    expect(lonely, 'the edition lists amenities').toBeDefined();
    await openPlan(page);
    for (const a of amenities)
      expect(await page.locator(`[data-amenity="${a.id}"]`).getAttribute('aria-label')).toBe(amenityLabel(a, 'fr'));
    const symbol = await boxOf(page, `[data-amenity="${lonely!.id}"] .plan-symbol > circle`);
    console.log(`phone: an amenity's symbol is ${symbol.width.toFixed(0)} px across`);
    await page.touchscreen.tap(centre(symbol).x, centre(symbol).y);
    const callout = page.locator('[data-testid=plan-callout]');
    await expect
      .poll(() => callout.locator('.plan-callout-title').textContent())
      .toBe(PLAN_STRINGS.fr.amenityKinds[lonely!.kind]);
    await shoot(page, 'plan-phone-amenity-named');
    await page.locator('[data-testid=plan-go]').tap();
    await dialog(page).waitFor({ state: 'detached' });
    await expect
      .poll(
        async () => {
          const s = await visitState(page);
          return !s.travelling && Math.hypot(s.position[0]! - lonely!.position[0], s.position[2]! - lonely!.position[1]) < 4;
        },
        { timeout: 60_000 },
      )
      .toBe(true);
  });

  it('goes to a stand at a second tap on it', async () => {
    const { page } = visit;
    await openPlan(page);
    await tapZone(page, 'pavilion-c');
    await settle(page);
    const target = await boxOf(page, '[data-stand="police-academy"]');
    await page.touchscreen.tap(centre(target).x, centre(target).y);
    await expect
      .poll(() => page.locator('[data-testid=plan-callout] .plan-callout-title').textContent())
      .toBe('Formation initiale');
    await page.touchscreen.tap(centre(target).x, centre(target).y);
    await dialog(page).waitFor({ state: 'detached' });
    await expect
      .poll(async () => ((await visitState(page)) as unknown as { at: string | null }).at, { timeout: 60_000 })
      .toBe('police-academy');
  });

  it('reads the same in Arabic and English', async () => {
    const { page } = visit;
    for (const lang of ['ar', 'en'] as const) {
      await visitApi(page, 'setLang', lang);
      await openPlan(page);
      const site = await boxOf(page, '[data-testid=plan-dialog] .plan-site');
      expect(site.x + site.width).toBeLessThanOrEqual(390.5);
      expect(await page.locator(`[data-amenity="${lonely!.id}"]`).getAttribute('aria-label')).toBe(amenityLabel(lonely!, lang));
      await shoot(page, `plan-phone-${lang}`);
      await page.locator('[data-testid=plan-legend-toggle]').tap();
      await page.locator('[data-testid=plan-legend]').waitFor({ state: 'visible' });
      await frames(page, 2);
      await shoot(page, `plan-phone-${lang}-legend`);
      await closePlan(page);
    }
  });
});

describe('on a desktop, with a mouse', () => {
  let visit: VisitPage;
  beforeAll(async () => {
    visit = await openVisit(browser, `${inject('baseUrl')}?debug=1&view=ground&lang=en`, {
      viewport: { width: 1280, height: 720 },
    });
    await waitReady(visit.page);
  });
  afterAll(async () => visit?.close());

  it('names a stand on hover, zooms with the wheel at the cursor and the buttons, and goes where it clicks', async () => {
    const { page } = visit;
    await page.locator('[data-testid=plan-open]').click();
    await dialog(page).waitFor({ state: 'visible' });
    await settle(page);
    const site = await boxOf(page, '[data-testid=plan-dialog] .plan-site');
    expect(site.x + site.width).toBeLessThanOrEqual(1280.5);
    expect(site.y + site.height).toBeLessThanOrEqual(720.5);
    await shoot(page, 'plan-desktop-en');

    const passport = centre(await boxOf(page, '[data-stand="passport"]'));
    await page.mouse.move(passport.x, passport.y);
    await expect.poll(() => page.locator('[data-testid=plan-callout] .plan-callout-title').textContent()).toBe('Passport');
    expect(await page.locator('[data-testid=plan-go]').count(), 'a tip, not a choice').toBe(0);

    const before = await scaleOf(page);
    const at = await planAt(page, passport.x, passport.y);
    await page.mouse.wheel(0, -360);
    await settle(page);
    expect(await scaleOf(page)).toBeCloseTo(before * 2, 1);
    const still = await planAt(page, passport.x, passport.y);
    expect(Math.hypot(still.x - at.x, still.z - at.z)).toBeLessThan(0.5);
    await page.locator('[data-testid=plan-zoom-in]').click();
    await settle(page);
    expect(await scaleOf(page)).toBeCloseTo(before * 3, 1);
    const out = page.locator('[data-testid=plan-zoom-out]');
    for (let i = 0; i < 6 && (await out.getAttribute('aria-disabled')) !== 'true'; i++) {
      await out.click();
      await settle(page);
    }
    expect(await scaleOf(page)).toBeCloseTo(before, 2);

    await page.locator('[data-stand="passport"]').click();
    await dialog(page).waitFor({ state: 'detached' });
    await expect
      .poll(async () => ((await visitState(page)) as unknown as { at: string | null }).at, { timeout: 60_000 })
      .toBe('passport');
  });
});
