/** What the booth kinds share: accent tones, floor and edge sizes, the reception counter and wall graphics. */
import { GRAPHIC_DEPTH, type GraphicAnchor } from '../../../../src/edition/booths.ts';
import { C } from '../colors.ts';
import { add, boxBetween, merge, place, quad, solid, type RGB } from '../geo.ts';
import type { CollisionBox, Geo, Parts } from '../types.ts';
import { COUNTER, type BoothPlan } from './plan.ts';

/** Pure white: the pipeline multiplies it by the stand's theme colour. */
export const ACCENT: RGB = [1, 1, 1];
/** A darker accent tone (tint × 0.72) for edges, so the theme colour reads in two values. */
export const ACCENT_DARK: RGB = [0.72, 0.72, 0.72];

export const FLOOR_H = 0.05;
export const EDGE = 0.08;

/** A reception counter centred on the origin, front toward +z: body, accent front, top. */
function counter(): { matte: Geo; accent: Geo } {
  const { w, d, h } = COUNTER;
  const matte = merge(
    boxBetween([-w / 2, 0, -d / 2], [w / 2, h - 0.05, d / 2], C.offWhite),
    boxBetween([-w / 2 - 0.04, h - 0.05, -d / 2 - 0.02], [w / 2 + 0.04, h, d / 2 + 0.06], C.lightGrey),
    // A stack of brochures on the worktop.
    boxBetween([-w / 2 + 0.15, h, -0.05], [-w / 2 + 0.45, h + 0.04, 0.17], C.white),
  );
  const accent = merge(
    boxBetween([-w / 2 + 0.02, 0.08, d / 2], [w / 2 - 0.02, h - 0.09, d / 2 + 0.03], ACCENT),
    boxBetween([-w / 2 + 0.02, 0, d / 2], [w / 2 - 0.02, 0.08, d / 2 + 0.01], ACCENT_DARK),
  );
  return { matte, accent };
}

/** A wall graphic: an accent panel with a photo and two lines of text, on a wall face looking +z. */
export function graphic(w: number, y0: number, y1: number, faceZ: number): { accent: Geo; matte: Geo } {
  const t = GRAPHIC_DEPTH.panel;
  const z = faceZ + t + GRAPHIC_DEPTH.print;
  const accent = boxBetween([-w / 2, y0, faceZ], [w / 2, y1, faceZ + t], ACCENT);
  const ph = (y1 - y0) * 0.48;
  const m = 0.1;
  const photoTop = y1 - m;
  const photoBot = photoTop - ph;
  const line = (ya: number, len: number): Geo =>
    quad([-w / 2 + m, ya, z], [-w / 2 + m + len, ya, z], [-w / 2 + m + len, ya + 0.05, z], [-w / 2 + m, ya + 0.05, z], C.white);
  const matte = merge(
    quad([-w / 2 + m, photoBot, z], [w / 2 - m, photoBot, z], [w / 2 - m, photoTop, z], [-w / 2 + m, photoTop, z], C.lightGrey),
    line(photoBot - 0.16, (w - 2 * m) * 0.9),
    line(photoBot - 0.28, (w - 2 * m) * 0.6),
  );
  return { accent, matte };
}

/**
 * The booth's wall graphics, where `graphicAnchors` (src/edition/booths.ts) puts them: the app hangs
 * each stand's poster over the same rectangles.
 */
export function addGraphics(parts: Parts, anchors: readonly GraphicAnchor[]): void {
  for (const a of anchors) {
    const g = graphic(a.width, a.position[1] - a.height / 2, a.position[1] + a.height / 2, 0);
    const at: [number, number, number] = [a.position[0], 0, a.position[2]];
    add(parts, 'accent', place(g.accent, at, a.rotationY));
    add(parts, 'matte', place(g.matte, at, a.rotationY));
  }
}

export function addCounters(parts: Parts, collision: CollisionBox[], plan: BoothPlan): void {
  for (const c of plan.counters) {
    const k = counter();
    const rot = c.facing === 1 ? 0 : Math.PI;
    add(parts, 'matte', place(k.matte, [c.x, 0, c.z], rot));
    add(parts, 'accent', place(k.accent, [c.x, 0, c.z], rot));
    collision.push(solid([COUNTER.w + 0.08, COUNTER.h, COUNTER.d + 0.08], [c.x, COUNTER.h / 2, c.z]));
  }
}
