/**
 * Frames per second of the visit beside the bare three.js reference (tools/bench/reference/) at each
 * of the bench's viewpoints, the quality level the visit's adaptive quality settles at there, and the
 * longest frame of the first two seconds after ready (issue 11, items 2, 3 and 6).
 *
 * Both pages run in one browser at the same canvas size. Headless Chromium shows every page as
 * visible and keeps its requestAnimationFrame running (background tabs, minimised windows and CDP's
 * `Page.setWebLifecycleState: frozen` alike, checked on Chromium 156), so the page not being measured
 * is parked by FRAME_GATE instead: its rAF callbacks are held, as a hidden page's are, and released
 * when it is measured again. Each measure then checks that the parked page drew no frame meanwhile.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { waitReadyAt, withReadyStamp } from '../../browser/page.ts';
import { REFERENCE_PATH } from '../reference/build.ts';
import type { ReferenceApi, ReferenceCamera } from '../reference/main.ts';
import { median } from '../stats.ts';
import { goToViewpoint, VIEWPOINTS, type Viewpoint } from './viewpoints.ts';

/** The canvas both pages draw at (deviceScaleFactor 1). */
export const FRAMES_VIEWPORT = { width: 960, height: 540 } as const;
/** Frames drawn before counting starts, after a page is released (its first frame carries the wait). */
export const WARM_UP_MS = 1000;
/** The window frames are counted over. */
export const WINDOW_MS = 5000;
/** Visit, reference, visit, reference: machine load drifts over a run, alternation shares it out. */
export const ROUNDS = 2;
/** How long the visit's adaptive quality runs at a viewpoint before its level is read. */
export const ADAPT_MS = 12_000;
/** The early window after ready, and what counts as a long frame in it. */
export const EARLY_MS = 2000;
export const LONG_FRAME_MS = 100;
export const EARLY_LOADS = 3;

/** The visit's quality pinned for the comparison: the reference draws at pixel ratio 1 with everything. */
/** The tier compared: full unless FRAMES_TIER=lite asks for the cheaper one (what adaptive quality falls to on a weak device). */
const PINNED = { pixelRatio: 1, tier: process.env.FRAMES_TIER === 'lite' ? 'lite' : 'full' } as {
  pixelRatio: number;
  tier: 'full' | 'lite';
};

/**
 * Installed before any page script: wraps requestAnimationFrame so that the bench can park a page
 * (its callbacks are held until it is released) and count its frames (distinct frame timestamps on
 * which at least one callback ran). `times` records every frame's timestamp while it is an array.
 */
const FRAME_GATE = `(() => {
  const raf = window.requestAnimationFrame.bind(window);
  const caf = window.cancelAnimationFrame.bind(window);
  const gate = { parked: false, frames: 0, last: -1, times: null, draws: 0, uploads: 0, releasedAt: 0, firstAt: null };
  window.__frameGate = gate;
  // WebGL draws, and the calls that load the GPU without drawing (compiles, uploads), counted apart
  // from rAF: the proof that a parked page really drew nothing, and a sign of work it did off the frame.
  const count = (names, key) => {
    for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype])
      for (const name of names) {
        const original = proto[name];
        if (typeof original === 'function')
          proto[name] = function (...args) { gate[key]++; return original.apply(this, args); };
      }
  };
  count(['clear', 'drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced'], 'draws');
  count(['compileShader', 'linkProgram', 'texImage2D', 'texSubImage2D', 'texStorage2D', 'bufferData', 'bufferSubData'], 'uploads');
  let next = 0;
  const live = new Map();
  const held = new Map();
  const schedule = (id, cb) => {
    live.set(id, raf((ts) => {
      live.delete(id);
      if (gate.parked) { held.set(id, cb); return; }
      if (ts !== gate.last) {
        gate.last = ts;
        gate.frames++;
        if (gate.firstAt === null) gate.firstAt = performance.now();
        if (gate.times) gate.times.push(ts);
      }
      cb(ts);
    }));
  };
  window.requestAnimationFrame = (cb) => { const id = ++next; schedule(id, cb); return id; };
  window.cancelAnimationFrame = (id) => {
    const r = live.get(id);
    if (r !== undefined) { caf(r); live.delete(id); }
    held.delete(id);
  };
  gate.park = () => { gate.parked = true; };
  gate.release = () => {
    gate.parked = false;
    gate.releasedAt = performance.now();
    gate.firstAt = null;
    const list = [...held];
    held.clear();
    for (const [id, cb] of list) schedule(id, cb);
  };
})();`;

