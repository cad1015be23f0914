/**
 * The kiosk's all-day soak, accelerated: cycle after cycle of a visitor's visit and the idle reset
 * that follows, with the memory counters read at the same point of every cycle. Shared by
 * `npm run bench` (300 cycles) and tests/browser/soak.test.ts (a short one); the budgets and their
 * one check are in ../budgets.ts.
 *
 * A cycle: a touch on the attract loop starts a visit at the kiosk's spot; three different stands'
 * panels open in turn (three others each cycle); a stand's video plays; a guided tour is picked in
 * the toolbar and travels to its first stop; `idleNow(0)` resets the kiosk at the next tick of its
 * idle clock, and the attract loop starts its own tour again. The counters are read once that tour
 * dwells at its first stop with stand detail streaming settled, after a forced garbage collection:
 * the same place, the same screen and the same loaded zones every cycle, so a count that moves is
 * something kept from an earlier visitor.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import type { Kiosk } from '../../../src/edition/schema.ts';
import { ROOT } from '../../browser/server.ts';
import { frames, visitApi, visitState, visitStats, waitReady } from '../../browser/page.ts';
import { MB } from '../budgets.ts';
import { EDITION, STANDS, settleStreaming } from './viewpoints.ts';

/** Small, so that software rendering leaves the machine's cores to the page's own work. */
export const SOAK_VIEWPORT = { width: 640, height: 360 } as const;
/**
 * The soak's browser context: a small touch screen; travel as the reduced-motion fade (the same
 * arrivals, in less time: the accelerated day); no service worker (a kiosk's worker would fill its
 * whole offline cache during the soak, a one-off download that is not what is measured).
 */
export const SOAK_CONTEXT = {
  viewport: SOAK_VIEWPORT,
  hasTouch: true,
  reducedMotion: 'reduce',
  serviceWorkers: 'block',
} as const;
/** The kiosk the soak runs as: the entrance's, a landscape screen whose attract loop plays the families tour. */
export const SOAK_KIOSK = 'entrance';
/** The stand whose video plays each cycle, and its hotspot with the video. */
export const SOAK_VIDEO = { stand: 'dna-profiling', hotspot: 'video-tour' } as const;
/** The tours a visitor picks, one cycle after the other (not the attract loop's own). */
export const SOAK_TOURS = ['science-and-technology', 'serving-citizens'] as const;

const KIOSKS = (JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes', EDITION, 'kiosks.json'), 'utf8')) as { kiosks: Kiosk[] })
  .kiosks;
/** The tour the soak's kiosk plays in its attract loop: where each cycle's counters are read. */
export const ATTRACT_TOUR = KIOSKS.find((k) => k.id === SOAK_KIOSK)?.tour ?? '';

/**
 * The soak's page: the kiosk with the debug interface, its quality pinned at 1 (as a kiosk with known
 * hardware pins it, and as the tests pin it): adapting, the lite tier brings stand detail in closer,
 * so which zones are loaded at the sample followed the quality level (a bench run read 39 geometries
 * at cycle 1, at full quality, then 30 once it had dropped), not anything a visitor left behind.
 */
export const soakUrl = (baseUrl: string) => `${new URL(`?kiosk=${SOAK_KIOSK}&debug=1&quality=1`, baseUrl)}`;

/** The counters after one cycle. */
export interface SoakRow {
  cycle: number;
  /** `renderer.info.memory`: GPU objects alive. */
  geometries: number;
  textures: number;
  /** JS heap in use after a forced garbage collection, MB (10^6 bytes). */
  heapMB: number;
  /** Chromium's DOM counters (CDP `Memory.getDOMCounters`) after the same collection. */
  nodes: number;
  listeners: number;
  documents: number;
  /** What decides which zones' detail is drawn at the sample: the quality level and the loaded zones. */
  qualityLevel: number;
  detailZones: string[];
}

/** The three stands cycle n (from 1) opens: consecutive in stands.json, three further on each cycle. */
export function standsOfCycle(n: number): string[] {
  const ids = STANDS.map((s) => s.id).filter((id) => id !== SOAK_VIDEO.stand);
  return [0, 1, 2].map((k) => ids[(3 * (n - 1) + k) % ids.length]!);
}

type Tour = NonNullable<Awaited<ReturnType<typeof visitState>>['tour']>;
type KioskNow = { phase: string; resets: number };

const kioskOf = async (page: Page) => (await visitState(page)).kiosk as KioskNow | null;

/** Polls a condition on the page's state (a count of changes, not a clock), failing with what it last saw. */
async function until<T>(page: Page, read: () => Promise<T>, ok: (v: T) => boolean, what: string, timeout = 60_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`soak: ${what}: still ${JSON.stringify(v)} after ${timeout / 1000} s`);
    await page.waitForTimeout(50);
  }
}

const tourOf = async (page: Page) => (await visitState(page)).tour as Tour | null;

/** A real touch (touch events) on the attract loop's full-screen button: a fresh visit starts. */
async function touchToStart(page: Page): Promise<void> {
  const box = await page.getByTestId('kiosk-attract').boundingBox();
  if (!box) throw new Error('soak: no attract loop to touch');
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height * 0.6);
  await until(
    page,
    () => kioskOf(page),
    (k) => k?.phase === 'visit',
    'the touch starts a visit',
  );
}

