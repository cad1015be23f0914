/**
 * "About this edition" in real Chromium: the toolbar's About dialog lists the organiser's figures
 * from edition.json, formatted for each language (French, then Arabic right to left), with their
 * source; the 2D twin has the same list. On a phone the toolbar, with the programme and about
 * buttons as icons, stays one row under the corner plan. Screenshots: about-fr, about-ar,
 * toolbar-phone-fr.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../tools/browser/chromium.ts';
import { visitApi, waitReady } from '../../tools/browser/page.ts';
import { dialogsSettled, imageStats, openVisit, PHONE, shoot, type VisitPage } from './visit.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A cell's words on one line (the layout puts "more than" above the number, the unit beside it). */
const words = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
const figure = async (page: Page, id: string) =>
  words(await page.locator(`[data-testid=about-dialog] [data-figure="${id}"]`).textContent());

describe('the About dialog', () => {
  let visit: VisitPage;
  beforeAll(async () => {
    visit = await openVisit(browser, `${inject('baseUrl')}?debug=1&lang=fr`);
    await waitReady(visit.page);
  }, 120_000);
  afterAll(async () => {
    await visit?.close();
  });

  it('lists the edition’s figures in French, with where they come from', async () => {
    const { page } = visit;
    await page.getByTestId('about-open').click();
    await page.getByTestId('about-dialog').waitFor();
    expect(await page.locator('[data-testid=about-dialog] [data-figure]').count()).toBe(9);
    expect(await figure(page, 'visitors')).toContain('2,12 millions');
    expect(await figure(page, 'associations')).toContain('plus de 1 242');
    expect(await figure(page, 'site-area')).toContain('58 000 m²');
    expect(await figure(page, 'live-views')).toContain('plus de 25 millions');
    expect(await page.getByTestId('about-dates').innerText()).toBe('17–21 mai 2024');
    expect(await page.getByTestId('about-source').innerText()).toContain('DGSN');
    await dialogsSettled(page);
    const png = await shoot(page, 'about-fr');
    expect((await imageStats(page, png)).stddev).toBeGreaterThan(12);
  });

  it('says them in Arabic, right to left, with Western digits', async () => {
    const { page } = visit;
    await visitApi(page, 'setLang', 'ar');
    await expect.poll(() => figure(page, 'visitors')).toContain('2,12 مليون');
    expect(await figure(page, 'schools')).toContain('845');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('[data-testid=about-dialog]')!).direction)).toBe(
      'rtl',
    );
    await dialogsSettled(page);
    await shoot(page, 'about-ar');
    await page.getByTestId('about-close').click();
    await page.getByTestId('about-dialog').waitFor({ state: 'detached' });
  });

  it('has the same figures in the 2D twin', async () => {
    const { page } = visit;
    await visitApi(page, 'setLang', 'en');
    await page.getByTestId('twin-open').click();
    const section = page.getByTestId('twin-figures');
    await section.waitFor({ timeout: 30_000 });
    expect(await section.locator('h2').innerText()).toBe('About this edition');
    const text = words(await section.textContent());
    for (const figureText of [
      '2.12 million',
      '845',
      'more than 1,242',
      '170',
      '1,097',
      'more than 25 million',
      '230',
      '58,000 m²',
      '37',
    ])
      expect(text).toContain(figureText);
    expect(visit.consoleErrors).toEqual([]);
    expect(visit.offsite).toEqual([]);
  });
});

describe('the toolbar on a phone', () => {
  it('stays one row under the corner plan, its secondary buttons as icons with their names', async () => {
    const visit = await openVisit(browser, `${inject('baseUrl')}?debug=1&lang=fr&view=ground`, PHONE);
    try {
      const { page } = visit;
      await waitReady(page);
      await page.getByTestId('about-open').waitFor();
      await page.getByTestId('programme-open').waitFor();
      const boxes = await page.evaluate(() =>
        [...document.querySelectorAll('.toolbar > *')].map((e) => {
          const r = e.getBoundingClientRect();
          return { top: Math.round(r.top), left: r.left, right: r.right, bottom: r.bottom };
        }),
      );
      expect(new Set(boxes.map((b) => b.top)).size).toBe(1);
      expect(Math.max(...boxes.map((b) => b.right))).toBeLessThanOrEqual(PHONE.viewport.width);
      const plan = (await page.getByTestId('plan-corner').boundingBox())!;
      expect(boxes.every((b) => b.top >= plan.y + plan.height)).toBe(true);
      // The name is still there for a screen reader.
      expect(await page.getByRole('button', { name: 'Programme' }).count()).toBe(1);
      expect(await page.getByRole('button', { name: 'À propos' }).count()).toBe(1);
      const png = await shoot(page, 'toolbar-phone-fr');
      expect((await imageStats(page, png)).stddev).toBeGreaterThan(12);
    } finally {
      await visit.close();
    }
  });
});
