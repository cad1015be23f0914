/**
 * Guided tours in real Chromium: a tour picked from the toolbar, started from the aerial view, goes
 * on foot from stop to stop (one move by itself once the dwell runs out, the rest by Next) to its
 * "Tour finished"; pause holds a stop past its dwell, previous and next move, walking pauses and
 * resuming goes back; "Open the stand" opens the panel at the stop's hotspot; the URL follows the
 * stop; `?tour=families&stop=3` opens at stop 3 with the visitor there; an unknown tour only warns;
 * the card's buttons by keyboard, their names in each language, right to left in Arabic. Travel
 * is the reduced-motion fade (quicker, and the same arrival). Screenshots: the picker, the card on a
 * desktop (1280×720) and a phone held upright (390×844), in French and Arabic.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../tools/browser/chromium.ts';
import { openVisit, PHONE, shoot, type VisitPage } from './visit.ts';
import { frames, visitApi, visitState, waitReady } from '../../tools/browser/page.ts';
import { ROOT } from '../../tools/browser/server.ts';
import type { Tour } from '../../src/edition/schema.ts';
import { TOUR_STRINGS } from '../../src/modes/tour/strings.ts';

const tours = (JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes/jpo-2024-agadir/tours.json'), 'utf8')) as { tours: Tour[] })
  .tours;
const families = tours.find((t) => t.id === 'families')!;
const UPRIGHT = { ...PHONE, viewport: { width: 390, height: 844 } };
const QUIET = { reducedMotion: 'reduce' } as const;

const card = (page: Page) => page.getByTestId('tour-card');

interface Shown {
  tour: string | null;
  stop: number | null;
  phase: string | null;
  paused: boolean;
  /** Where the visitor stood when the card showed this (`__visit.state().at`). */
  at: string | null;
}
/** The tour as the card shows it (the store, read through the DOM). */
const shown = (page: Page): Promise<Shown> =>
  card(page).evaluate((el: HTMLElement) => ({
    tour: el.dataset.tour ?? null,
    stop: el.dataset.stop ? Number(el.dataset.stop) : null,
    phase: el.dataset.phase ?? null,
    paused: el.dataset.paused === 'true',
    at: (window as unknown as { __visit: { state(): { at: string | null } } }).__visit.state().at,
  }));

/**
 * Records every state the card goes through, as it changes (a MutationObserver), with where the
 * visitor stood then: a test reads what happened in order, however slowly this machine clicks or
 * draws (a click can take seconds under software WebGL, longer than a stop's dwell).
 */
async function record(page: Page): Promise<void> {
  await card(page).evaluate((el: HTMLElement) => {
    const w = window as unknown as { __tourLog: unknown[]; __visit: { state(): { at: string | null } } };
    const note = () => {
      const entry = {
        tour: el.dataset.tour ?? null,
        stop: el.dataset.stop ? Number(el.dataset.stop) : null,
        phase: el.dataset.phase ?? null,
        paused: el.dataset.paused === 'true',
        at: w.__visit.state().at,
      };
      const last = JSON.stringify(w.__tourLog.at(-1));
      if (JSON.stringify(entry) !== last) w.__tourLog.push(entry);
    };
    w.__tourLog = [];
    note();
    new MutationObserver(note).observe(el, { attributes: true });
  });
}
const log = (page: Page) => page.evaluate(() => (window as unknown as { __tourLog: Shown[] }).__tourLog);
const logLength = async (page: Page) => (await log(page)).length;

/** Waits until the card dwelt at stop n (after log entry `since`), and checks the visitor stood at its target then. */
async function dwelt(page: Page, tour: Tour, n: number, since = 0): Promise<Shown> {
  let found: Shown | undefined;
  await expect
    .poll(
      async () => {
        found = (await log(page)).slice(since).find((e) => e.tour === tour.id && e.stop === n && e.phase === 'dwelling');
        return !!found;
      },
      { timeout: 40_000 },
    )
    .toBe(true);
  expect(found!.at).toBe(tour.stops[n - 1]!.target);
  return found!;
}

