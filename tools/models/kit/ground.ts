/**
 * The site's ground (in site coordinates): sandy compacted ground inside the boundary with gentle
 * tone variations, paved paths with kerbs, grass beds at the entrance and under palms, and the
 * perimeter fence with its gap at the entrance. Plus the entrance gate itself (zone-local).
 */
import { ShapeUtils, Vector2 } from 'three';
import type { Site, Vec2, Zone } from '../../../src/edition/schema.ts';
import { C, hex } from './colors.ts';
import { appendAll as append, beam, box, disc, emptyGeo, fan, solid, type RGB, type V3 } from './geo.ts';
import type { Built, CollisionBox, Geo } from './types.ts';
import { arenaField } from './arena.ts';

/** Outer width of the entrance gate (its two pylons): the perimeter fence leaves this gap. */
export const GATE_SPAN = 20;
/** Half-width of the gate's clear passage between the pylons. */
const PASSAGE = 7;
const PYLON_W = 3;
const PYLON_D = 3;
const PYLON_H = 10.5;

const FENCE_H = 2.1;
const PAVING_Y = 0.04;
const PAVING = hex('#c4bdb0');
const KERB = hex('#e0ddd6');
const BED_KERB = hex('#bfbcb4');
/** Entrance beds in the entrance zone's frame: x from ±BED_X0 to ±BED_X1, z from BED_Z0 to BED_Z1 (capped by the zone). */
const BED_X0 = 13;
const BED_X1 = 19.5;

type P2 = [number, number];

function toPlan(z: Zone, lx: number, lz: number): P2 {
  const a = (z.rotation * Math.PI) / 180;
  const c = Math.cos(a),
    s = Math.sin(a);
  return [z.position[0] + c * lx + s * lz, z.position[1] - s * lx + c * lz];
}

