/** The performance budgets, and the one check of a measure against them (bench report and budget tests). */

/** 1 kB = 1000 bytes, 1 MB = 1,000,000 bytes, as Vite prints them. */
export const KB = 1000;
export const MB = 1000 * 1000;

export const BUDGETS = {
  /** Per viewpoint, from `renderer.info`. */
  calls: 100,
  triangles: 300_000,
  /** Everything received before `__visit.ready`, brotli. */
  criticalBrotli: 800 * KB,
  /** Every file of dist/ but video (.webm, .mp4) and captions (.vtt), brotli. */
  wholeBrotli: 4 * MB,
  /**
   * What the service worker precaches for every visitor (as transferred: brotli where a .br exists):
   * the first frame's files, so at most the critical path's budget and 10% (tools/bench/measure/precache.ts).
   */
  publicPrecacheBrotli: 880 * KB,
  /** JavaScript requested before `__visit.ready`, gzip. */
  firstLoadJsGzip: 350 * KB,
  /** Geometries and textures after visiting every stand and coming back, relative change. */
  memoryDrift: 0.1,
} as const;

export type Budget = keyof typeof BUDGETS;

/** A drift is over its budget whichever way it goes; every other measure only when it grows past it. */
export function overBudget(budget: Budget, value: number): boolean {
  return (budget === 'memoryDrift' ? Math.abs(value) : value) > BUDGETS[budget];
}
