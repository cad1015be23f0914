/** Paved paths with a low kerb on the sides that border the sand, cut where they meet something else. */
import type { Site } from '../../../../src/edition/schema.ts';
import { hex } from '../colors.ts';
import { appendAll as append } from '../geo.ts';
import type { Geo } from '../types.ts';
import { clipInside, offsets, rectPoly, type P2 } from './plan.ts';
import { barAlong, flatQuad } from './shapes.ts';

export const PAVING_Y = 0.04;
export const PAVING = hex('#c4bdb0');
const KERB = hex('#e0ddd6');

/** Paves every path onto `matte`; `blockers` are what no kerb may cross besides the other paths. */
export function pavePaths(site: Site, blockers: readonly P2[][], matte: Geo): void {
  site.paths.forEach((path, pi) => {
    const h = path.width / 2;
    const { left, right } = offsets(path.points, h);
    for (let i = 0; i + 1 < path.points.length; i++)
      append(matte, flatQuad(right[i]!, right[i + 1]!, left[i + 1]!, left[i]!, PAVING_Y, PAVING));
    // What this path's kerbs must not cross: other paths (with their kerbs), covered zones, the plaza.
    const others: P2[][] = [...blockers];
    site.paths.forEach((q, qi) => {
      if (qi === pi) return;
      for (let i = 0; i + 1 < q.points.length; i++) {
        const a = q.points[i]!,
          b = q.points[i + 1]!;
        const l = Math.hypot(b[0] - a[0], b[1] - a[1]);
        if (l < 1e-6) continue;
        const u: P2 = [(b[0] - a[0]) / l, (b[1] - a[1]) / l];
        others.push(rectPoly([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], u, l / 2 + q.width / 2, q.width / 2 + 0.14));
      }
    });
    for (const edge of [left, right]) {
      const side = edge === left ? 1 : -1;
      for (let i = 0; i + 1 < edge.length; i++) {
        const a = edge[i]!,
          b = edge[i + 1]!;
        const l = Math.hypot(b[0] - a[0], b[1] - a[1]);
        if (l < 0.3) continue;
        // Kerb centreline just outside the paving.
        const nx = (-(b[1] - a[1]) / l) * 0.07 * side,
          nz = ((b[0] - a[0]) / l) * 0.07 * side;
        const ka: P2 = [a[0] + nx, a[1] + nz],
          kb: P2 = [b[0] + nx, b[1] + nz];
        const cuts = others.map((poly) => clipInside(ka, kb, poly)).filter((x): x is [number, number] => x !== null);
        cuts.sort((p, q) => p[0] - q[0]);
        let t = 0;
        const pieces: [number, number][] = [];
        for (const [c0, c1] of cuts) {
          if (c0 > t) pieces.push([t, c0]);
          t = Math.max(t, c1);
        }
        if (t < 1) pieces.push([t, 1]);
        for (const [t0, t1] of pieces) {
          if ((t1 - t0) * l < 0.25) continue;
          const pa: P2 = [ka[0] + (kb[0] - ka[0]) * t0, ka[1] + (kb[1] - ka[1]) * t0];
          const pb: P2 = [ka[0] + (kb[0] - ka[0]) * t1, ka[1] + (kb[1] - ka[1]) * t1];
          append(matte, barAlong(pa, pb, 0.14, 0, 0.1, KERB));
        }
      }
    }
  });
}
