/**
 * The full-screen plan's view: how large the plan is drawn (pixels per metre) and which part of the
 * site shows. The widest zoom fits the whole site in the stage, and the site never leaves it: where
 * it is smaller than the stage it stays in place, where it is larger its edges never pass the stage's.
 *
 * North stays up on a portrait screen too. Turned a quarter, the 296 × 206 m site would be drawn 1.43
 * times larger on a phone held upright (390 px wide: 1.9 instead of 1.3 px/m), but at either size the
 * numbers are too small to read and the stands to tap, so a tap on a pavilion zooms in anyway (see
 * tapTargets.ts); turning it would cost more: the plan would disagree with the corner plan, the 2D
 * twin and the site's own signs, flip when the phone turns, and every label would need laying out
 * again for a frame on its side. Upright, the room left under the site holds the legend sheet and
 * the stand's label without covering the drawing (clampView).
 *
 * Pure (tests/plan.test.ts).
 */
import type { Box } from './planShapes.ts';

/** Pixels per metre at which stand numbers stay legible (a 7.5 × 5 m stand's number ≈ 12 px). */
export const LEGIBLE_SCALE = 3;
/** The closest zoom: a 7.5 m stand about 100 px wide. */
export const MAX_SCALE = 14;
/** One press of a zoom button. */
export const ZOOM_STEP = 1.5;

export interface Size {
  width: number;
  height: number;
}

export interface View {
  /** Pixels per metre. */
  scale: number;
  /** The plan point (metres) at the stage's top-left corner. */
  x: number;
  y: number;
}

/** Pixels per metre at which the whole box fits the stage. */
export function fitScale(stage: Size, box: Box): number {
  return Math.max(0.01, Math.min(stage.width / box.width, stage.height / box.height));
}

/** The widest and the closest zoom (the closest never narrower than the whole site, on a very large screen). */
export function scaleLimits(stage: Size, box: Box): { min: number; max: number } {
  const min = fitScale(stage, box);
  return { min, max: Math.max(min, MAX_SCALE) };
}

/**
 * One axis: where the site is shorter than the stage, centred (`align` 0.5) or against its start
 * (0); else its ends never inside the stage.
 */
function clampAxis(at: number, stageLength: number, start: number, length: number, scale: number, align: number): number {
  const seen = stageLength / scale;
  if (seen >= length) return start - (seen - length) * align;
  return Math.min(start + length - seen, Math.max(start, at));
}

/**
 * The view within its limits: scale between the whole site and the closest zoom, the site on screen.
 * Lower than the stage (a screen held upright), the site keeps to its top, so that the room left
 * under it holds the legend sheet and the stand's label; narrower, it is centred.
 */
export function clampView(view: View, stage: Size, box: Box): View {
  const { min, max } = scaleLimits(stage, box);
  const scale = Math.min(max, Math.max(min, view.scale));
  return {
    scale,
    x: clampAxis(view.x, stage.width, box.x, box.width, scale, 0.5),
    y: clampAxis(view.y, stage.height, box.y, box.height, scale, 0),
  };
}

/** The widest zoom: the whole site. */
export function fitView(stage: Size, box: Box): View {
  return clampView({ scale: 0, x: box.x, y: box.y }, stage, box);
}

/** The plan point under a stage pixel. */
export function planPoint(view: View, px: number, py: number): [number, number] {
  return [view.x + px / view.scale, view.y + py / view.scale];
}

/** The stage pixel of a plan point. */
export function stagePoint(view: View, x: number, z: number): [number, number] {
  return [(x - view.x) * view.scale, (z - view.y) * view.scale];
}

/** Zooms by `factor` keeping the plan point under the stage pixel (px, py) where it is, within the limits. */
export function zoomAt(view: View, factor: number, px: number, py: number, stage: Size, box: Box): View {
  const [x, z] = planPoint(view, px, py);
  const { min, max } = scaleLimits(stage, box);
  const scale = Math.min(max, Math.max(min, view.scale * factor));
  return clampView({ scale, x: x - px / scale, y: z - py / scale }, stage, box);
}

/**
 * The view that shows `target` (a place, in metres) whole, with `margin` metres around it, at least
 * `minScale` (where its stands become large enough to tap); when it is too large for that, centred on
 * `at` (the point tapped) instead of its middle.
 */
export function focusView(target: Box, stage: Size, box: Box, minScale: number, at?: [number, number], margin = 3): View {
  const whole = fitScale(stage, { ...target, width: target.width + 2 * margin, height: target.height + 2 * margin });
  const scale = Math.min(scaleLimits(stage, box).max, Math.max(minScale, whole));
  const fits = whole >= minScale;
  const cx = fits || !at ? target.x + target.width / 2 : at[0];
  const cz = fits || !at ? target.y + target.height / 2 : at[1];
  return clampView({ scale, x: cx - stage.width / 2 / scale, y: cz - stage.height / 2 / scale }, stage, box);
}

/** Whether the view can zoom further in and out (the zoom buttons). */
export function zoomRoom(view: View, stage: Size, box: Box): { canZoomIn: boolean; canZoomOut: boolean } {
  const { min, max } = scaleLimits(stage, box);
  return { canZoomIn: view.scale < max * (1 - 1e-6), canZoomOut: view.scale > min * (1 + 1e-6) };
}

/** The SVG `viewBox` that shows this view on a stage of this size. */
export function viewBoxOfView(view: View, stage: Size): string {
  const r = (n: number) => Math.round(n * 1000) / 1000;
  return `${r(view.x)} ${r(view.y)} ${r(stage.width / view.scale)} ${r(stage.height / view.scale)}`;
}

/** A view part of the way from `a` to `b` (t in [0, 1]), zooming evenly (the scale eased geometrically). */
export function lerpView(a: View, b: View, t: number, stage: Size): View {
  const scale = a.scale * (b.scale / a.scale) ** t;
  // Interpolate the stage's middle, so the motion reads as a zoom toward the target, not a slide.
  const ax = a.x + stage.width / 2 / a.scale;
  const ay = a.y + stage.height / 2 / a.scale;
  const bx = b.x + stage.width / 2 / b.scale;
  const by = b.y + stage.height / 2 / b.scale;
  const cx = ax + (bx - ax) * t;
  const cy = ay + (by - ay) * t;
  return { scale, x: cx - stage.width / 2 / scale, y: cy - stage.height / 2 / scale };
}