type Gate = {
  parked: boolean;
  frames: number;
  draws: number;
  uploads: number;
  times: number[] | null;
  releasedAt: number;
  firstAt: number | null;
  park(): void;
  release(): void;
};
type QualityLevel = { pixelRatio: number; tier: string; level: number };
type VisitQuality = {
  setQuality?: (q: typeof PINNED | 'auto') => void;
  state(): { quality?: QualityLevel };
  camera(): ReferenceCamera | null;
};

const gateCounts = (page: Page) =>
  page.evaluate(() => {
    const { frames, draws, uploads } = (window as unknown as { __frameGate: Gate }).__frameGate;
    return { frames, draws, uploads };
  });
const park = (page: Page) => page.evaluate(() => (window as unknown as { __frameGate: Gate }).__frameGate.park());

export interface FrameWindow {
  /** Frames counted in the window, and the time from the first to the last of them. */
  frames: number;
  spanMs: number;
  fps: number;
  /** The canvas's drawing buffer at the end of the window (the pixels actually drawn). */
  buffer: [number, number];
  /** From release to the first frame run, ms (the frame the page was parked in the middle of); null if none came. */
  firstFrameMs: number | null;
  /** WebGL compiles and uploads the parked page made during the window (work off its frames that shares the GPU). */
  parkedUploads: number;
}

/** Releases a page, lets it warm up, counts its frames over the window; the page stays released. */
async function countFrames(page: Page): Promise<Omit<FrameWindow, 'parkedUploads'>> {
  return page.evaluate(
    ([warm, span]) =>
      new Promise<Omit<FrameWindow, 'parkedUploads'>>((resolve) => {
        const gate = (window as unknown as { __frameGate: Gate }).__frameGate;
        gate.release();
        setTimeout(() => {
          gate.times = [];
          setTimeout(() => {
            const t = gate.times ?? [];
            gate.times = null;
            const canvas = [...document.querySelectorAll('canvas')].sort((a, b) => b.width * b.height - a.width * a.height)[0];
            const spanMs = t.length > 1 ? t[t.length - 1]! - t[0]! : 0;
            resolve({
              frames: t.length,
              spanMs,
              fps: spanMs > 0 ? ((t.length - 1) * 1000) / spanMs : 0,
              buffer: [canvas?.width ?? 0, canvas?.height ?? 0],
              firstFrameMs: gate.firstAt === null ? null : gate.firstAt - gate.releasedAt,
            });
          }, span);
        }, warm);
      }),
    [WARM_UP_MS, WINDOW_MS] as const,
  );
}

/**
 * Measures `page` while `other` is parked; throws if the parked page ran a frame or a WebGL draw
 * meanwhile, or if the measured one drew nothing.
 */
async function measureAlone(page: Page, other: Page, name: string): Promise<FrameWindow> {
  await park(other);
  const before = await gateCounts(other);
  const drawsBefore = (await gateCounts(page)).draws;
  const w = await countFrames(page);
  const after = await gateCounts(other);
  if (after.frames !== before.frames || after.draws !== before.draws)
    throw new Error(
      `${name}: the parked page ran ${after.frames - before.frames} frames and ${after.draws - before.draws} WebGL draws during the window`,
    );
  const draws = (await gateCounts(page)).draws - drawsBefore;
  const parkedUploads = after.uploads - before.uploads;
  if (draws === 0 || w.frames < 2)
    throw new Error(
      `${name}: the measured page drew ${w.frames} frames in the window (${draws} WebGL draws; first frame ${w.firstFrameMs} ms after release; the parked page made ${parkedUploads} WebGL compiles or uploads)`,
    );
  return { ...w, parkedUploads };
}

export interface ViewpointFrames {
  id: string;
  label: string;
  camera: ReferenceCamera;
  /** How far the visit's camera moved between the first and the last of its windows, metres. */
  cameraDrift: number;
  visit: FrameWindow[];
  reference: FrameWindow[];
  /** Mean fps over the rounds. */
  visitFps: number;
  referenceFps: number;
  /** Reference fps ÷ visit fps: the visit's frame cost relative to the bare viewer. */
  ratio: number;
  /** The level the adaptive quality settled at after ADAPT_MS here; null when `state().quality` is missing. */
  settled: QualityLevel | null;
}

