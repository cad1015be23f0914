/** The sandy ground itself: the boundary triangulated and toned, with holes where something covers it exactly. */
import { ShapeUtils, Vector2 } from 'three';
import type { Site, Vec2, Zone } from '../../../../src/edition/schema.ts';
import { arenaField } from '../arena.ts';
import { C, hex } from '../colors.ts';
import { emptyGeo, type RGB } from '../geo.ts';
import type { Geo } from '../types.ts';
import { BED_X0 } from './gate.ts';
import { convexOverlap, distanceToBoundary, pointInPolygon, toPlan, type P2 } from './plan.ts';

/** Smooth, deterministic tone field in 0..1 for the sand. */
function tone(x: number, z: number): number {
  const v =
    0.5 +
    0.28 * Math.sin(x * 0.041 + 1.3) * Math.sin(z * 0.057 + 0.4) +
    0.14 * Math.sin(x * 0.11 + z * 0.083 + 2.1) +
    0.08 * Math.sin(x * 0.23 - z * 0.19 + 0.7);
  return Math.max(0, Math.min(1, v));
}

function mix(a: RGB, b: RGB, t: number): RGB {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

/** The ground polygon, triangulated, each triangle subdivided so vertex colours can vary (cells of ~`cell` m). */
export function groundSurface(boundary: readonly Vec2[], holes: readonly P2[][], cell: number): Geo {
  const g = emptyGeo();
  const contour = boundary.map(([x, z]) => new Vector2(x, z));
  const holeVs = holes.map((h) => h.map(([x, z]) => new Vector2(x, z)));
  const all: readonly Vec2[] = [...boundary, ...holes.flat()];
  const tris = ShapeUtils.triangulateShape(contour, holeVs);
  const light = C.sand;
  const dark = mix(C.sand, C.darkSand, 0.75);
  const grey = hex('#cbbfa8');
  for (const tri of tris) {
    const A = all[tri[0]!]!;
    let B = all[tri[1]!]!,
      Cc = all[tri[2]!]!;
    // Wind so that the normal points up: the y of (B−A)×(C−A) must be positive.
    const cy = (Cc[0] - A[0]) * (B[1] - A[1]) - (B[0] - A[0]) * (Cc[1] - A[1]);
    if (cy < 0) [B, Cc] = [Cc, B];
    // Subdivide by area (sub-triangles of about cell²/2), so long thin triangles stay cheap.
    const area = Math.abs(cy) / 2;
    const n = Math.max(1, Math.min(40, Math.round(Math.sqrt(area / ((cell * cell) / 2)))));
    const base = g.positions.length / 3;
    const idx = (i: number, j: number): number => base + (i * (2 * n + 3 - i)) / 2 + j;
    for (let i = 0; i <= n; i++) {
      for (let j = 0; j <= n - i; j++) {
        const x = A[0] + ((B[0] - A[0]) * i) / n + ((Cc[0] - A[0]) * j) / n;
        const z = A[1] + ((B[1] - A[1]) * i) / n + ((Cc[1] - A[1]) * j) / n;
        const t = tone(x, z);
        const col = t < 0.5 ? mix(light, grey, (0.5 - t) * 1.2) : mix(light, dark, (t - 0.5) * 1.6);
        g.positions.push(x, 0, z);
        g.normals.push(0, 1, 0);
        g.colors.push(col[0], col[1], col[2]);
      }
    }
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n - i; j++) {
        const a = idx(i, j),
          b = idx(i + 1, j),
          c = idx(i, j + 1);
        g.indices.push(a, b, c);
        if (j < n - i - 1) {
          const d = idx(i + 1, j + 1);
          g.indices.push(b, d, c);
        }
      }
    }
  }
  return g;
}

/**
 * Footprints the ground leaves out because something else covers them exactly (hall floors, arena
 * fields, the entrance plaza): no coplanar layers there to flicker from far away. Only holes well
 * inside the boundary and clear of each other are cut.
 */
export function groundHoles(site: Site): P2[][] {
  const rects: { poly: P2[]; zone: Zone; x0: number; x1: number; z0: number; z1: number }[] = [];
  for (const z of site.zones) {
    let r: { x0: number; x1: number; z0: number; z1: number } | null = null;
    if (z.covered) r = { x0: -z.width / 2 + 0.3, x1: z.width / 2 - 0.3, z0: -z.depth / 2 + 0.3, z1: z.depth / 2 - 0.3 };
    else if (z.kind === 'demonstration') {
      const f = arenaField(z);
      r = { x0: f.x0 + 0.3, x1: f.x1 - 0.3, z0: f.z0 + 0.3, z1: f.z1 - 0.3 };
    } else if (z.kind === 'entrance') {
      const hw = Math.min(z.width / 2, BED_X0 - 0.5);
      r = { x0: -hw + 0.3, x1: hw - 0.3, z0: -z.depth / 2 + 0.3, z1: z.depth / 2 - 0.6 };
    }
    if (!r || r.x1 - r.x0 < 1 || r.z1 - r.z0 < 1) continue;
    const poly: P2[] = [toPlan(z, r.x0, r.z0), toPlan(z, r.x1, r.z0), toPlan(z, r.x1, r.z1), toPlan(z, r.x0, r.z1)];
    rects.push({ poly, zone: z, ...r });
  }
  const inside = (p: P2): boolean => pointInPolygon(p, site.boundary) && distanceToBoundary(p, site.boundary) > 0.3;
  const out: P2[][] = [];
  for (const r of rects) {
    if (!r.poly.every(inside)) continue;
    if (out.some((h) => convexOverlap(h, r.poly))) continue;
    out.push(r.poly);
  }
  return out;
}
