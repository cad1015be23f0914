/**
 * Dragging and pinching the full-screen plan: the plan point first under the fingers stays under
 * them, one finger pans, two pinch (their distance scales, their middle pans), the wheel zooms at
 * the cursor. Pure (tests/plan.test.ts); usePlanGestures.ts feeds it pointer events.
 */
import type { Box } from './planShapes.ts';
import { clampView, scaleLimits, zoomAt, type Size, type View } from './zoom.ts';

export interface Point {
  x: number;
  y: number;
}

/** Pixels a finger may move before a tap becomes a drag. */
export const TAP_SLOP = 8;

/** The middle of the pointers and their spread (mean distance to that middle; 0 for one pointer). */
function centroid(points: readonly Point[]): { x: number; y: number; spread: number } {
  let x = 0;
  let y = 0;
  for (const p of points) {
    x += p.x;
    y += p.y;
  }
  x /= points.length;
  y /= points.length;
  let spread = 0;
  for (const p of points) spread += Math.hypot(p.x - x, p.y - y);
  return { x, y, spread: spread / points.length };
}

/**
 * The view after the pointers moved from `from` to `to` (stage pixels, the same pointers in the same
 * order), starting from `start`: the plan point under their first middle goes under their middle now,
 * scaled by how far apart they are now.
 */
export function dragView(start: View, from: readonly Point[], to: readonly Point[], stage: Size, box: Box): View {
  if (from.length === 0 || from.length !== to.length) return start;
  const a = centroid(from);
  const b = centroid(to);
  const factor = a.spread > 1 && b.spread > 0 ? b.spread / a.spread : 1;
  const { min, max } = scaleLimits(stage, box);
  const scale = Math.min(max, Math.max(min, start.scale * factor));
  const x = start.x + a.x / start.scale;
  const z = start.y + a.y / start.scale;
  return clampView({ scale, x: x - b.x / scale, y: z - b.y / scale }, stage, box);
}

/** Pixels of wheel travel that double or halve the scale. */
const WHEEL_DOUBLING = 360;

/** The view after a wheel turn of `deltaY` pixels (negative: away from the visitor, zooming in) at the cursor. */
export function wheelView(view: View, deltaY: number, px: number, py: number, stage: Size, box: Box): View {
  return zoomAt(view, 2 ** (-deltaY / WHEEL_DOUBLING), px, py, stage, box);
}

/** Whether a pointer that went from `a` to `b` stayed a tap. */
export function isTap(a: Point, b: Point): boolean {
  return Math.hypot(b.x - a.x, b.y - a.y) <= TAP_SLOP;
}
