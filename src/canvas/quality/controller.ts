/**
 * The adaptive quality's decisions, pure (no React, no three.js): fed each frame's time in
 * milliseconds, it walks a ladder of levels, from the device's pixel ratio (at most 2) down to 1,
 * under 1 down to a floor, then a cheaper tier of materials at the floor ratio. It steps down when
 * the frame rate stays under its target over a window and back up when frames have room, with
 * hysteresis so it settles. Its state is one plain object, mutated in place: nothing allocates per
 * frame, and the component that feeds it re-renders nothing.
 *
 * Targets, from the refresh rate measured in the frame times (the fastest frame rate a window has
 * sustained: no window can run faster than the screen's refresh):
 * - a 60 Hz screen steps down under 50 fps (a frame in 20 ms: one refresh in six missed) and up
 *   above 57 (near the refresh itself, where the ratio has visible room);
 * - on 90 Hz and faster, under 80 and above 85: a headset's 90 Hz leaves 11 ms a frame, and
 *   80 fps is where reprojection starts to show.
 */

export type QualityTier = 'full' | 'lite';

/** One rung of the ladder. */
export interface QualityLevel {
  readonly pixelRatio: number;
  readonly tier: QualityTier;
}

/** The lowest pixel ratio; the cheaper tier draws at it too. */
export const FLOOR_RATIO = 0.5;
/** The highest: beyond 2 the extra pixels are not seen at arm's length and cost a lot. */
export const TOP_RATIO = 2;
/** Ratios under the device's own, each about half to two thirds of the pixels of the one above. */
const STEPS = [1.5, 1.25, 1, 0.75, FLOOR_RATIO];

export interface ControllerOptions {
  /** A window is judged after at least this much frame time, ms… */
  windowMs: number;
  /** …and at least this many frames (at 3 fps a window is 2 s, not one frame). */
  windowFrames: number;
  /** After a change, frames are not judged for this long (the new size's reallocation, a tier's shader compile)… */
  graceMs: number;
  /** …nor for this many frames, whichever ends later. */
  graceFrames: number;
  /** Consecutive roomy windows before stepping up (room must be sustained). */
  upWindows: number;
  /** A step down this soon after stepping up (ms of frame time) bars that level from then on. */
  banWithinMs: number;
  /** Changes after which the level stays where it is: the controller has settled for good. */
  maxChanges: number;
  /** A frame longer than this is a pause (a hidden tab, a sleeping laptop, a debugger), not a slow frame. */
  gapMs: number;
}

export const DEFAULT_OPTIONS: ControllerOptions = {
  windowMs: 1500,
  windowFrames: 6,
  graceMs: 750,
  graceFrames: 4,
  upWindows: 2,
  banWithinMs: 10_000,
  maxChanges: 16,
  gapMs: 4000,
};

/** Screens at or above this refresh rate (Hz) get the high targets; 90 Hz panels measure about 89. */
const HIGH_REFRESH = 88;
const TARGETS = { normal: { down: 50, up: 57 }, high: { down: 80, up: 85 } } as const;

export interface QualityControl {
  readonly options: ControllerOptions;
  /** The device pixel ratio the ladder was built for. */
  readonly deviceRatio: number;
  /** Top (index 0, the device's ratio) to bottom (the cheaper tier). */
  readonly levels: readonly QualityLevel[];
  /** The current level's index. */
  index: number;
  /** Stepping up stops here: levels above it failed to hold their frame rate right after a step up. */
  ceiling: number;
  /** Level changes made so far. */
  changes: number;
  /** The fastest frame rate a window has sustained, Hz: the refresh rate, or the device's best. */
  refresh: number;
  /** Grace left after the last change. */
  graceMs: number;
  graceFrames: number;
  /** The window being filled. */
  windowMs: number;
  windowFrames: number;
  /** Consecutive judged windows that had room. */
  roomy: number;
  /** Frame time since the last step up, and the level it stepped up to (−1: none to watch). */
  sinceUpMs: number;
  upTo: number;
  /** The next frame closes a pause: drop it. */
  skipNext: boolean;
}

/** The top of the ladder for a device pixel ratio: its own, clamped to [floor, 2]. */
export function topRatio(deviceRatio: number): number {
  return Math.min(TOP_RATIO, Math.max(FLOOR_RATIO, Number.isFinite(deviceRatio) ? deviceRatio : 1));
}

