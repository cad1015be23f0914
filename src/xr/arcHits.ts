/**
 * The teleport arc against the collision world's solid boxes (./teleport.ts): which boxes lie under
 * the arc's line on the plan, and where a straight piece of the arc first enters one, by its footprint
 * and its height. Allocation-free: it runs every frame while the visitor aims.
 */
import type { Obstacle } from '../walk/obstacles.ts';
import { segmentRectangleDistance } from '../walk/planDistances.ts';

/**
 * A solid at least this tall is a building's wall (halls' eaves are 3.6 to 4.4 m; booth walls 2.5 m,
 * the fence 2.1 m): the arc cannot pass over it, its roof being out of the collision world.
 */
export const BUILDING_WALL = 3;

/** Scratch: the obstacles under the arc's plan line, and the clip of a segment by a box. */
let candidates = new Int32Array(64);
const clip = { t0: 0, t1: 1 };

/** Lists into `candidates` the solids whose footprint the plan segment a–b meets; returns how many. */
export function gatherUnder(solids: readonly Obstacle[], ax: number, az: number, bx: number, bz: number): number {
  if (candidates.length < solids.length) candidates = new Int32Array(solids.length);
  let count = 0;
  for (let i = 0; i < solids.length; i++) {
    const o = solids[i]!;
    const c = Math.cos(o.rot);
    const s = Math.sin(o.rot);
    const wax = ax - o.cx;
    const waz = az - o.cz;
    const wbx = bx - o.cx;
    const wbz = bz - o.cz;
    if (segmentRectangleDistance(c * wax - s * waz, s * wax + c * waz, c * wbx - s * wbz, s * wbx + c * wbz, o.hx, o.hz) === 0)
      candidates[count++] = i;
  }
  return count;
}

/**
 * Where along the straight segment p0–p1 (0 … 1) it first enters one of the listed solid boxes; over 1
 * when it enters none. Exact: the segment is clipped to the box's footprint, then to its height range.
 */
export function firstHit(
  solids: readonly Obstacle[],
  count: number,
  x0: number,
  y0: number,
  z0: number,
  x1: number,
  y1: number,
  z1: number,
): number {
  let best = 2;
  for (let k = 0; k < count; k++) {
    const o = solids[candidates[k]!]!;
    const c = Math.cos(o.rot);
    const s = Math.sin(o.rot);
    const ax = x0 - o.cx;
    const az = z0 - o.cz;
    const bx = x1 - o.cx;
    const bz = z1 - o.cz;
    if (!clipToBox(c * ax - s * az, s * ax + c * az, c * bx - s * bz, s * bx + c * bz, o.hx, o.hz)) continue;
    // Within the footprint for t in [t0, t1]; y is linear along the chord.
    let lo = clip.t0;
    let hi = clip.t1;
    const top = o.maxY >= BUILDING_WALL ? Infinity : o.maxY;
    const dy = y1 - y0;
    if (dy === 0) {
      if (y0 < o.minY || y0 > top) continue;
    } else {
      const ta = (o.minY - y0) / dy;
      const tb = (top - y0) / dy;
      lo = Math.max(lo, Math.min(ta, tb));
      hi = Math.min(hi, Math.max(ta, tb));
      if (lo > hi) continue;
    }
    if (lo < best) best = lo;
  }
  return best;
}

/** Liang–Barsky: the part [t0, t1] of segment a–b inside [−hx, hx] × [−hz, hz], into `clip`; false if none. */
function clipToBox(ax: number, az: number, bx: number, bz: number, hx: number, hz: number): boolean {
  clip.t0 = 0;
  clip.t1 = 1;
  const dx = bx - ax;
  const dz = bz - az;
  return clipSide(-dx, ax + hx) && clipSide(dx, hx - ax) && clipSide(-dz, az + hz) && clipSide(dz, hz - az);
}

/** One side of the box for clipToBox: the segment's points with p·t ≤ q are inside it. */
function clipSide(p: number, q: number): boolean {
  if (p === 0) return q >= 0;
  const t = q / p;
  if (p < 0) clip.t0 = Math.max(clip.t0, t);
  else clip.t1 = Math.min(clip.t1, t);
  return clip.t0 <= clip.t1;
}

/** Point in polygon (crossing number), as the collision world tests its boundary; true when there is none. */
export function insidePolygon(boundary: readonly (readonly [number, number])[], x: number, z: number): boolean {
  if (boundary.length < 3) return true;
  let inside = false;
  for (let i = 0, j = boundary.length - 1; i < boundary.length; j = i++) {
    const [xi, zi] = boundary[i]!;
    const [xj, zj] = boundary[j]!;
    if (zi > z !== zj > z && x < xi + ((z - zi) * (xj - xi)) / (zj - zi)) inside = !inside;
  }
  return inside;
}
