/** How large the full-screen plan is drawn: legible by default, zoomed in steps. Pure. */
import type { Box } from './planShapes.ts';

/** Pixels per metre at which stand numbers stay legible (a 7.5 × 5 m stand's number ≈ 12 px). */
export const LEGIBLE_SCALE = 3;
export const MAX_SCALE = 14;
export const ZOOM_STEP = 1.5;

export interface PlanScale {
  /** Pixels per metre. */
  scale: number;
  /** Pixels per metre at which the whole plan fits the stage. */
  fit: number;
  canZoomIn: boolean;
  canZoomOut: boolean;
}

/**
 * Scale of the full-screen plan: by default the whole site if numbers stay legible that way, else
 * legible and scrollable, filling the stage's other side when that stays close to legible (a phone
 * held upright scrolls sideways only); each zoom step multiplies by ZOOM_STEP, from "whole site" to
 * MAX_SCALE.
 */
export function planScale(stageWidth: number, stageHeight: number, box: Box, steps = 0): PlanScale {
  const fit = Math.max(0.01, Math.min(stageWidth / box.width, stageHeight / box.height));
  const cover = Math.max(stageWidth / box.width, stageHeight / box.height);
  const base = fit >= LEGIBLE_SCALE ? fit : Math.min(Math.max(cover, LEGIBLE_SCALE), LEGIBLE_SCALE * 1.5);
  const scale = Math.min(MAX_SCALE, Math.max(fit, base * ZOOM_STEP ** steps));
  return { scale, fit, canZoomIn: scale < MAX_SCALE - 1e-6, canZoomOut: scale > fit + 1e-6 };
}