export interface FramesResult {
  viewport: string;
  warmUpMs: number;
  windowMs: number;
  rounds: number;
  adaptMs: number;
  /** Whether `__visit.setQuality` existed (the visit's quality pinned at pixel ratio 1, full tier). */
  pinned: boolean;
  viewpoints: ViewpointFrames[];
}

const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / Math.max(1, v.length);

function setQuality(page: Page, q: typeof PINNED | 'auto'): Promise<boolean> {
  return page.evaluate((quality) => {
    const api = (window as unknown as { __visit: VisitQuality }).__visit;
    if (typeof api.setQuality !== 'function') return false;
    api.setQuality(quality);
    return true;
  }, q);
}

const visitCamera = async (page: Page): Promise<ReferenceCamera> => {
  const c = await page.evaluate(() => (window as unknown as { __visit: VisitQuality }).__visit.camera());
  if (!c) throw new Error('__visit.camera() returned null: no frame drawn yet');
  return c;
};

async function atViewpoint(
  visit: Page,
  reference: Page,
  vp: Viewpoint,
  log: (s: string) => void,
  shots?: string,
): Promise<ViewpointFrames> {
  const pinned = await setQuality(visit, PINNED);
  await goToViewpoint(visit, vp);
  const camera = await visitCamera(visit);
  await reference.evaluate((c) => (window as unknown as { __reference: ReferenceApi }).__reference.setCamera(c), camera);
  const visitWindows: FrameWindow[] = [];
  const referenceWindows: FrameWindow[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    visitWindows.push(await measureAlone(visit, reference, `${vp.id}: visit`));
    referenceWindows.push(await measureAlone(reference, visit, `${vp.id}: reference`));
  }
  // Both views side by side, to see that the reference draws what the visit draws (the reference is released: measured last).
  const shot = (page: Page, name: string) =>
    shots && page.screenshot({ path: path.join(shots, `${vp.id.replace(/\W+/g, '-')}-${name}.png`) });
  await shot(reference, 'reference');
  // The visit drawn alone again, for its screenshot, the camera check and the adaptive quality.
  await park(reference);
  await visit.evaluate(() => (window as unknown as { __frameGate: Gate }).__frameGate.release());
  await shot(visit, 'visit');
  const end = await visitCamera(visit);
  const cameraDrift = Math.hypot(...end.position.map((v, i) => v - camera.position[i]!));
  let settled: QualityLevel | null = null;
  if (pinned && (await setQuality(visit, 'auto'))) {
    await visit.waitForTimeout(ADAPT_MS);
    settled = await visit.evaluate(() => (window as unknown as { __visit: VisitQuality }).__visit.state().quality ?? null);
  }
  const visitFps = mean(visitWindows.map((w) => w.fps));
  const referenceFps = mean(referenceWindows.map((w) => w.fps));
  log(`frames ${vp.id}: visit ${visitFps.toFixed(2)} fps, reference ${referenceFps.toFixed(2)} fps`);
  return {
    id: vp.id,
    label: vp.label,
    camera,
    cameraDrift,
    visit: visitWindows,
    reference: referenceWindows,
    visitFps,
    referenceFps,
    ratio: referenceFps / visitFps,
    settled,
  };
}

/**
 * Opens the visit (`url`: the visit with `?debug=1`) and the reference (`origin` + REFERENCE_PATH)
 * in one browser, then at every viewpoint: moves the visit there, copies its camera to the
 * reference, counts frames of each alternately, and lets the visit's quality adapt.
 */