/** Pauses the tour and returns the stop it paused at, once it dwells there (a pause during a travel arrives first). */
async function pauseNow(page: Page): Promise<number> {
  await page.getByTestId('tour-pause').click();
  await expect.poll(async () => (await shown(page)).paused).toBe(true);
  await expect.poll(async () => (await shown(page)).phase).toBe('dwelling');
  return (await shown(page)).stop!;
}

const tourParams = (page: Page) => {
  const p = new URL(page.url()).searchParams;
  return { tour: p.get('tour'), stop: p.get('stop') };
};

async function pickTour(page: Page, id: string): Promise<number> {
  await page.getByTestId('tour-open').click();
  await page.locator(`[data-testid=tour-picker] [data-tour="${id}"]`).click();
  await page.getByTestId('tour-picker').waitFor({ state: 'detached' });
  return logLength(page);
}

/** The card's box and its controls' boxes and names. */
const layout = (page: Page) =>
  page.evaluate(() => {
    const box = (el: Element | null) => {
      const b = el?.getBoundingClientRect();
      return b ? { left: b.left, right: b.right, top: b.top, bottom: b.bottom, width: b.width, height: b.height } : null;
    };
    const c = document.querySelector('[data-testid=tour-card]')!;
    const buttons = [...c.querySelectorAll('button')].map((b) => ({
      id: b.dataset.testid,
      name: b.getAttribute('aria-label') ?? b.textContent,
      ...box(b)!,
    }));
    return {
      card: box(c)!,
      dir: getComputedStyle(c).direction,
      buttons,
      joystick: box(document.querySelector('.joystick')),
      height: innerHeight,
      width: innerWidth,
    };
  });

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('a tour picked from the toolbar', () => {
  let visit: VisitPage;
  beforeAll(async () => {
    visit = await openVisit(browser, `${inject('baseUrl')}?debug=1&lang=fr`, QUIET);
    await waitReady(visit.page);
    await record(visit.page);
  });
  afterAll(() => visit?.close());

  it('lists the tours, starts from the air on foot, moves on by itself after the dwell, and runs to "Tour finished"', async () => {
    const { page } = visit;
    expect((await visitState(page)).view).toBe('aerial');
    await page.getByTestId('tour-open').click();
    const picker = page.getByTestId('tour-picker');
    await expect.poll(() => picker.locator('[data-tour]').count()).toBe(tours.length);
    const row = picker.locator('[data-tour=families]');
    expect(await row.innerText()).toContain(families.title.fr);
    expect(await row.innerText()).toContain(`${families.stops.length} étapes`);
    await page.waitForTimeout(300);
    await shoot(page, 'tour-picker-fr');
    await row.click();
    await picker.waitFor({ state: 'detached' });

    await dwelt(page, families, 1);
    expect((await visitState(page)).view).toBe('ground');
    const live = page.getByTestId('tour-live');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    // Nothing pressed yet: the dwell runs out and the tour travels on by itself.
    await dwelt(page, families, 2);
    expect((await log(page)).filter((e) => e.paused)).toEqual([]);

    const from = await pauseNow(page);
    expect(tourParams(page)).toEqual({ tour: 'families', stop: String(from) });
    expect(await live.innerText()).toContain(families.stops[from - 1]!.text.fr);
    expect(await live.innerText()).toContain(`Étape ${from} sur ${families.stops.length}`);
    for (let n = from + 1; n <= families.stops.length; n++) {
      const since = await logLength(page);
      await page.getByTestId('tour-next').click();
      await dwelt(page, families, n, since);
      expect(tourParams(page).stop).toBe(String(n));
      expect(await live.innerText()).toContain(families.stops[n - 1]!.text.fr);
    }
    await page.getByTestId('tour-next').click();
    await expect.poll(async () => (await shown(page)).phase).toBe('finished');
    expect(await live.innerText()).toContain(TOUR_STRINGS.fr.finished);
    await page.waitForTimeout(300);
    await shoot(page, 'tour-finished-fr');

    const since = await logLength(page);
    await page.getByTestId('tour-restart').click();
    await dwelt(page, families, 1, since);
    await page.getByTestId('tour-stop').click();
    await expect.poll(() => shown(page)).toMatchObject({ tour: null, stop: null });
    expect(tourParams(page)).toEqual({ tour: null, stop: null });
    expect(visit.consoleErrors).toEqual([]);
    expect(visit.offsite).toEqual([]);
  });

  it('pause holds the stop past its dwell, the progress bar with it; previous and next move; resume plays on', async () => {
    const { page } = visit;
    const since = await pickTour(page, 'families');
    await dwelt(page, families, 1, since);
    const at = await pauseNow(page);
    expect(await page.getByTestId('tour-pause').getAttribute('aria-label')).toBe(TOUR_STRINGS.fr.resume);
    const held = await logLength(page);
    await page.waitForTimeout((families.stops[at - 1]!.dwell + 3) * 1000);
    expect((await log(page)).slice(held)).toEqual([]);
    expect(await shown(page)).toMatchObject({ stop: at, phase: 'dwelling', paused: true });
    const bar = () => page.getByTestId('tour-progress').evaluate((el) => el.getAnimations()[0]?.playState);
    expect(await bar()).toBe('paused');

    // Paused, the stops are leafed through at the visitor's pace.
    let mark = await logLength(page);
    await page.getByTestId('tour-next').click();
    await dwelt(page, families, at + 1, mark);
    mark = await logLength(page);
    await page.getByTestId('tour-previous').click();
    await dwelt(page, families, at, mark);
    if (at > 1) {
      mark = await logLength(page);
      await page.getByTestId('tour-previous').click();
      await dwelt(page, families, at - 1, mark);
    }
    expect(await shown(page)).toMatchObject({ paused: true });
    if ((await shown(page)).stop === 1)
      expect(await page.getByTestId('tour-previous').getAttribute('aria-disabled')).toBe('true');

    const resumedAt = (await shown(page)).stop!;
    mark = await logLength(page);
    await page.getByTestId('tour-pause').click();
    expect(await bar()).toBe('running');
    await dwelt(page, families, resumedAt + 1, mark);
    await page.getByTestId('tour-stop').click();
  });

  it('walking pauses the tour; resuming takes the visitor back to the stop', async () => {
    const { page } = visit;
    const since = await pickTour(page, 'families');
    await dwelt(page, families, 1, since);
    // Backwards at a run, until the visitor is no longer at the stop (a few metres).
    await page.keyboard.down('ShiftLeft');
    await page.keyboard.down('KeyS');
    await expect.poll(async () => (await shown(page)).paused).toBe(true);
    await expect.poll(async () => (await shown(page)).at).toBeNull();
    await page.keyboard.up('KeyS');
    await page.keyboard.up('ShiftLeft');
    const stop = (await shown(page)).stop!;
    const mark = await logLength(page);
    await page.getByTestId('tour-pause').click();
    const back = await dwelt(page, families, stop, mark);
    expect(back.paused).toBe(false);
  });

  it('"Open the stand" pauses the tour and opens the panel at the stop\'s hotspot', async () => {
    const { page } = visit;
    await page.getByTestId('tour-open-stand').click();
    await page.getByTestId('stand-panel').waitFor({ state: 'visible' });
    const stop = families.stops[(await shown(page)).stop! - 1]!;
    const open = await page.evaluate(() => {
      const s = (
        window as unknown as { __visit: { state(): { openStand: string | null; openHotspot: string | null } } }
      ).__visit.state();
      return [s.openStand, s.openHotspot];
    });
    expect(open).toEqual([stop.target, stop.hotspot]);
    expect((await shown(page)).paused).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByTestId('stand-panel').waitFor({ state: 'detached' });
    expect(tourParams(page).tour).toBe('families');
    await page.getByTestId('tour-stop').click();
  });

  it('the card works from the keyboard: Tab through its buttons, Space and Enter press them', async () => {
    const { page } = visit;
    const since = await pickTour(page, 'families');
    await dwelt(page, families, 1, since);
    const focusedId = () => page.evaluate(() => (document.activeElement as HTMLElement).dataset.testid);
    await page.getByTestId('tour-previous').focus();
    await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('tour-pause');
    await page.keyboard.press('Space');
    await expect.poll(async () => (await shown(page)).paused).toBe(true);
    await expect.poll(async () => (await shown(page)).phase).toBe('dwelling');
    const at = (await shown(page)).stop!;
    await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('tour-next');
    const mark = await logLength(page);
    await page.keyboard.press('Enter');
    await dwelt(page, families, at + 1, mark);
    await page.keyboard.press('Shift+Tab');
    expect(await focusedId()).toBe('tour-pause');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await shown(page)).paused).toBe(false);
    await page.getByTestId('tour-stop').click();
  });
});