/** The ladder for a device pixel ratio: its own ratio (clamped to [floor, 2]), the steps under it, then the cheaper tier. */
export function qualityLadder(deviceRatio: number): QualityLevel[] {
  const top = topRatio(deviceRatio);
  const ratios = [top, ...STEPS.filter((r) => r < top - 1e-6)];
  return [...ratios.map((pixelRatio) => ({ pixelRatio, tier: 'full' as const })), { pixelRatio: FLOOR_RATIO, tier: 'lite' }];
}

/** A controller at the top of the ladder, in grace (the first frames compile and upload). */
export function createQualityControl(deviceRatio: number, options: Partial<ControllerOptions> = {}): QualityControl {
  const o = { ...DEFAULT_OPTIONS, ...options };
  return {
    options: o,
    deviceRatio,
    levels: qualityLadder(deviceRatio),
    index: 0,
    ceiling: 0,
    changes: 0,
    refresh: 0,
    graceMs: o.graceMs,
    graceFrames: o.graceFrames,
    windowMs: 0,
    windowFrames: 0,
    roomy: 0,
    sinceUpMs: 0,
    upTo: -1,
    skipNext: false,
  };
}

/** The level now. */
export function currentLevel(c: QualityControl): QualityLevel {
  return c.levels[c.index]!;
}

/**
 * A level as one number for whoever only needs "how cheap" (0 lowest … 1 highest): the full tier
 * spans 0.25 (the floor ratio) … 1 (the device's ratio), the cheaper tier is 0 (the stand-detail
 * streamer brings detail in closer under 0.2). Pinned levels off the ladder get a value too.
 */
export function levelValue(deviceRatio: number, level: QualityLevel): number {
  if (level.tier === 'lite') return 0;
  const top = topRatio(deviceRatio);
  if (top <= FLOOR_RATIO) return 1;
  return 0.25 + 0.75 * Math.min(1, Math.max(0, (level.pixelRatio - FLOOR_RATIO) / (top - FLOOR_RATIO)));
}

/** True once no further change can happen: the change budget is spent. */
export function settled(c: QualityControl): boolean {
  return c.changes >= c.options.maxChanges;
}

/** The page stopped drawing (a hidden tab, a covered canvas): the next frame's time spans the pause and is dropped. */
export function pauseControl(c: QualityControl): void {
  c.skipNext = true;
  c.windowMs = 0;
  c.windowFrames = 0;
}

function moveTo(c: QualityControl, index: number): void {
  if (index < c.index) {
    c.upTo = index;
    c.sinceUpMs = 0;
  } else {
    // Straight after a step up, too slow: that level cannot hold, do not climb to it again.
    if (c.upTo === c.index && c.sinceUpMs <= c.options.banWithinMs) c.ceiling = Math.max(c.ceiling, c.index + 1);
    c.upTo = -1;
  }
  c.index = index;
  c.changes++;
  c.graceMs = c.options.graceMs;
  c.graceFrames = c.options.graceFrames;
  c.windowMs = 0;
  c.windowFrames = 0;
  c.roomy = 0;
}

/** Judges the window just filled; true when the level changed. */
function judge(c: QualityControl): boolean {
  const fps = (c.windowFrames * 1000) / c.windowMs;
  c.windowMs = 0;
  c.windowFrames = 0;
  if (fps > c.refresh) c.refresh = fps;
  const target = c.refresh >= HIGH_REFRESH ? TARGETS.high : TARGETS.normal;
  if (settled(c)) return false;
  if (fps < target.down) {
    c.roomy = 0;
    if (c.index >= c.levels.length - 1) return false;
    moveTo(c, c.index + 1);
    return true;
  }
  if (fps < target.up) {
    c.roomy = 0;
    return false;
  }
  if (++c.roomy < c.options.upWindows || c.index <= c.ceiling) return false;
  moveTo(c, c.index - 1);
  return true;
}

/** One frame's time, ms. Returns true when the level changed (read it with `currentLevel`). */
export function feedFrame(c: QualityControl, ms: number): boolean {
  if (c.skipNext || !(ms > 0) || ms > c.options.gapMs) {
    // A pause is not a slow frame; the window around it is not judged either.
    c.skipNext = false;
    c.windowMs = 0;
    c.windowFrames = 0;
    return false;
  }
  if (c.upTo >= 0) c.sinceUpMs += ms;
  if (c.graceFrames > 0 || c.graceMs > 0) {
    c.graceFrames--;
    c.graceMs -= ms;
    return false;
  }
  c.windowMs += ms;
  c.windowFrames++;
  if (c.windowMs < c.options.windowMs || c.windowFrames < c.options.windowFrames) return false;
  return judge(c);
}
