/**
 * The programme as a visitor meets it, in real Chromium, on the 18 May 2024 replayed at 11:10 (the
 * mounted police on their arena): the toolbar's Programme dialog (the day of the clock, filters by
 * kind and place, what is on now, the indicative note), "Take me there" arriving at the arena, "Add
 * to calendar" downloading a calendar file in the event's zone, a `?session=` link, the replay clock
 * set from the dialog and back to live, the boards in the world and the live arena following the
 * clock, the search finding a session, the Arabic dialog, and the 2D twin's programme.
 * Screenshots: programme-dialog-fr, programme-dialog-ar, programme-arena-live.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../tools/browser/chromium.ts';
import { frames, visitApi, visitState, visitStats, waitReady } from '../../tools/browser/page.ts';
import { dialogsSettled, imageStats, openVisit, shoot, type VisitPage } from './visit.ts';
import { settleStreaming } from '../../tools/bench/measure/viewpoints.ts';

const AT = '2024-05-18T11:10';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(query: string, options = {}): Promise<VisitPage> {
  const visit = await openVisit(browser, `${inject('baseUrl')}?debug=1&view=ground&${query}`, options);
  await waitReady(visit.page);
  await visit.page.waitForFunction(
    () => (window as unknown as { __visit: { state(): { interactive: boolean } } }).__visit.state().interactive,
    undefined,
    {
      timeout: 60_000,
    },
  );
  return visit;
}

type Programme = Awaited<ReturnType<typeof visitState>>['programme'];
const programmeOf = async (visit: VisitPage): Promise<Programme> => (await visitState(visit.page)).programme;

describe('the programme dialog, at a replayed moment', () => {
  let visit: VisitPage;
  beforeAll(async () => {
    // No crowd: the arena's draw calls and triangles below are counted with nothing else following the clock.
    visit = await open(`lang=fr&crowd=0&at=${AT}`);
  }, 120_000);
  afterAll(async () => {
    await visit?.close();
  });

  it('opens on the clock’s day, says the times are indicative, and marks what is on now', async () => {
    const { page } = visit;
    await page.getByTestId('programme-open').click();
    const dialog = page.getByTestId('programme-dialog');
    await dialog.waitFor();
    await expect.poll(() => page.locator('[data-session]').count()).toBeGreaterThan(5);
    expect(await page.getByTestId('programme-day').inputValue()).toBe('2024-05-18');
    expect(await page.getByTestId('programme-indicative').textContent()).toMatch(/indicati/i);
    expect(await page.getByTestId('programme-times').textContent()).toContain('Agadir');
    // Every row is of the 18th; the mounted police are on now, the dogs start in 35 min.
    const days = await page.locator('[data-session]').evaluateAll((els) => els.map((e) => e.getAttribute('data-session')!));
    expect(days.every((id) => !/-05(1[79]|2[01])-/.test(id))).toBe(true);
    expect(await page.locator('[data-session="mounted-0518-1100"]').getAttribute('data-status')).toBe('now');
    expect(await page.locator('[data-session="blood-0518-1000"]').getAttribute('data-status')).toBe('now');
    expect(await page.locator('[data-session="dogs-0518-1145"]').textContent()).toContain('commence dans 35 min');
    expect(await page.locator('[data-session="road-0518-1030"]').getAttribute('data-status')).toBe('now');
    await dialogsSettled(page);
    const png = await shoot(page, 'programme-dialog-fr');
    expect((await imageStats(page, png)).stddev).toBeGreaterThan(12);
    expect((await programmeOf(visit)).open).toBe(true);
  });

  it('filters by kind and by place', async () => {
    const { page } = visit;
    await page.getByTestId('programme-kind').selectOption('seminar');
    const kinds = await page.locator('[data-session]').evaluateAll((els) => els.map((e) => e.getAttribute('data-session')));
    expect(kinds).toEqual(['seminar-large-events']);
    await page.getByTestId('programme-kind').selectOption('');
    await page.getByTestId('programme-place').selectOption('dog-arena');
    const dogs = await page.locator('[data-session]').evaluateAll((els) => els.map((e) => e.getAttribute('data-session')));
    expect(dogs).toEqual(['dogs-0518-1145', 'dogs-0518-1445', 'dogs-0518-1745']);
    await page.getByTestId('programme-day').selectOption('');
    expect(await page.locator('[data-session]').count()).toBeGreaterThan(dogs.length);
    await page.getByTestId('programme-day').selectOption('2024-05-18');
  });

  it('downloads a calendar file in the event’s zone', async () => {
    const { page } = visit;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-session="dogs-0518-1145"] [data-testid=programme-ics]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('dogs-0518-1145.ics');
    const ics = fs.readFileSync((await download.path())!, 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('DTSTART;TZID=Africa/Casablanca:20240518T114500\r\n');
    expect(ics).toContain('DTEND;TZID=Africa/Casablanca:20240518T121500\r\n');
    expect(ics).toContain('TZID:Africa/Casablanca');
    expect(ics).toMatch(/URL:[^\r]*session=dogs-0518-1145/);
  });

  it('takes the visitor to the arena, facing it, and the dialog closes', async () => {
    const { page } = visit;
    await page.locator('[data-session="dogs-0518-1145"] [data-testid=programme-go]').click();
    await page.getByTestId('programme-dialog').waitFor({ state: 'detached' });
    await expect.poll(async () => (await visitState(page)).at, { timeout: 60_000 }).toBe('dog-arena');
    expect((await programmeOf(visit)).open).toBe(false);
  });

  it('paints the boards in the world from the clock, and brings the arena to life during its demonstration', async () => {
    const { page } = visit;
    await expect
      .poll(async () => (await programmeOf(visit)).boards['mounted-arena']?.now ?? null, { timeout: 30_000 })
      .toMatch(/11:00–11:30 · Démonstration des cavaliers/);
    const p = await programmeOf(visit);
    expect(p.boards['dog-arena']).toMatchObject({ now: null, lang: 'fr' });
    expect(p.boards['dog-arena']!.next).toMatch(/11:45–12:15 · .* · commence dans 35 min/);
    expect(p.boards['seminar-hall']!.next).toMatch(/15:00–17:00/);
    expect(p.arenas.live).toEqual(['mounted-arena']);
    expect(p.arenas.figures).toBe(4);
    // Half past noon: the dogs are done, the special forces are on; the boards follow at once.
    await visitApi(page, 'setClock', '2024-05-18T12:40');
    await expect.poll(async () => (await programmeOf(visit)).arenas.live).toEqual(['special-forces-arena']);
    await expect.poll(async () => (await programmeOf(visit)).boards['mounted-arena']).toMatchObject({ now: null });
    expect((await programmeOf(visit)).boards['mounted-arena']!.next).toMatch(/14:00–14:30/);
    // At night nothing is on and nothing moves; back at the dog arena's hour, its figures are drawn.
    await visitApi(page, 'setClock', '2024-05-18T22:00');
    await expect.poll(async () => (await programmeOf(visit)).arenas).toMatchObject({ live: [], figures: 0 });
    // Counted at rest: stand detail settled and a few frames drawn since, at the same place and heading.
    await settleStreaming(page);
    await frames(page, 4);
    const idle = await visitStats(page);
    await visitApi(page, 'setClock', '2024-05-18T11:50');
    await expect.poll(async () => (await programmeOf(visit)).arenas.live).toEqual(['dog-arena']);
    expect((await programmeOf(visit)).arenas).toMatchObject({ moving: true, figures: 3 });
    await settleStreaming(page);
    await frames(page, 4);
    const live = await visitStats(page);
    // The dogs are one instanced draw (their arena is in view from where the visitor arrived): three
    // dogs of 110 triangles.
    expect(live.calls - idle.calls).toBe(1);
    expect(live.triangles - idle.triangles).toBe(3 * 110);
    // They run: the first dog is somewhere else a few frames later.
    const a = (await programmeOf(visit)).arenas.first;
    await frames(page, 6);
    const b = (await programmeOf(visit)).arenas.first;
    expect(a).not.toBeNull();
    expect(Math.hypot(b![0]! - a![0]!, b![1]! - a![1]!)).toBeGreaterThan(0.05);
    const png = await shoot(page, 'programme-arena-live');
    expect((await imageStats(page, png)).stddev).toBeGreaterThan(12);
    expect(visit.consoleErrors).toEqual([]);
    expect(visit.offsite).toEqual([]);
  });

  it('sets the replay clock from the dialog, and goes back to the real time', async () => {
    const { page } = visit;
    await page.getByTestId('programme-open').click();
    await page.getByTestId('replay-day').selectOption('2024-05-19');
    await page.getByTestId('replay-time').fill('15:05');
    await page.getByTestId('replay-go').click();
    await expect.poll(async () => (await visitState(page)).clock?.now).toMatch(/^2024-05-19T15:0\d$/);
    expect(await page.getByTestId('programme-replaying').textContent()).toContain('dimanche 19 mai');
    await page.getByTestId('programme-live').click();
    await expect.poll(async () => (await visitState(page)).clock?.live).toBe(true);
    // 2026: the edition is over, and the dialog says when it took place.
    expect(await page.getByTestId('edition-phase').getAttribute('data-phase')).toBe('after');
    expect(await page.getByTestId('edition-phase').textContent()).toContain('17–21 mai 2024');
    await page.getByTestId('programme-close').click();
  });

  it('says in a place’s panel what is on there now and next, and links into the programme', async () => {
    const { page } = visit;
    await visitApi(page, 'setClock', AT);
    await visitApi(page, 'openStand', 'mounted-arena');
    const card = page.locator('[data-testid=stand-panel] [data-testid=stand-panel-sessions]');
    await card.waitFor({ timeout: 30_000 });
    expect(await card.locator('[data-when=now]').getAttribute('data-session')).toBe('mounted-0518-1100');
    expect(await card.locator('[data-when=next]').getAttribute('data-session')).toBe('mounted-0518-1400');
    expect(await card.locator('[data-when=next]').textContent()).toContain('commence dans 2 h 50 min');
    await card.locator('[data-when=next] button').click();
    await page.getByTestId('programme-dialog').waitFor();
    expect((await programmeOf(visit)).focus).toBe('mounted-0518-1400');
    await page.getByTestId('programme-close').click();
    await visitApi(page, 'closePanel');
    // A stand without sessions says nothing of the programme.
    await visitApi(page, 'openStand', 'dna-profiling');
    await page.locator('[data-testid=stand-panel][data-stand=dna-profiling]').waitFor();
    expect(await page.locator('[data-testid=stand-panel-sessions]').count()).toBe(0);
    await visitApi(page, 'closePanel');
  });

  it('finds a session in the search, and opens the programme on it', async () => {
    const { page } = visit;
    await page.getByTestId('stands-open').click();
    await page.getByRole('combobox').fill('grands événements');
    const option = page.locator('[role=option]', { hasText: 'gestion des grands événements' });
    await option.first().waitFor({ timeout: 30_000 });
    await option.first().click();
    await page.getByTestId('programme-dialog').waitFor();
    expect((await programmeOf(visit)).focus).toBe('seminar-large-events');
    expect(await page.locator('[data-session="seminar-large-events"]').getAttribute('data-focused')).toBe('true');
    await page.getByTestId('programme-close').click();
  });
});

describe('a link to a session, in Arabic', () => {
  let visit: VisitPage;
  beforeAll(async () => {
    visit = await open('lang=ar&session=special-0518-1530&at=2024-05-18T15:10');
  }, 120_000);
  afterAll(async () => {
    await visit?.close();
  });

  it('opens the programme on that session, right to left, its day chosen', async () => {
    const { page } = visit;
    await page.getByTestId('programme-dialog').waitFor({ timeout: 30_000 });
    const row = page.locator('[data-session="special-0518-1530"]');
    await row.waitFor();
    expect(await row.getAttribute('data-focused')).toBe('true');
    expect(await row.textContent()).toContain('يبدأ بعد 20 دقيقة');
    expect(await page.getByTestId('programme-day').inputValue()).toBe('2024-05-18');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('[data-testid=programme-dialog]')!).direction)).toBe(
      'rtl',
    );
    await dialogsSettled(page);
    const png = await shoot(page, 'programme-dialog-ar');
    expect((await imageStats(page, png)).stddev).toBeGreaterThan(12);
    // The special forces' board in Arabic, joined and right to left: the demonstration starts in 20 min.
    await page.getByTestId('programme-close').click();
    await visitApi(page, 'goTo', 'special-forces-arena');
    await expect
      .poll(async () => (await programmeOf(visit)).boards['special-forces-arena'])
      .toMatchObject({ now: null, lang: 'ar' });
    expect((await programmeOf(visit)).boards['special-forces-arena']!.next).toContain('يبدأ بعد 20 دقيقة');
    await frames(page, 4);
    const board = await shoot(page, 'programme-board-ar');
    expect((await imageStats(page, board)).stddev).toBeGreaterThan(12);
    expect(visit.consoleErrors).toEqual([]);
  });
});

describe('the 2D twin and reduced motion', () => {
  let visit: VisitPage;
  beforeAll(async () => {
    visit = await open(`lang=en&at=2024-05-18T11:10`, { reducedMotion: 'reduce' });
  }, 120_000);
  afterAll(async () => {
    await visit?.close();
  });

  it('draws the arena’s figures standing still under reduced motion', async () => {
    await expect.poll(async () => (await programmeOf(visit)).arenas.live, { timeout: 30_000 }).toEqual(['mounted-arena']);
    expect((await programmeOf(visit)).arenas.moving).toBe(false);
    // Drawn, and where they stand they stay.
    const a = (await programmeOf(visit)).arenas.first;
    await frames(visit.page, 6);
    expect(a).not.toBeNull();
    expect((await programmeOf(visit)).arenas.first).toEqual(a);
  });

  it('lists the programme in the twin, by day, with the note', async () => {
    const { page } = visit;
    await page.getByTestId('twin-open').click();
    const section = page.getByTestId('twin-programme');
    await section.locator('[data-session="mounted-0518-1100"]').waitFor({ timeout: 30_000 });
    expect(await section.locator('h2').textContent()).toBe('Programme of the open days');
    expect(await section.locator('h3').count()).toBe(5);
    expect(await section.textContent()).toContain('indicative');
    expect(await section.locator('[data-session]').count()).toBe(85);
  });
});

describe('the programme on a phone held upright', () => {
  for (const lang of ['fr', 'ar'] as const)
    it(`fits its filters within the sheet (${lang})`, async () => {
      const visit = await openVisit(browser, `${inject('baseUrl')}?debug=1&view=ground&lang=${lang}`, {
        viewport: { width: 390, height: 844 },
        hasTouch: true,
        isMobile: true,
      });
      try {
        const { page } = visit;
        await waitReady(page);
        await page.getByTestId('programme-open').tap();
        await page.locator('[data-session]').first().waitFor({ timeout: 30_000 });
        await dialogsSettled(page);
        const sheet = (await page.getByTestId('programme-dialog').boundingBox())!;
        for (const id of ['programme-day', 'programme-place', 'programme-kind', 'replay-day', 'replay-go']) {
          const box = (await page.getByTestId(id).boundingBox())!;
          expect(box.x, id).toBeGreaterThanOrEqual(sheet.x);
          expect(box.x + box.width, id).toBeLessThanOrEqual(sheet.x + sheet.width);
        }
        const png = await shoot(page, `programme-phone-${lang}`);
        expect((await imageStats(page, png)).stddev).toBeGreaterThan(12);
      } finally {
        await visit.close();
      }
    });
});
