/** The performance budgets, and the one check of a measure against them (bench report and budget tests). */
import type { SoakRow } from './measure/soak.ts';

/** 1 kB = 1000 bytes, 1 MB = 1,000,000 bytes, as Vite prints them. */
export const KB = 1000;
export const MB = 1000 * 1000;

export const BUDGETS = {
  /** Per viewpoint, from `renderer.info`. */
  calls: 100,
  triangles: 300_000,
  /**
   * Per viewpoint, the scene's texture memory (src/automation/textureMemory.ts: RGBA8, mipmaps a third
   * more). About 50 MiB, all canvas atlases painted at load: the stand signs, the place signs, the
   * stands' posters (13.3 MiB), the programme boards, the figures' banner, the sky, the markers' icons, and a zone's screen
   * stills when it is near (0.75–1.5 MiB a zone). docs/LOOKS.md has the list.
   */
  textureBytes: 64 * 1024 * 1024,
  /** Everything received before `__visit.ready`, brotli. */
  criticalBrotli: 800 * KB,
  /** Every file of dist/ but video (.webm, .mp4) and captions (.vtt), brotli. */
  wholeBrotli: 4 * MB,
  /**
   * What the service worker precaches for every visitor (as transferred: brotli where a .br exists):
   * the first frame's files, so at most the critical path's budget and 10% (tools/bench/measure/precache.ts).
   */
  publicPrecacheBrotli: 880 * KB,
  /**
   * The headset's controller and hand models and their profiles (dist/xr-profiles), brotli: fetched
   * only on entering VR. Quest's Touch Plus pair and the generic hand are about 0.6 MB raw.
   */
  headsetProfilesBrotli: 600 * KB,
  /** JavaScript requested before `__visit.ready`, gzip. */
  firstLoadJsGzip: 350 * KB,
  /** Geometries and textures after visiting every stand and coming back, relative change. */
  memoryDrift: 0.1,
  /** Kiosk soak: geometries and textures at the last cycle against the first, relative change either way. */
  soakGpuDrift: 0.05,
  /**
   * Kiosk soak: JS heap after a forced GC at the last cycle against the first warm cycle (2), relative
   * growth. Loose: V8 keeps some caches and compiled code a while; a leak of a visitor's worth of
   * objects a cycle goes far past it in a day (tools/bench/measure/soak.ts).
   */
  soakHeapGrowth: 0.5,
} as const;

export type Budget = keyof typeof BUDGETS;

/** A drift is over its budget whichever way it goes; every other measure only when it grows past it. */
export function overBudget(budget: Budget, value: number): boolean {
  // GPU objects at the same place with the same zones loaded must not move either way: a drop is as
  // much a sign that the counter no longer follows what is loaded (a leak could hide behind it).
  return (budget === 'memoryDrift' || budget === 'soakGpuDrift' ? Math.abs(value) : value) > BUDGETS[budget];
}

/** One soak budget checked: the reference cycle and the last, and whether the last is over. */
export interface SoakCheck {
  measure: 'geometries' | 'textures' | 'nodes' | 'listeners' | 'heapMB';
  /** The cycle the last is compared with. */
  against: number;
  reference: number;
  last: number;
  /** Relative change, last against reference. */
  change: number;
  /** The budget as words, for reports and assertion messages. */
  limit: string;
  over: boolean;
}

/**
 * The soak's budgets on its rows (at least two cycles). GPU objects: the last cycle within
 * ±5% of the first (the first cycle's reset already holds everything a visit uploads: the attract
 * loop's place, drawn from the same spot). DOM nodes, listeners and the heap: against cycle 2, the
 * first warm one, because cycle 1 is the first time the panel, the tour picker and the video load
 * their lazy chunks and build their caches; from then on a visit leaves nothing behind, so the
 * counts may not grow (within 5%, for a one-off step; the heap, loosely).
 */
export function soakChecks(rows: readonly SoakRow[]): SoakCheck[] {
  const first = rows[0];
  const warm = rows[1];
  const last = rows.at(-1);
  if (!first || !warm || !last) throw new Error('a soak needs at least two cycles');
  const rel = (a: number, b: number) => (a === 0 ? (b === 0 ? 0 : Infinity) : (b - a) / a);
  // GPU objects: the last cycle against the first. Stand detail is uploaded before it joins the
  // scene (src/canvas/precompile/upload.ts), so the count at the sample is a function of the zones
  // loaded there, not of where the camera happened to look on the way (it alternated 39/30 before).
  const gpu = (measure: 'geometries' | 'textures'): SoakCheck => {
    const change = rel(first[measure], last[measure]);
    return {
      measure,
      against: 1,
      reference: first[measure],
      last: last[measure],
      change,
      limit: `within ±${BUDGETS.soakGpuDrift * 100}% of cycle 1`,
      over: overBudget('soakGpuDrift', change),
    };
  };
  const dom = (measure: 'nodes' | 'listeners'): SoakCheck => ({
    measure,
    against: 2,
    reference: warm[measure],
    last: last[measure],
    change: rel(warm[measure], last[measure]),
    limit: 'at most +5% of cycle 2',
    // Not growing: a one-off step (a document the browser keeps a while: 409 → 416 nodes once, then
    // flat, in CI) is within it; a visitor's worth kept per cycle (432 nodes) is past it at once.
    over: last[measure] > warm[measure] * 1.05,
  });
  const heap = rel(warm.heapMB, last.heapMB);
  return [
    gpu('geometries'),
    gpu('textures'),
    dom('nodes'),
    dom('listeners'),
    {
      measure: 'heapMB',
      against: 2,
      reference: warm.heapMB,
      last: last.heapMB,
      change: heap,
      limit: `at most +${BUDGETS.soakHeapGrowth * 100}% of cycle 2`,
      over: overBudget('soakHeapGrowth', heap),
    },
  ];
}