async function openPanel(page: Page, stand: string, hotspot?: string): Promise<void> {
  await visitApi(page, 'openStand', stand, ...(hotspot ? [hotspot] : []));
  await page.locator(`[data-testid=stand-panel][data-stand="${stand}"]`).waitFor({ timeout: 30_000 });
}

/** The stand's video, played from the page (it is muted) until its time moves. */
async function playVideo(page: Page): Promise<void> {
  await openPanel(page, SOAK_VIDEO.stand, SOAK_VIDEO.hotspot);
  const video = page.locator('[data-testid=stand-panel] video').first();
  await video.waitFor({ timeout: 30_000 });
  await video.evaluate((v: HTMLVideoElement) => v.play());
  await until(
    page,
    () => video.evaluate((v: HTMLVideoElement) => !v.paused && v.currentTime > 0),
    (playing) => playing,
    'the video plays',
  );
}

/** Picks a tour in the toolbar's picker and waits until it dwells at its first stop. */
async function startTour(page: Page, id: string): Promise<void> {
  await visitApi(page, 'closePanel');
  await page.getByTestId('tour-open').tap();
  await page.locator(`[data-testid=tour-picker] [data-tour="${id}"]`).tap();
  await until(
    page,
    () => tourOf(page),
    (t) => t?.id === id && t.stop === 1 && t.phase === 'dwelling',
    `tour ${id} reaches its first stop`,
  );
}

/** The accelerated idle reset, and the attract loop's tour dwelling at its first stop with streaming settled. */
async function resetToAttract(page: Page, resets: number): Promise<void> {
  await visitApi(page, 'idleNow', 0);
  await until(
    page,
    () => kioskOf(page),
    (k) => k?.phase === 'attract' && k.resets > resets,
    'the idle reset',
  );
  await until(
    page,
    () => tourOf(page),
    (t) => t?.id === ATTRACT_TOUR && t.loop && t.stop === 1 && t.phase === 'dwelling',
    'the attract loop dwells at its first stop',
  );
  await settleStreaming(page);
}

/**
 * Counters after forced garbage collections, repeated until the DOM counters read the same twice:
 * a document still being torn down can outlive one collection and go at the
 * next, and a count read between the two would move by its nodes without anything kept.
 */
async function counters(page: Page, cdp: CDPSession, cycle: number): Promise<SoakRow> {
  await frames(page, 2);
  let dom = { documents: -1, nodes: -1, jsEventListeners: -1 };
  for (let i = 0; i < 5; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    const now = await cdp.send('Memory.getDOMCounters');
    const same = now.documents === dom.documents && now.nodes === dom.nodes && now.jsEventListeners === dom.jsEventListeners;
    dom = now;
    if (same) break;
  }
  const heap = await cdp.send('Runtime.getHeapUsage');
  const stats = await visitStats(page);
  const state = await visitState(page);
  return {
    cycle,
    geometries: stats.geometries,
    textures: stats.textures,
    heapMB: Math.round((heap.usedSize / MB) * 100) / 100,
    nodes: dom.nodes,
    listeners: dom.jsEventListeners,
    documents: dom.documents,
    qualityLevel: state.quality.level,
    detailZones: state.detail.zones,
  };
}

/**
 * Runs `cycles` soak cycles on a kiosk page already open at `soakUrl` (touch enabled), from its
 * attract loop; returns the counters after each cycle, and hands each row to `onCycle` as it comes.
 */
export async function runSoak(page: Page, cycles: number, onCycle?: (row: SoakRow) => void): Promise<SoakRow[]> {
  await until(
    page,
    () => kioskOf(page),
    (k) => k?.phase === 'attract',
    'the kiosk starts its attract loop',
  );
  const cdp = await page.context().newCDPSession(page);
  const rows: SoakRow[] = [];
  try {
    for (let n = 1; n <= cycles; n++) {
      const { resets } = (await kioskOf(page))!;
      await touchToStart(page);
      for (const stand of standsOfCycle(n)) await openPanel(page, stand);
      await playVideo(page);
      await startTour(page, SOAK_TOURS[(n - 1) % SOAK_TOURS.length]!);
      await resetToAttract(page, resets);
      const row = await counters(page, cdp, n);
      rows.push(row);
      onCycle?.(row);
    }
  } finally {
    await cdp.detach();
  }
  return rows;
}

/** The bench's soak: the kiosk in a fresh touch-screen context, `cycles` cycles; the rows and how long it took. */
export async function measureSoak(
  browser: Browser,
  baseUrl: string,
  cycles: number,
  log: (s: string) => void,
  onCycle?: (row: SoakRow) => void,
): Promise<{ rows: SoakRow[]; seconds: number }> {
  const context = await browser.newContext(SOAK_CONTEXT);
  try {
    // tsx (the bench runs with it) keeps function names with a `__name` helper the page lacks.
    await context.addInitScript({ content: 'window.__name = window.__name || ((f) => f);' });
    const page = await context.newPage();
    await page.goto(soakUrl(baseUrl));
    await waitReady(page);
    const started = Date.now();
    const rows = await runSoak(page, cycles, (r) => {
      if (r.cycle === 1 || r.cycle % 25 === 0) log(`soak cycle ${r.cycle}/${cycles}: ${JSON.stringify(r)}`);
      onCycle?.(r);
    });
    return { rows, seconds: (Date.now() - started) / 1000 };
  } finally {
    await context.close();
  }
}
