/**
 * What can be pressed on a surface drawn with canvas 2D in the headset (the stand's panel, the video's
 * controls, the hand menu): rectangles in the canvas's pixels, each with what pressing it does. A
 * controller's ray or a hand's poke hits the plane the canvas is shown on; three gives the hit's uv,
 * which `hitAt` turns back into the canvas's pixels. One list per painted page, made by whoever paints
 * it, so what is drawn and what answers can never disagree.
 */

/** A pressable rectangle, canvas pixels from the top left; `action` is the painter's own type. */
export interface HitRect<A> {
  x: number;
  y: number;
  w: number;
  h: number;
  action: A;
}

/**
 * The action under a hit at `u`, `v` (three's uv on a PlaneGeometry: u 0 at the left edge to 1 at the
 * right, v 0 at the bottom to 1 at the top) of a canvas `width` × `height` pixels; null over nothing.
 * `slop` pixels around each rectangle still count: a ray held in a hand trembles by a few millimetres
 * (at 1280 px per metre, 12 px is about 1 cm), and a miss by that much should not do nothing.
 * The nearest rectangle wins when slop makes two overlap.
 */
export function hitAt<A>(hits: readonly HitRect<A>[], u: number, v: number, width: number, height: number, slop = 12): A | null {
  if (!Number.isFinite(u) || !Number.isFinite(v)) return null;
  const x = u * width;
  const y = (1 - v) * height;
  let best: A | null = null;
  let bestDistance = Infinity;
  for (const h of hits) {
    const dx = Math.max(h.x - x, 0, x - (h.x + h.w));
    const dy = Math.max(h.y - y, 0, y - (h.y + h.h));
    const d = Math.hypot(dx, dy);
    if (d <= slop && d < bestDistance) {
      best = h.action;
      bestDistance = d;
    }
  }
  return best;
}
