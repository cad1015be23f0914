/**
 * The kiosk's all-day soak, short: 12 cycles of touch, three stands' panels, a video, a guided tour
 * and the idle reset (tools/bench/measure/soak.ts; the bench runs 300), then the soak budgets on
 * exact counts through the one check the bench uses (tools/bench/budgets.ts): geometries and textures
 * within 5% of cycle 1, DOM nodes and listeners not above cycle 2, the heap loosely.
 * Screenshot: soak-attract (the attract loop after the last reset).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../tools/browser/chromium.ts';
import { waitReady } from '../../tools/browser/page.ts';
import { soakChecks } from '../../tools/bench/budgets.ts';
import { runSoak, SOAK_CONTEXT, soakUrl, type SoakRow } from '../../tools/bench/measure/soak.ts';
import { imageStats, openVisit, shoot, type VisitPage } from './visit.ts';

const CYCLES = 12;

let browser: Browser;
let visit: VisitPage;
let rows: SoakRow[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  visit = await openVisit(browser, soakUrl(inject('baseUrl')), SOAK_CONTEXT);
  await waitReady(visit.page);
  rows = await runSoak(visit.page, CYCLES);
}, 600_000);

afterAll(async () => {
  await visit?.close();
  await browser?.close();
});

describe(`the kiosk after ${CYCLES} soak cycles`, () => {
  it('ran every cycle, each back in the attract loop with the world drawn', async () => {
    expect(rows.map((r) => r.cycle)).toEqual(Array.from({ length: CYCLES }, (_, i) => i + 1));
    expect(rows.every((r) => r.geometries > 0 && r.textures > 0 && r.nodes > 0)).toBe(true);
    await visit.page.getByTestId('kiosk-attract').waitFor();
    const png = await shoot(visit.page, 'soak-attract');
    expect((await imageStats(visit.page, png)).stddev).toBeGreaterThan(12);
  });

  for (const measure of ['geometries', 'textures', 'nodes', 'listeners', 'heapMB'] as const) {
    it(`${measure}: within its soak budget`, () => {
      const check = soakChecks(rows).find((c) => c.measure === measure)!;
      // What decides the GPU counts rides along, so a failing run in CI says which zones were loaded.
      const series = rows.map((r) => `${r[measure]} (q${r.qualityLevel} ${r.detailZones.join('+') || 'no detail'})`).join(', ');
      expect(
        check.over,
        `${check.limit}: cycle ${check.against} ${check.reference}, cycle ${CYCLES} ${check.last}; per cycle: ${series}`,
      ).toBe(false);
    });
  }

  it('logged no console error and asked nothing of another origin', () => {
    expect(visit.consoleErrors).toEqual([]);
    expect(visit.offsite).toEqual([]);
  });
});
