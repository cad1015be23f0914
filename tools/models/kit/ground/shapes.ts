/** Shapes laid on the plan: a flat quad, a bar along a segment, a raised grass bed. */
import type { Zone } from '../../../../src/edition/schema.ts';
import { C, hex } from '../colors.ts';
import { appendAll as append, box, fan, type RGB } from '../geo.ts';
import type { Geo } from '../types.ts';
import { toPlan, type P2 } from './plan.ts';

const BED_KERB = hex('#bfbcb4');

/** A flat quad at height y facing up, from four plan corners in order around the rim. */
export function flatQuad(a: P2, b: P2, c: P2, d: P2, y: number, color: RGB): Geo {
  return fan(
    [
      [a[0], y, a[1]],
      [b[0], y, b[1]],
      [c[0], y, c[1]],
      [d[0], y, d[1]],
    ],
    [0, 1, 0],
    color,
  );
}

/** A box along the plan segment a→b, `w` wide, from y0 to y1. */
export function barAlong(a: P2, b: P2, w: number, y0: number, y1: number, color: RGB, extend = 0): Geo {
  const l = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const rot = -Math.atan2(b[1] - a[1], b[0] - a[0]);
  return box([l + 2 * extend, y1 - y0, w], [(a[0] + b[0]) / 2, (y0 + y1) / 2, (a[1] + b[1]) / 2], color, rot);
}

/** A raised grass bed with a stone edge, given as a zone-local rectangle. */
export function grassBed(zone: Zone, x0: number, x1: number, z0: number, z1: number, g: Geo): void {
  const a = (zone.rotation * Math.PI) / 180;
  const c = toPlan(zone, (x0 + x1) / 2, (z0 + z1) / 2);
  const w = x1 - x0,
    d = z1 - z0,
    k = 0.18;
  append(g, box([w - 2 * k, 0.1, d - 2 * k], [c[0], 0.05, c[1]], C.grass, a));
  for (const [lx, lz, sw, sd] of [
    [(x0 + x1) / 2, z0 + k / 2, w, k],
    [(x0 + x1) / 2, z1 - k / 2, w, k],
    [x0 + k / 2, (z0 + z1) / 2, k, d - 2 * k],
    [x1 - k / 2, (z0 + z1) / 2, k, d - 2 * k],
  ] as const) {
    const p = toPlan(zone, lx, lz);
    append(g, box([sw, 0.16, sd], [p[0], 0.08, p[1]], BED_KERB, a));
  }
}