function signedArea(pts: readonly Vec2[]): number {
  let sum = 0;
  for (let i = 0; i < pts.length; i++) {
    const a = pts[i]!,
      b = pts[(i + 1) % pts.length]!;
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum / 2;
}

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
function groundSurface(boundary: readonly Vec2[], holes: readonly P2[][], cell: number): Geo {
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

/** Parameter intervals of segment a→b lying inside a convex polygon (counter-clockwise or not). */
function clipInside(a: P2, b: P2, poly: readonly P2[]): [number, number] | null {
  const area = signedArea(poly);
  let t0 = 0,
    t1 = 1;
  for (let i = 0; i < poly.length; i++) {
    const p = poly[i]!,
      q = poly[(i + 1) % poly.length]!;
    // Outward normal of edge p→q.
    const ex = q[0] - p[0],
      ez = q[1] - p[1];
    const nx = area > 0 ? ez : -ez,
      nz = area > 0 ? -ex : ex;
    const num = nx * (a[0] - p[0]) + nz * (a[1] - p[1]);
    const den = nx * (b[0] - a[0]) + nz * (b[1] - a[1]);
    if (Math.abs(den) < 1e-12) {
      if (num > 0) return null;
      continue;
    }
    const t = -num / den;
    if (den < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return null;
  }
  return [t0, t1];
}

function rectPoly(center: P2, ux: P2, halfU: number, halfV: number): P2[] {
  const vx: P2 = [-ux[1], ux[0]];
  const c = (su: number, sv: number): P2 => [
    center[0] + ux[0] * halfU * su + vx[0] * halfV * sv,
    center[1] + ux[1] * halfU * su + vx[1] * halfV * sv,
  ];
  return [c(-1, -1), c(1, -1), c(1, 1), c(-1, 1)];
}

function zonePoly(z: Zone, grow = 0): P2[] {
  return [
    toPlan(z, -z.width / 2 - grow, -z.depth / 2 - grow),
    toPlan(z, z.width / 2 + grow, -z.depth / 2 - grow),
    toPlan(z, z.width / 2 + grow, z.depth / 2 + grow),
    toPlan(z, -z.width / 2 - grow, z.depth / 2 + grow),
  ];
}

/** Left and right edges of a polyline of half-width h, mitred (mitre clamped). */
function offsets(pts: readonly Vec2[], h: number): { left: P2[]; right: P2[] } {
  const left: P2[] = [],
    right: P2[] = [];
  const dirs: P2[] = [];
  for (let i = 0; i + 1 < pts.length; i++) {
    const a = pts[i]!,
      b = pts[i + 1]!;
    const l = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
    dirs.push([(b[0] - a[0]) / l, (b[1] - a[1]) / l]);
  }
  for (let i = 0; i < pts.length; i++) {
    const p = pts[i]!;
    const d0 = dirs[Math.max(0, i - 1)]!,
      d1 = dirs[Math.min(dirs.length - 1, i)]!;
    // "Left" is along n = (−dz, dx) of each segment; only consistency matters.
    const n0: P2 = [-d0[1], d0[0]],
      n1: P2 = [-d1[1], d1[0]];
    let mx = n0[0] + n1[0],
      mz = n0[1] + n1[1];
    const ml = Math.hypot(mx, mz);
    if (ml < 1e-6) {
      mx = n1[0];
      mz = n1[1];
    } else {
      mx /= ml;
      mz /= ml;
    }
    const cosHalf = Math.max(0.4, mx * n1[0] + mz * n1[1]);
    const k = h / cosHalf;
    left.push([p[0] + mx * k, p[1] + mz * k]);
    right.push([p[0] - mx * k, p[1] - mz * k]);
  }
  return { left, right };
}

/** A flat quad at height y facing up, from four plan corners in order around the rim. */
function flatQuad(a: P2, b: P2, c: P2, d: P2, y: number, color: RGB): Geo {
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
function barAlong(a: P2, b: P2, w: number, y0: number, y1: number, color: RGB, extend = 0): Geo {
  const l = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const rot = -Math.atan2(b[1] - a[1], b[0] - a[0]);
  return box([l + 2 * extend, y1 - y0, w], [(a[0] + b[0]) / 2, (y0 + y1) / 2, (a[1] + b[1]) / 2], color, rot);
}

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
function perimeterFence(site: Site, g: Geo, col: CollisionBox[]): void {
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
      // Collision: a slab from the boundary line inward, run past the corners so they close.
      const c0 = at(u0 - (u0 === 0 ? 0.4 : 0), 0.2),
        c1 = at(u1 + (u1 === len ? 0.4 : 0), 0.2);
      const l = Math.hypot(c1[0] - c0[0], c1[1] - c0[1]);
      col.push(solid([l, 2.6, 0.4], [(c0[0] + c1[0]) / 2, 1.3, (c0[1] + c1[1]) / 2], -Math.atan2(uz, ux)));
    }
    if (gap && gap.edge === i) {
      // Invisible bar across the entrance at the boundary: the gate is the way in, never out.
      const c0 = at(gap.u0 - 0.2, 0.2),
        c1 = at(gap.u1 + 0.2, 0.2);
      const l = Math.hypot(c1[0] - c0[0], c1[1] - c0[1]);
      col.push(solid([l, 2.6, 0.4], [(c0[0] + c1[0]) / 2, 1.3, (c0[1] + c1[1]) / 2], -Math.atan2(uz, ux)));
    }
  }
}

/** A raised grass bed with a stone edge, given as a zone-local rectangle. */
function grassBed(zone: Zone, x0: number, x1: number, z0: number, z1: number, g: Geo): void {
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

/**
 * Footprints the ground leaves out because something else covers them exactly (hall floors, arena
 * fields, the entrance plaza): no coplanar layers there to flicker from far away. Only holes well
 * inside the boundary and clear of each other are cut.
 */
function groundHoles(site: Site): P2[][] {
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

function pointInPolygon(p: P2, poly: readonly Vec2[]): boolean {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const a = poly[i]!,
      b = poly[j]!;
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
  }
  return inside;
}

function distanceToBoundary(p: P2, poly: readonly Vec2[]): number {
  let best = Infinity;
  for (let i = 0; i < poly.length; i++) {
    const a = poly[i]!,
      b = poly[(i + 1) % poly.length]!;
    const dx = b[0] - a[0],
      dz = b[1] - a[1];
    const l2 = dx * dx + dz * dz || 1;
    const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dz) / l2));
    best = Math.min(best, Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dz));
  }
  return best;
}

/** Whether two convex polygons overlap (separating axes), with a 0.2 m margin. */
function convexOverlap(a: readonly P2[], b: readonly P2[]): boolean {
  for (const poly of [a, b]) {
    for (let i = 0; i < poly.length; i++) {
      const p = poly[i]!,
        q = poly[(i + 1) % poly.length]!;
      const l = Math.hypot(q[0] - p[0], q[1] - p[1]) || 1;
      const ax = -(q[1] - p[1]) / l,
        az = (q[0] - p[0]) / l;
      const pa = a.map((v) => v[0] * ax + v[1] * az),
        pb = b.map((v) => v[0] * ax + v[1] * az);
      if (Math.max(...pa) + 0.2 < Math.min(...pb) || Math.max(...pb) + 0.2 < Math.min(...pa)) return false;
    }
  }
  return true;
}

