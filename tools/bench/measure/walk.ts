/** Walking a fixed route on foot: JavaScript per frame, frame intervals and heap, in a small window. */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { frames, visitApi, visitState, visitStats, waitReadyAt, withReadyStamp, type Stats } from '../../browser/page.ts';
import { quantile } from '../stats.ts';
import { ENTRANCE } from './viewpoints.ts';

/** Software rendering gives too few frames to sample at the viewpoints' size: the walk is drawn smaller. */
const WALK_VIEWPORT = { width: 640, height: 360 };

/**
 * Wraps requestAnimationFrame before the app runs: every callback is timed, and callbacks that
 * receive the same frame timestamp are summed into one frame. The app draws from rAF (the
 * @react-three/fiber loop: useFrame work and the WebGL calls of the render), so this is the main
 * thread's JavaScript per frame. Event handlers (keys) run outside rAF and are not counted here.
 */
const FRAME_LOG = `(() => {
  const raf = window.requestAnimationFrame.bind(window);
  const log = { on: false, frames: [] };
  window.__frameLog = log;
  let current = null;
  window.requestAnimationFrame = (cb) => raf((ts) => {
    const a = performance.now();
    try { cb(ts); } finally {
      const b = performance.now();
      if (log.on) {
        if (!current || current.ts !== ts) {
          current = { ts, js: 0, heap: performance.memory ? performance.memory.usedJSHeapSize : 0 };
          log.frames.push(current);
        }
        current.js += b - a;
      }
    }
  });
})();`;

/** The fixed route: keys held from the entrance, 10 s in all (ms from the start). */
export const ROUTE: Array<{ at: number; key: string; action: 'down' | 'up' }> = [
  { at: 0, key: 'KeyW', action: 'down' },
  { at: 3000, key: 'ArrowLeft', action: 'down' },
  { at: 3400, key: 'ArrowLeft', action: 'up' },
  { at: 5800, key: 'ArrowRight', action: 'down' },
  { at: 6600, key: 'ArrowRight', action: 'up' },
  { at: 10000, key: 'KeyW', action: 'up' },
];

export interface WalkResult {
  viewport: string;
  seconds: number;
  frames: number;
  from: number[];
  to: number[];
  jsMs: { median: number; p95: number; max: number; mean: number };
  intervalMs: { median: number; p95: number };
  /** CDP Performance.getMetrics: (ScriptDuration delta) / frames, all script including events and GC. */
  scriptPerFrameMs: number;
  taskPerFrameMs: number;
  heap: { start: number; max: number; end: number };
}

/** Chromium's `performance.memory` (precise with --enable-precise-memory-info); 0 where it is missing. */
function usedHeap(page: Page): Promise<number> {
  return page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

type FrameLog = { on: boolean; frames: Array<{ ts: number; js: number; heap: number }> };

async function walk(page: Page, cdp: CDPSession): Promise<WalkResult> {
  await visitApi(page, 'teleport', ENTRANCE.x, ENTRANCE.z, ENTRANCE.yaw);
  await frames(page, 5);
  const from = await visitState(page);
  await cdp.send('Performance.enable');
  const m0 = await metrics(cdp);
  const heapStart = await usedHeap(page);
  await page.evaluate(() => {
    const log = (window as unknown as { __frameLog: FrameLog }).__frameLog;
    log.frames = [];
    log.on = true;
  });
  const t0 = Date.now();
  for (const step of ROUTE) {
    const wait = step.at - (Date.now() - t0);
    if (wait > 0) await page.waitForTimeout(wait);
    if (step.action === 'down') await page.keyboard.down(step.key);
    else await page.keyboard.up(step.key);
  }
  const seconds = (Date.now() - t0) / 1000;
  const log = await page.evaluate(() => {
    const l = (window as unknown as { __frameLog: FrameLog }).__frameLog;
    l.on = false;
    return l.frames;
  });
  const m1 = await metrics(cdp);
  const heapEnd = await usedHeap(page);
  const to = await visitState(page);
  // The first frame may have started before recording: drop it.
  const framesLog = log.slice(1);
  const js = framesLog.map((f) => f.js);
  const intervals = framesLog.slice(1).map((f, i) => f.ts - framesLog[i]!.ts);
  const n = Math.max(1, framesLog.length);
  return {
    viewport: `${WALK_VIEWPORT.width}×${WALK_VIEWPORT.height}`,
    seconds,
    frames: framesLog.length,
    from: from.position,
    to: to.position,
    jsMs: {
      median: quantile(js, 0.5),
      p95: quantile(js, 0.95),
      max: Math.max(...js),
      mean: js.reduce((s, v) => s + v, 0) / n,
    },
    intervalMs: { median: quantile(intervals, 0.5), p95: quantile(intervals, 0.95) },
    scriptPerFrameMs: (((m1.ScriptDuration ?? 0) - (m0.ScriptDuration ?? 0)) * 1000) / n,
    taskPerFrameMs: (((m1.TaskDuration ?? 0) - (m0.TaskDuration ?? 0)) * 1000) / n,
    heap: { start: heapStart, max: Math.max(heapStart, heapEnd, ...framesLog.map((f) => f.heap)), end: heapEnd },
  };
}

/**
 * Opens the visit on foot, reads its GPU objects right after ready (the reference for a visit that
 * has not looked around yet), then walks the route.
 */
export async function measureWalk(browser: Browser, url: string): Promise<{ walked: WalkResult; onFootFirst: Stats }> {
  return withReadyStamp(browser, { viewport: WALK_VIEWPORT }, async (context) => {
    await context.addInitScript({ content: FRAME_LOG });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`${url}&view=ground`);
    await waitReadyAt(page);
    await frames(page, 6);
    const onFootFirst = await visitStats(page);
    return { onFootFirst, walked: await walk(page, cdp) };
  });
}
