/**
 * Where the ground's shade bends inside its big triangles: the flat ground triangles are sampled on
 * a grid of probes (the same rays as the vertices will get), and a probe is marked where it is off
 * the mean of its neighbours by more than a trace: the edge of a shadow, the foot of a booth. A
 * steady slope is not marked (it interpolates well as it is), nor open sand.
 */
import type { Sampler } from './sampler.ts';

export interface Mask {
  /** Whether a marked probe lies in the plan rectangle [xa, xb] × [za, zb]. */
  near: (xa: number, xb: number, za: number, zb: number) => boolean;
  /** Probes on the ground, and how many are marked. */
  probes: number;
  marked: number;
}

/**
 * `flat`: the flat ground triangles in world space (nine numbers each); `step`: probe spacing;
 * `threshold`: the bend in shade that counts.
 */
export function shadeMask(flat: readonly number[], sample: Sampler, step: number, threshold: number): Mask {
  let minX = Infinity,
    minZ = Infinity,
    maxX = -Infinity,
    maxZ = -Infinity;
  for (let i = 0; i < flat.length; i += 3) {
    minX = Math.min(minX, flat[i]!);
    maxX = Math.max(maxX, flat[i]!);
    minZ = Math.min(minZ, flat[i + 2]!);
    maxZ = Math.max(maxZ, flat[i + 2]!);
  }
  if (!flat.length) return { near: () => false, probes: 0, marked: 0 };
  const x0 = Math.floor(minX / step) * step,
    z0 = Math.floor(minZ / step) * step;
  const nx = Math.ceil((maxX - x0) / step) + 1,
    nz = Math.ceil((maxZ - z0) / step) + 1;
  // The height of the highest flat triangle over each probe (paving over sand), NaN where none.
  const height = new Float64Array(nx * nz).fill(NaN);
  for (let t = 0; t < flat.length; t += 9) {
    const ax = flat[t]!,
      az = flat[t + 2]!,
      bx = flat[t + 3]!,
      bz = flat[t + 5]!,
      cx = flat[t + 6]!,
      cz = flat[t + 8]!;
    const y = flat[t + 1]!;
    const det = (bx - ax) * (cz - az) - (cx - ax) * (bz - az);
    if (Math.abs(det) < 1e-12) continue;
    const i0 = Math.max(0, Math.ceil((Math.min(ax, bx, cx) - x0) / step)),
      i1 = Math.min(nx - 1, Math.floor((Math.max(ax, bx, cx) - x0) / step));
    const j0 = Math.max(0, Math.ceil((Math.min(az, bz, cz) - z0) / step)),
      j1 = Math.min(nz - 1, Math.floor((Math.max(az, bz, cz) - z0) / step));
    for (let j = j0; j <= j1; j++)
      for (let i = i0; i <= i1; i++) {
        const px = x0 + i * step,
          pz = z0 + j * step;
        const u = ((px - ax) * (cz - az) - (cx - ax) * (pz - az)) / det;
        const v = ((bx - ax) * (pz - az) - (px - ax) * (bz - az)) / det;
        if (u < -1e-6 || v < -1e-6 || u + v > 1 + 1e-6) continue;
        const k = j * nx + i;
        if (!(height[k]! >= y)) height[k] = y;
      }
  }
  const value = new Float64Array(nx * nz).fill(NaN);
  let probes = 0;
  for (let k = 0; k < nx * nz; k++) {
    if (Number.isNaN(height[k]!)) continue;
    value[k] = sample(x0 + (k % nx) * step, height[k]!, z0 + Math.floor(k / nx) * step, 0, 1, 0);
    probes++;
  }
  // A probe is marked where the shade bends: off the mean of its two neighbours along x or z by more
  // than `threshold` (a steady slope, as a hall's shade fading over 30 m, interpolates well as it is).
  const at = (i: number, j: number): number => (i < 0 || j < 0 || i >= nx || j >= nz ? NaN : value[j * nx + i]!);
  const bends = (v: number, a: number, b: number): boolean =>
    Number.isNaN(a) || Number.isNaN(b)
      ? Math.abs((Number.isNaN(a) ? b : a) - v) > threshold
      : Math.abs(v - (a + b) / 2) > threshold;
  // Summed-area table of the marked probes: any marked in a rectangle in O(1).
  const sat = new Int32Array((nx + 1) * (nz + 1));
  let marked = 0;
  for (let j = 0; j < nz; j++)
    for (let i = 0; i < nx; i++) {
      const v = value[j * nx + i]!;
      const m = !Number.isNaN(v) && (bends(v, at(i - 1, j), at(i + 1, j)) || bends(v, at(i, j - 1), at(i, j + 1))) ? 1 : 0;
      marked += m;
      sat[(j + 1) * (nx + 1) + i + 1] = m + sat[j * (nx + 1) + i + 1]! + sat[(j + 1) * (nx + 1) + i]! - sat[j * (nx + 1) + i]!;
    }
  const near = (xa: number, xb: number, za: number, zb: number): boolean => {
    const i0 = Math.max(0, Math.ceil((xa - x0) / step)),
      i1 = Math.min(nx - 1, Math.floor((xb - x0) / step));
    const j0 = Math.max(0, Math.ceil((za - z0) / step)),
      j1 = Math.min(nz - 1, Math.floor((zb - z0) / step));
    if (i0 > i1 || j0 > j1) return false;
    const W = nx + 1;
    return sat[(j1 + 1) * W + i1 + 1]! - sat[j0 * W + i1 + 1]! - sat[(j1 + 1) * W + i0]! + sat[j0 * W + i0]! > 0;
  };
  return { near, probes, marked };
}