/** The whole site's ground in site coordinates. */
export function ground(site: Site): Built {
  const matte = emptyGeo();
  const col: CollisionBox[] = [];
  append(matte, groundSurface(site.boundary, groundHoles(site), 9));

  // Entrance plaza (paved) and its two grass beds.
  const entrance = site.zones.find((z) => z.kind === 'entrance');
  const blockers: P2[][] = [];
  if (entrance) {
    const hw = Math.min(entrance.width / 2, BED_X0 - 0.5);
    const hd = entrance.depth / 2;
    const plaza: P2[] = [
      toPlan(entrance, -hw, -hd),
      toPlan(entrance, hw, -hd),
      toPlan(entrance, hw, hd),
      toPlan(entrance, -hw, hd),
    ];
    append(matte, flatQuad(plaza[0]!, plaza[1]!, plaza[2]!, plaza[3]!, PAVING_Y, PAVING));
    blockers.push(plaza);
    if (entrance.width / 2 >= BED_X1) {
      for (const s of [-1, 1]) {
        const xa = s * BED_X0,
          xb = s * BED_X1;
        grassBed(entrance, Math.min(xa, xb), Math.max(xa, xb), -hd + 2, hd - 1.2, matte);
      }
    }
  }
  for (const z of site.zones) if (z.covered) blockers.push(zonePoly(z, 0.2));

  // Paths: paved strips with a low kerb on the sides that border the sand.
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

  // A round grass bed at the foot of every palm.
  for (const [x, z] of site.landscape.palms) append(matte, disc(1.3, 8, [x, 0.06, z], C.grass));

  perimeterFence(site, matte, col);
  return { parts: { matte }, collision: col };
}

// --- Entrance gate ----------------------------------------------------------------------------

/** A shield crest facing ±z (white border, navy field, gold star). */
function crest(c: V3, s: number, facing: 1 | -1): Geo {
  const g = emptyGeo();
  const sh = (w: number, h: number, z: number, color: RGB): Geo =>
    fan(
      [
        [c[0] - w / 2, c[1] + h / 2, z],
        [c[0] + w / 2, c[1] + h / 2, z],
        [c[0] + w / 2, c[1] - h * 0.1, z],
        [c[0], c[1] - h / 2, z],
        [c[0] - w / 2, c[1] - h * 0.1, z],
      ],
      [0, 0, facing],
      color,
    );
  append(g, sh(1.6 * s, 2 * s, c[2], C.white), sh(1.3 * s, 1.66 * s, c[2] + facing * 0.01, C.navy));
  const star: V3[] = [[c[0], c[1] + 0.15 * s, c[2] + facing * 0.02]];
  for (let i = 0; i <= 10; i++) {
    const a = Math.PI / 2 + (i * Math.PI) / 5;
    const r = (i % 2 === 0 ? 0.45 : 0.19) * s;
    star.push([c[0] + Math.cos(a) * r, c[1] + 0.15 * s + Math.sin(a) * r, c[2] + facing * 0.02]);
  }
  append(g, fan(star, [0, 0, facing], C.gold));
  return g;
}

/**
 * The monumental entrance in its zone's local frame (+z is outside the site, −z the site): two
 * police-blue pylons, a top beam with a flat white banner panel (12 × 2 m) on each face, turnstile
 * lanes under the arch, two security kiosks behind the pylons and low barriers.
 */
