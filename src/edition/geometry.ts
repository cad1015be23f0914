/** Plan geometry (x, z in metres) shared by validation, derived figures, the plan and the pipeline. */
import type { Vec2 } from './schema.ts';

/** Anything with a rotated rectangular footprint. */
export interface Rect {
  position: Vec2;
  rotation: number;
  width: number;
  depth: number;
}

export const DEG = Math.PI / 180;

/** Local (x, z) of a footprint to plan coordinates; rotation follows three.js rotation.y. */
export function toPlan(r: Rect, lx: number, lz: number): Vec2 {
  const a = r.rotation * DEG;
  const c = Math.cos(a);
  const s = Math.sin(a);
  return [r.position[0] + c * lx + s * lz, r.position[1] - s * lx + c * lz];
}

/** Plan coordinates to a footprint's local (x, z). */
export function toLocal(r: Rect, x: number, z: number): Vec2 {
  const a = r.rotation * DEG;
  const c = Math.cos(a);
  const s = Math.sin(a);
  const dx = x - r.position[0];
  const dz = z - r.position[1];
  return [c * dx - s * dz, s * dx + c * dz];
}

/** The four corners of a footprint in plan coordinates. */
export function corners(r: Rect): Vec2[] {
  const w = r.width / 2;
  const d = r.depth / 2;
  return [toPlan(r, -w, -d), toPlan(r, w, -d), toPlan(r, w, d), toPlan(r, -w, d)];
}

/** Whether a plan point lies inside a footprint (with a tolerance in metres). */
export function rectContains(r: Rect, p: Vec2, tolerance = 1e-6): boolean {
  const [lx, lz] = toLocal(r, p[0], p[1]);
  return Math.abs(lx) <= r.width / 2 + tolerance && Math.abs(lz) <= r.depth / 2 + tolerance;
}

/** Area of a simple polygon (shoelace), always positive. */
export function polygonArea(points: readonly Vec2[]): number {
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const a = points[i]!;
    const b = points[(i + 1) % points.length]!;
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return Math.abs(sum) / 2;
}

/** Even-odd point-in-polygon test; points on the edge count as inside. */
export function polygonContains(points: readonly Vec2[], p: Vec2, tolerance = 1e-6): boolean {
  for (let i = 0; i < points.length; i++) {
    if (distanceToSegment(p, points[i]!, points[(i + 1) % points.length]!) <= tolerance) return true;
  }
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const a = points[i]!;
    const b = points[j]!;
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
  }
  return inside;
}

/** Distance from a point to a segment. */
export function distanceToSegment(p: Vec2, a: Vec2, b: Vec2): number {
  const dx = b[0] - a[0];
  const dz = b[1] - a[1];
  const len2 = dx * dx + dz * dz;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dz) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dz));
}

/** How deep two footprints overlap (separating-axis test): 0 when they only touch or are apart. */
export function rectOverlap(a: Rect, b: Rect): number {
  const ca = corners(a);
  const cb = corners(b);
  let min = Infinity;
  for (const r of [a, b]) {
    const t = r.rotation * DEG;
    for (const axis of [
      [Math.cos(t), -Math.sin(t)],
      [Math.sin(t), Math.cos(t)],
    ] as const) {
      const project = (ps: Vec2[]) => ps.map((p) => p[0] * axis[0] + p[1] * axis[1]);
      const pa = project(ca);
      const pb = project(cb);
      const overlap = Math.min(Math.max(...pa), Math.max(...pb)) - Math.max(Math.min(...pa), Math.min(...pb));
      if (overlap <= 0) return 0;
      min = Math.min(min, overlap);
    }
  }
  return min;
}