describe('the tour link', () => {
  it('?tour=families&stop=3 opens at stop 3 with the visitor at its target', async () => {
    const visit = await openVisit(browser, `${inject('baseUrl')}?debug=1&lang=en&tour=families&stop=3`, QUIET);
    try {
      const { page } = visit;
      await waitReady(page);
      await card(page).waitFor({ state: 'attached' });
      await record(page);
      const first = (await log(page)).find((e) => e.tour);
      if (first) expect(first.stop).toBe(3);
      await dwelt(page, families, 3);
      expect((await log(page)).find((e) => e.tour)!.stop).toBe(3);
      expect(new URL(page.url()).searchParams.get('tour')).toBe('families');
      expect(visit.consoleErrors).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it('an unknown tour warns in the console and does nothing else', async () => {
    const visit = await openVisit(browser, `${inject('baseUrl')}?debug=1&tour=no-such-tour`, QUIET);
    const warnings: string[] = [];
    visit.page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    try {
      await waitReady(visit.page);
      await expect.poll(() => warnings.some((w) => w.includes('no tour "no-such-tour"'))).toBe(true);
      await frames(visit.page, 5);
      expect(await shown(visit.page)).toMatchObject({ tour: null });
      expect((await visitState(visit.page)).view).toBe('aerial');
      expect(visit.consoleErrors).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});

describe('the card on screen', () => {
  for (const [name, options] of [
    ['desktop', {}],
    ['phone', UPRIGHT],
  ] as const) {
    it(`on a ${name}, in French and Arabic: clear of the centre (and above the joystick), 44 px buttons named in each language, right to left in Arabic`, async () => {
      const visit = await openVisit(browser, `${inject('baseUrl')}?debug=1&lang=fr&tour=science-and-technology&stop=2`, {
        ...QUIET,
        ...options,
      });
      try {
        const { page } = visit;
        await waitReady(page);
        const tour = tours.find((t) => t.id === 'science-and-technology')!;
        await card(page).waitFor({ state: 'attached' });
        await record(page);
        await dwelt(page, tour, 2);
        const stop = tour.stops[(await pauseNow(page)) - 1]!;
        for (const lang of ['fr', 'ar', 'en'] as const) {
          await visitApi(page, 'setLang', lang);
          await expect.poll(() => page.getByTestId('tour-live').innerText()).toContain(stop.text[lang]);
          const l = await layout(page);
          const t = TOUR_STRINGS[lang];
          const named = Object.fromEntries(l.buttons.map((b) => [b.id, b]));
          expect(named['tour-previous']!.name).toBe(t.previous);
          expect(named['tour-pause']!.name).toBe(t.resume);
          expect(named['tour-next']!.name).toBe(t.next);
          expect(named['tour-stop']!.name).toBe(t.stop);
          for (const b of l.buttons) expect(Math.min(b.width, b.height), b.id).toBeGreaterThanOrEqual(44);
          // The middle of the view stays clear; on a phone the card sits above the joystick.
          expect(l.card.top).toBeGreaterThan(l.height / 2);
          if (l.joystick) expect(l.card.bottom).toBeLessThanOrEqual(l.joystick.top);
          expect(l.card.left).toBeGreaterThanOrEqual(0);
          expect(l.card.right).toBeLessThanOrEqual(l.width);
          expect(l.dir).toBe(lang === 'ar' ? 'rtl' : 'ltr');
          // Previous is on the side the text starts from: the right in Arabic.
          if (lang === 'ar') expect(named['tour-previous']!.left).toBeGreaterThan(named['tour-next']!.left);
          else expect(named['tour-previous']!.left).toBeLessThan(named['tour-next']!.left);
          if (lang !== 'en') {
            await frames(page, 3);
            await shoot(page, `tour-card-${name}-${lang}`);
          }
        }
        expect(visit.consoleErrors).toEqual([]);
      } finally {
        await visit.close();
      }
    });
  }
});