export function entranceGate(zone: Zone): Built {
  const matte = emptyGeo();
  const glass = emptyGeo();
  const col: CollisionBox[] = [];
  const zFront = Math.min(zone.depth / 2, 12);
  const pz = zFront - PYLON_D / 2;
  const px = GATE_SPAN / 2 - PYLON_W / 2;
  for (const s of [-1, 1]) {
    const x = s * px;
    append(matte, box([PYLON_W + 0.4, 0.6, PYLON_D + 0.4], [x, 0.3, pz], C.lightGrey));
    append(matte, box([PYLON_W, PYLON_H - 0.6, PYLON_D], [x, 0.6 + (PYLON_H - 0.6) / 2, pz], C.policeBlue));
    // White vertical bands on the outer faces and a white cap.
    for (const fz of [1, -1])
      append(
        matte,
        box([0.7, PYLON_H - 1.6, 0.04], [x, 0.6 + (PYLON_H - 1.6) / 2 + 0.3, pz + fz * (PYLON_D / 2 + 0.02)], C.white),
      );
    append(matte, box([0.04, PYLON_H - 1.6, 0.7], [x + s * (PYLON_W / 2 + 0.02), 0.6 + (PYLON_H - 1.6) / 2 + 0.3, pz], C.white));
    append(matte, box([PYLON_W + 0.3, 0.35, PYLON_D + 0.3], [x, PYLON_H + 0.175, pz], C.white));
    append(matte, box([PYLON_W - 0.6, 0.25, PYLON_D - 0.6], [x, PYLON_H + 0.475, pz], C.gold));
    col.push(solid([PYLON_W + 0.4, PYLON_H, PYLON_D + 0.4], [x, PYLON_H / 2, pz]));
  }
  // Top beam carrying the banner panels, a navy cornice and the crest.
  const beamY0 = 7.6,
    beamY1 = 10.0,
    beamD = 1.8;
  append(matte, box([GATE_SPAN - 2 * PYLON_W + 0.2, beamY1 - beamY0, beamD], [0, (beamY0 + beamY1) / 2, pz], C.policeBlue));
  append(matte, box([GATE_SPAN - 2 * PYLON_W + 0.4, 0.25, beamD + 0.3], [0, beamY1 + 0.125, pz], C.navy));
  for (const fz of [1, -1] as const) {
    const z = pz + fz * (beamD / 2 + 0.03);
    append(matte, box([12, 2, 0.06], [0, (beamY0 + beamY1) / 2, z], C.white));
    append(matte, crest([0, beamY1 + 1.15, pz + fz * 0.13], 0.9, fz));
  }
  append(matte, box([1.5, 1.9, 0.24], [0, beamY1 + 1.15, pz], C.white));

  // Turnstile lanes under the arch: three cabinets with tripod arms, barrier rails behind them.
  const lanes = [-PASSAGE / 2, 0, PASSAGE / 2];
  for (const x of lanes) {
    const cz = pz + 0.2;
    append(matte, box([0.34, 1.0, 1.3], [x, 0.5, cz], C.lightGrey), box([0.3, 0.05, 1.1], [x, 1.03, cz], C.charcoal));
    for (const s of [-1, 1])
      append(matte, beam([x + s * 0.17, 0.9, cz + 0.2], [x + s * 0.65, 0.88, cz + 0.2], 0.05, 0.05, C.grey));
    col.push(solid([0.4, 1.05, 1.4], [x, 0.525, cz]));
    // Low barrier continuing the lane divider inward.
    const z0 = cz - 0.8,
      z1 = cz - 5.5;
    append(
      matte,
      beam([x, 1.0, z0], [x, 1.0, z1], 0.05, 0.05, C.lightGrey),
      beam([x, 0.35, z0], [x, 0.35, z1], 0.04, 0.04, C.lightGrey),
    );
    append(matte, box([0.06, 0.7, Math.abs(z1 - z0)], [x, 0.65, (z0 + z1) / 2], C.policeBlue));
    for (const z of [z0, (z0 + z1) / 2, z1])
      append(matte, box([0.5, 0.06, 0.08], [x, 0.03, z], C.grey), box([0.05, 1.0, 0.05], [x, 0.5, z], C.lightGrey));
    col.push(solid([0.3, 1.05, Math.abs(z1 - z0)], [x, 0.525, (z0 + z1) / 2]));
  }

  // Two security kiosks behind the pylons, with window bands and a flat roof.
  for (const s of [-1, 1]) {
    const kx = s * px,
      kz = pz - PYLON_D / 2 - 3.2;
    const kw = 2.6,
      kh = 2.6;
    append(matte, box([kw, kh, kw], [kx, kh / 2, kz], C.white));
    append(matte, box([kw + 0.4, 0.22, kw + 0.4], [kx, kh + 0.11, kz], C.policeBlue));
    for (const [nx, nz] of [
      [0, 1],
      [0, -1],
      [1, 0],
      [-1, 0],
    ] as const) {
      const cx = kx + nx * (kw / 2 + 0.01),
        cz = kz + nz * (kw / 2 + 0.01);
      const tx = nz !== 0 ? 1 : 0,
        tz = nx !== 0 ? 1 : 0;
      const w = 0.9;
      const pts: V3[] = [
        [cx - tx * w, 1.1, cz - tz * w],
        [cx + tx * w, 1.1, cz + tz * w],
        [cx + tx * w, 2.2, cz + tz * w],
        [cx - tx * w, 2.2, cz - tz * w],
      ];
      append(glass, fan(pts, [nx, 0, nz], C.glass));
    }
    col.push(solid([kw + 0.1, kh, kw + 0.1], [kx, kh / 2, kz]));
  }

  // Low crowd barriers along the beds' inner edges, leaving the plaza open.
  for (const s of [-1, 1]) {
    const x = s * (BED_X0 - 0.3);
    const z0 = zFront - 3.5,
      z1 = -zone.depth / 2 + 3;
    if (Math.abs(x) > zone.width / 2) continue;
    append(
      matte,
      beam([x, 1.0, z0], [x, 1.0, z1], 0.05, 0.05, C.lightGrey),
      box([0.05, 0.65, z0 - z1], [x, 0.6, (z0 + z1) / 2], C.white),
    );
    const n = Math.max(1, Math.round((z0 - z1) / 2.5));
    for (let k = 0; k <= n; k++) append(matte, box([0.06, 1.0, 0.06], [x, 0.5, z1 + ((z0 - z1) * k) / n], C.lightGrey));
    col.push(solid([0.3, 1.05, z0 - z1], [x, 0.525, (z0 + z1) / 2]));
  }

  const parts = glass.indices.length ? { matte, glass } : { matte };
  return { parts, collision: col };
}