export async function measureFrames(
  browser: Browser,
  url: string,
  log: (s: string) => void,
  list: Viewpoint[] = VIEWPOINTS,
  /** A folder for a screenshot of each page at each viewpoint, if given. */
  shots?: string,
): Promise<FramesResult> {
  const options = { viewport: FRAMES_VIEWPORT, deviceScaleFactor: 1 };
  return withReadyStamp(browser, options, async (visitContext) => {
    await visitContext.addInitScript({ content: FRAME_GATE });
    const visit = await visitContext.newPage();
    await visit.goto(url);
    await waitReadyAt(visit);
    const referenceContext = await browser.newContext(options);
    try {
      // tsx keeps function names with a `__name` helper the page lacks (installReadyStamp adds it to the visit's).
      await referenceContext.addInitScript({ content: 'window.__name = window.__name || ((f) => f);' });
      await referenceContext.addInitScript({ content: FRAME_GATE });
      const reference = await referenceContext.newPage();
      await park(visit);
      await reference.goto(new URL(REFERENCE_PATH, url).href);
      await reference.waitForFunction(() => '__reference' in window, undefined, { timeout: 60_000 });
      await reference.evaluate(() => (window as unknown as { __reference: ReferenceApi }).__reference.ready);
      await park(reference);
      await visit.evaluate(() => (window as unknown as { __frameGate: Gate }).__frameGate.release());
      const pinned = await setQuality(visit, PINNED);
      const viewpoints: ViewpointFrames[] = [];
      for (const vp of list) viewpoints.push(await atViewpoint(visit, reference, vp, log, shots));
      return {
        viewport: `${FRAMES_VIEWPORT.width}×${FRAMES_VIEWPORT.height}`,
        warmUpMs: WARM_UP_MS,
        windowMs: WINDOW_MS,
        rounds: ROUNDS,
        adaptMs: ADAPT_MS,
        pinned,
        viewpoints,
      };
    } finally {
      await referenceContext.close();
    }
  });
}

export interface EarlyLoad {
  readyAt: number;
  /** Frames whose interval overlaps the window [ready, ready + EARLY_MS]. */
  frames: number;
  longestMs: number;
  overLong: number;
}

export interface EarlyFrames {
  viewport: string;
  windowMs: number;
  longFrameMs: number;
  loads: EarlyLoad[];
  /** Medians over the loads. */
  longestMs: number;
  overLong: number;
}

/**
 * One fresh load (a new context: nothing cached): every frame's timestamp from the first script on,
 * then the frame intervals that overlap the first EARLY_MS after `__visit.ready`. An interval still
 * open at the end (no frame since) counts up to the moment it was read.
 */
async function earlyLoad(browser: Browser, url: string): Promise<EarlyLoad> {
  return withReadyStamp(browser, { viewport: FRAMES_VIEWPORT, deviceScaleFactor: 1 }, async (context) => {
    await context.addInitScript({ content: `${FRAME_GATE}\nwindow.__frameGate.times = [];` });
    const page = await context.newPage();
    await page.goto(url);
    const readyAt = await waitReadyAt(page);
    const { times, now } = await page.evaluate(
      ([from, span]) =>
        new Promise<{ times: number[]; now: number }>((resolve) => {
          const gate = (window as unknown as { __frameGate: Gate }).__frameGate;
          const end = from + span;
          // Until a frame after the window's end (its interval closes the window), or 10 s more.
          const done = () => {
            const t = gate.times ?? [];
            if ((t.length && t[t.length - 1]! > end) || performance.now() > end + 10_000)
              resolve({ times: [...t], now: performance.now() });
            else setTimeout(done, 100);
          };
          done();
        }),
      [readyAt, EARLY_MS] as const,
    );
    const end = readyAt + EARLY_MS;
    const intervals: number[] = [];
    for (let i = 1; i < times.length; i++)
      if (times[i]! > readyAt && times[i - 1]! < end) intervals.push(times[i]! - times[i - 1]!);
    const last = times[times.length - 1];
    if (last !== undefined && last < end) intervals.push(now - last);
    return {
      readyAt,
      frames: intervals.length,
      longestMs: Math.max(0, ...intervals),
      overLong: intervals.filter((v) => v > LONG_FRAME_MS).length,
    };
  });
}

/** The longest early frame over EARLY_LOADS fresh loads of the visit (`url` with `?debug=1`). */
export async function measureEarlyFrames(browser: Browser, url: string, log: (s: string) => void): Promise<EarlyFrames> {
  const loads: EarlyLoad[] = [];
  for (let i = 0; i < EARLY_LOADS; i++) {
    loads.push(await earlyLoad(browser, url));
    log(`early frames, load ${i + 1}: longest ${loads[i]!.longestMs.toFixed(0)} ms`);
  }
  return {
    viewport: `${FRAMES_VIEWPORT.width}×${FRAMES_VIEWPORT.height}`,
    windowMs: EARLY_MS,
    longFrameMs: LONG_FRAME_MS,
    loads,
    longestMs: median(loads.map((l) => l.longestMs)),
    overLong: median(loads.map((l) => l.overLong)),
  };
}
