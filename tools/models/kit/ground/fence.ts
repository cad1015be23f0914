/** The perimeter fence, with its gap where the entrance gate stands, and its continuous collision. */
import type { Site } from '../../../../src/edition/schema.ts';
import { C } from '../colors.ts';
import { appendAll as append, box, solid } from '../geo.ts';
import type { CollisionBox, Geo } from '../types.ts';
import { GATE_SPAN } from './gate.ts';
import { signedArea, toPlan, type P2 } from './plan.ts';
import { barAlong } from './shapes.ts';

const FENCE_H = 2.1;

/** The entrance gap: which boundary edge, and its interval along that edge (metres from the edge's start). */
function entranceGap(site: Site): { edge: number; u0: number; u1: number } | null {
  const zone = site.zones.find((z) => z.kind === 'entrance');
  if (!zone) return null;
  const p = toPlan(zone, 0, zone.depth / 2);
  let best: { edge: number; u: number; d: number; len: number } | null = null;
  const B = site.boundary;
  for (let i = 0; i < B.length; i++) {
    const a = B[i]!,
      b = B[(i + 1) % B.length]!;
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (len < 1e-6) continue;
    const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * (b[0] - a[0]) + (p[1] - a[1]) * (b[1] - a[1])) / (len * len)));
    const d = Math.hypot(p[0] - (a[0] + (b[0] - a[0]) * t), p[1] - (a[1] + (b[1] - a[1]) * t));
    if (!best || d < best.d) best = { edge: i, u: t * len, d, len };
  }
  if (!best) return null;
  const half = Math.min(GATE_SPAN / 2, best.len / 2 - 0.5);
  const u = Math.max(half, Math.min(best.len - half, best.u));
  return { edge: best.edge, u0: u - half, u1: u + half };
}

/** Perimeter fence (white panels on a police-blue base, posts) and its continuous collision. */
export function perimeterFence(site: Site, g: Geo, col: CollisionBox[]): void {
  const B = site.boundary;
  const ccw = signedArea(B) > 0;
  const gap = entranceGap(site);
  const inset = 0.12;
  for (let i = 0; i < B.length; i++) {
    const a = B[i]!,
      b = B[(i + 1) % B.length]!;
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (len < 1e-6) continue;
    const ux = (b[0] - a[0]) / len,
      uz = (b[1] - a[1]) / len;
    // Inward normal: for a polygon with positive signed area (x·z' − x'·z), the inside is at (−uz, ux).
    const inx = ccw ? -uz : uz,
      inz = ccw ? ux : -ux;
    const at = (u: number, off: number): P2 => [a[0] + ux * u + inx * off, a[1] + uz * u + inz * off];
    /** Collision: a slab from the boundary line inward, from u0 to u1 along the edge. */
    const barrier = (u0: number, u1: number): void => {
      const c0 = at(u0, 0.2),
        c1 = at(u1, 0.2);
      const l = Math.hypot(c1[0] - c0[0], c1[1] - c0[1]);
      col.push(solid([l, 2.6, 0.4], [(c0[0] + c1[0]) / 2, 1.3, (c0[1] + c1[1]) / 2], -Math.atan2(uz, ux)));
    };
    const runs: [number, number][] =
      gap && gap.edge === i
        ? [
            [0, gap.u0],
            [gap.u1, len],
          ]
        : [[0, len]];
    for (const [u0, u1] of runs) {
      if (u1 - u0 < 0.05) continue;
      const p0 = at(u0, inset),
        p1 = at(u1, inset);
      append(g, barAlong(p0, p1, 0.05, 0.08, FENCE_H, C.white));
      append(g, barAlong(p0, p1, 0.08, 0.08, 0.75, C.policeBlue));
      append(g, barAlong(p0, p1, 0.07, FENCE_H - 0.08, FENCE_H + 0.02, C.policeBlue));
      const n = Math.max(1, Math.round((u1 - u0) / 3.5));
      // Posts stay inside the boundary at the polygon's corners.
      const pu0 = u0 === 0 ? u0 + inset : u0,
        pu1 = u1 === len ? u1 - inset : u1;
      for (let k = 0; k <= n; k++) {
        const p = at(pu0 + ((pu1 - pu0) * k) / n, inset);
        append(g, box([0.09, FENCE_H + 0.1, 0.09], [p[0], (FENCE_H + 0.1) / 2, p[1]], C.lightGrey, -Math.atan2(uz, ux)));
      }
      // Collision run past the corners so they close.
      barrier(u0 - (u0 === 0 ? 0.4 : 0), u1 + (u1 === len ? 0.4 : 0));
    }
    // Invisible bar across the entrance at the boundary: the gate is the way in, never out.
    if (gap && gap.edge === i) barrier(gap.u0 - 0.2, gap.u1 + 0.2);
  }
}
