/**
 * The visit's clock in real Chromium: `?at=` replays a moment of the edition in its own time zone
 * and runs on from there; `setClock` moves it, refuses a malformed moment with the reason, and
 * `null` goes back to the live clock (the 2024 edition is then over).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../tools/browser/chromium.ts';
import { openVisit, type VisitPage } from './visit.ts';
import { visitApi, visitState, waitReady } from '../../tools/browser/page.ts';

describe('the replay clock', () => {
  let browser: Browser;
  let visit: VisitPage;

  beforeAll(async () => {
    browser = await launchChromium();
    visit = await openVisit(browser, `${inject('baseUrl')}?debug=1&lang=fr&at=2024-05-18T15:00`);
    await waitReady(visit.page);
  });
  afterAll(async () => {
    await visit?.close();
    await browser?.close();
  });

  it('starts at the moment ?at= names, in the edition’s zone, during the event', async () => {
    const { clock } = await visitState(visit.page);
    expect(clock).toMatchObject({ live: false, zone: 'Africa/Casablanca', phase: 'during', error: null });
    // It runs on from 15:00 at the real pace: a few seconds after, it is still 15:0x.
    expect(clock!.now).toMatch(/^2024-05-18T15:0\d$/);
  });

  it('moves with setClock, refuses a malformed moment, and goes back to live', async () => {
    await visitApi(visit.page, 'setClock', '2024-05-16T09:00');
    expect((await visitState(visit.page)).clock).toMatchObject({ live: false, now: '2024-05-16T09:00', phase: 'before' });
    await expect(visitApi(visit.page, 'setClock', '2024-02-30T10:00')).rejects.toThrow(/2024-02-30/);
    expect((await visitState(visit.page)).clock!.now).toMatch(/^2024-05-16T09:0\d$/);
    await visitApi(visit.page, 'setClock', null);
    expect((await visitState(visit.page)).clock).toMatchObject({ live: true, phase: 'after', error: null });
    expect(visit.consoleErrors).toEqual([]);
  });
});
