/** Plan maths on the ground plane (x, z): zone frames, polygons, path edges, clipping and overlap tests. */
import type { Vec2, Zone } from '../../../../src/edition/schema.ts';

export type P2 = [number, number];

export function toPlan(z: Zone, lx: number, lz: number): P2 {
  const a = (z.rotation * Math.PI) / 180;
  const c = Math.cos(a),
    s = Math.sin(a);
  return [z.position[0] + c * lx + s * lz, z.position[1] - s * lx + c * lz];
}

export function signedArea(pts: readonly Vec2[]): number {
  let sum = 0;
  for (let i = 0; i < pts.length; i++) {
    const a = pts[i]!,
      b = pts[(i + 1) % pts.length]!;
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum / 2;
}

/** Parameter intervals of segment a→b lying inside a convex polygon (counter-clockwise or not). */
export function clipInside(a: P2, b: P2, poly: readonly P2[]): [number, number] | null {
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

export function rectPoly(center: P2, ux: P2, halfU: number, halfV: number): P2[] {
  const vx: P2 = [-ux[1], ux[0]];
  const c = (su: number, sv: number): P2 => [
    center[0] + ux[0] * halfU * su + vx[0] * halfV * sv,
    center[1] + ux[1] * halfU * su + vx[1] * halfV * sv,
  ];
  return [c(-1, -1), c(1, -1), c(1, 1), c(-1, 1)];
}

export function zonePoly(z: Zone, grow = 0): P2[] {
  return [
    toPlan(z, -z.width / 2 - grow, -z.depth / 2 - grow),
    toPlan(z, z.width / 2 + grow, -z.depth / 2 - grow),
    toPlan(z, z.width / 2 + grow, z.depth / 2 + grow),
    toPlan(z, -z.width / 2 - grow, z.depth / 2 + grow),
  ];
}

/** Left and right edges of a polyline of half-width h, mitred (mitre clamped). */
export function offsets(pts: readonly Vec2[], h: number): { left: P2[]; right: P2[] } {
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

export function pointInPolygon(p: P2, poly: readonly Vec2[]): boolean {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const a = poly[i]!,
      b = poly[j]!;
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
  }
  return inside;
}

export function distanceToBoundary(p: P2, poly: readonly Vec2[]): number {
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
export function convexOverlap(a: readonly P2[], b: readonly P2[]): boolean {
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
