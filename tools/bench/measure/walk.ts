/**
 * Walking on foot, two measures: a fixed route in a small window (JavaScript per frame, frame
 * intervals and heap), and the walking pace kept on a page slowed to about 4 frames per second.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { frames, visitApi, visitState, visitStats, waitReadyAt, withReadyStamp, type Stats } from '../../browser/page.ts';
import { MAX_DELTA } from '../../../src/walk/pace.ts';
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

// --- The pace at a low frame rate ------------------------------------------------------------------

/** Beside the entrance gate's middle divider, facing north (−z): about 10 m of open ground ahead. */
export const PACE_START = { x: 2, z: 96, yaw: 0 } as const;
/** The slowed page aims at 4 frames per second and takes anything from 3 to 5. */
const PACE_FPS = { aim: 4, low: 3, high: 5 };
/**
 * Window sizes tried, smallest first: a bigger canvas slows the software rasteriser (the GPU
 * process, which CPU throttling does not touch), a smaller one speeds a machine already loaded.
 */
const PACE_VIEWPORTS = [
  { width: 320, height: 180 },
  { width: 480, height: 270 },
  { width: 640, height: 360 },
  { width: 960, height: 540 },
  { width: 1280, height: 720 },
];
/** Where the search starts: the route's window. */
const FIRST_VIEWPORT = 2;
/** How long W is held, ms. */
const PACE_HOLD_MS = 4000;
/** The clamp before sub-steps, s: the same frames counted with it show what the walk used to cover. */
const FORMER_MAX_DELTA = 0.1;
/** CPU throttling tried at most: beyond it the page's own timers and input lag too. */
const MAX_THROTTLE = 40;

export interface PaceResult {
  viewport: string;
  /** CDP Emulation.setCPUThrottlingRate the page ran under (1: none). */
  cpuThrottle: number;
  /** Frames drawn while W was held, per second held. */
  fps: number;
  frames: number;
  frameMs: { median: number; max: number };
  /** Time W was held, measured in the page, s. */
  seconds: number;
  /** Frame time the walker accounts for while W was held: each frame's delta, clamped at MAX_DELTA, s. */
  motionSeconds: number;
  /** The same frames counted as the walker did before sub-steps, clamped at 0.1 s, s. */
  formerMotionSeconds: number;
  /** Frames longer than MAX_DELTA: the time beyond it is not walked, on purpose. */
  longFrames: number;
  from: number[];
  to: number[];
  metres: number;
  metresPerSecond: number;
}

/**
 * Runs in the page: from the first frame after W goes down to the last before it comes up, the
 * interval of each frame drawn (rAF timestamps, the clock the frame loop reads), whether the key
 * is down read in the frame itself, as the walker reads it.
 */
const PACE_LOG = `(() => {
  const log = { on: true, held: false, start: 0, end: 0, intervals: [] };
  window.__paceLog = log;
  addEventListener('keydown', (e) => { if (e.code === 'KeyW' && !log.held) { log.held = true; log.start = performance.now(); } });
  addEventListener('keyup', (e) => { if (e.code === 'KeyW') { log.held = false; log.end = performance.now(); } });
  let last = null;
  const tick = (ts) => {
    if (!log.on) return;
    if (last !== null && log.held) log.intervals.push(ts - last);
    last = ts;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

/** Frames per second the page draws now, over 2 s. */
const FPS_NOW = `new Promise((resolve) => {
  let n = 0;
  const t0 = performance.now();
  const tick = () => {
    const t = performance.now();
    if (t - t0 >= 2000) resolve((n * 1000) / (t - t0));
    else { n++; requestAnimationFrame(tick); }
  };
  requestAnimationFrame(tick);
})`;

/**
 * Brings the page to 3 to 5 frames per second: a bigger window while it is faster, CPU throttling
 * beyond the biggest; a smaller window while it is slower (a loaded machine). Returns where it settled.
 */
async function slowDown(page: Page, cdp: CDPSession): Promise<{ viewport: number; rate: number }> {
  let viewport = FIRST_VIEWPORT;
  let rate = 1;
  for (let round = 0; round < 8; round++) {
    const fps = (await page.evaluate(FPS_NOW)) as number;
    if (fps >= PACE_FPS.low && fps <= PACE_FPS.high) break;
    if (fps > PACE_FPS.high && viewport + 1 < PACE_VIEWPORTS.length) viewport++;
    else if (fps > PACE_FPS.high || rate > 1) {
      // Frame time grows about in proportion to the rate where the main thread is the bottleneck.
      const next = Math.min(MAX_THROTTLE, Math.max(1, Math.round(rate * (fps / PACE_FPS.aim) * 10) / 10));
      if (next === rate) break;
      rate = next;
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      continue;
    } else if (viewport > 0) viewport--;
    else break;
    await page.setViewportSize(PACE_VIEWPORTS[viewport]!);
    await frames(page, 2);
  }
  return { viewport, rate };
}

/**
 * Opens the visit on foot, brings it to about 4 frames per second, then holds
 * W for 4 s on an open stretch from the entrance: the metres walked against the pace the frames
 * should give. Before sub-steps the walker counted at most 0.1 s a frame, so at 4 frames per
 * second it walked 40% of the pace.
 */
export async function measurePace(browser: Browser, url: string): Promise<PaceResult> {
  return withReadyStamp(browser, { viewport: PACE_VIEWPORTS[FIRST_VIEWPORT]! }, async (context) => {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`${url}&view=ground`);
    await waitReadyAt(page);
    await visitApi(page, 'teleport', PACE_START.x, PACE_START.z, PACE_START.yaw);
    await frames(page, 4);
    const settled = await slowDown(page, cdp);
    const from = (await visitState(page)).position;
    await page.evaluate(PACE_LOG);
    await page.keyboard.down('KeyW');
    await page.waitForTimeout(PACE_HOLD_MS);
    await page.keyboard.up('KeyW');
    await frames(page, 2);
    const log = (await page.evaluate(`(() => { const l = window.__paceLog; l.on = false; return l; })()`)) as {
      start: number;
      end: number;
      intervals: number[];
    };
    const to = (await visitState(page)).position;
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const seconds = (log.end - log.start) / 1000;
    const metres = Math.hypot(to[0]! - from[0]!, to[2]! - from[2]!);
    const size = PACE_VIEWPORTS[settled.viewport]!;
    return {
      viewport: `${size.width}×${size.height}`,
      cpuThrottle: settled.rate,
      fps: log.intervals.length / seconds,
      frames: log.intervals.length,
      frameMs: { median: quantile(log.intervals, 0.5), max: Math.max(0, ...log.intervals) },
      seconds,
      motionSeconds: log.intervals.reduce((s, v) => s + Math.min(v / 1000, MAX_DELTA), 0),
      formerMotionSeconds: log.intervals.reduce((s, v) => s + Math.min(v / 1000, FORMER_MAX_DELTA), 0),
      longFrames: log.intervals.filter((v) => v / 1000 > MAX_DELTA).length,
      from,
      to,
      metres,
      metresPerSecond: metres / seconds,
    };
  });
}
