/**
 * The rays at one point: ambient occlusion over a fixed hemisphere about its normal (anything within
 * a few metres darkens it, the nearer the darker; beyond that, only what hides the sky: roofs,
 * canopies, walls of a hall seen from close), and the sun seen through a small fixed cone (soft
 * shadow edges). Returns the point's shade (./light.ts).
 */
import type { Bvh } from './bvh.ts';
import { hemisphere, tangents, type Dir } from './directions.ts';
import { shade } from './light.ts';

export interface SamplerOptions {
  /** Occluders. */
  bvh: Bvh;
  /** Directions toward the sun (unit), or none: the sun is not traced (cosSun still counts). */
  sun: Dir[];
  /** The sun's central direction, for cosSun. */
  sunAxis: Dir;
  /** Metres over which a nearby occluder darkens, the nearer the more. */
  near: number;
  /** Metres to which something above hides the sky. */
  sky: number;
  /** How much a hidden sky direction takes away, against 1 for a contact. */
  skyWeight: number;
  /** Metres the ray origins are lifted off the surface (past coplanar overlays such as paving). */
  lift: number;
  /** The plane y = 0 occludes too (an instanced object baked alone, standing on the ground). */
  groundPlane: boolean;
  /** Hemisphere size. */
  rays: number;
  /**
   * The sun's cosine averaged over every turn about y (an instanced object's copies face every way),
   * instead of the cosine at this orientation. Nothing is traced toward the sun then.
   */
  anyHeading?: boolean;
}

/** The mean of max(0, n·l) over every rotation of n about y, for the unit sun direction l. */
export function averageCosine(nx: number, ny: number, nz: number, l: Dir): number {
  const h = Math.hypot(nx, nz) * Math.hypot(l[0], l[2]);
  const v = ny * l[1];
  if (v >= h) return v;
  if (v <= -h) return 0;
  const alpha = Math.acos(-v / h);
  return (h * Math.sin(alpha) + v * alpha) / Math.PI;
}

export type Sampler = (px: number, py: number, pz: number, nx: number, ny: number, nz: number) => number;

export function sampler(o: SamplerOptions): Sampler {
  const hemi = hemisphere(o.rays);
  const { bvh, near, sky, skyWeight, lift, groundPlane } = o;
  const [sx, sy, sz] = o.sunAxis;
  /** How far an upward ray from height y can still meet something. */
  const reach = (y: number, dy: number, limit: number): number => (dy > 0 ? Math.min(limit, (bvh.top - y) / dy + 1e-3) : limit);
  return (px, py, pz, nx, ny, nz) => {
    const [t, b] = tangents(nx, ny, nz);
    const ox = px + nx * lift,
      oy = py + ny * lift,
      oz = pz + nz * lift;
    let occ = 0;
    for (const [hx, hy, hz] of hemi) {
      const dx = t[0] * hx + nx * hy + b[0] * hz,
        dy = t[1] * hx + ny * hy + b[1] * hz,
        dz = t[2] * hx + nz * hy + b[2] * hz;
      let hit = bvh.nearest(ox, oy, oz, dx, dy, dz, 1e-4, near);
      if (groundPlane && dy < 0 && oy >= 0) hit = Math.min(hit, -oy / dy);
      if (hit < near) occ += 1 - hit / near;
      else if (dy > 0.02) {
        const far = reach(oy, dy, sky);
        if (far > near) occ += skyWeight * bvh.blocked(ox, oy, oz, dx, dy, dz, near, far);
      }
    }
    const ao = 1 - occ / hemi.length;
    const cosSun = o.anyHeading ? averageCosine(nx, ny, nz, o.sunAxis) : nx * sx + ny * sy + nz * sz;
    let seen = 1;
    if (cosSun > 0 && o.sun.length && !o.anyHeading) {
      let blocked = 0;
      for (const [dx, dy, dz] of o.sun) blocked += bvh.blocked(ox, oy, oz, dx, dy, dz, 1e-4, reach(oy, dy, 400));
      seen = 1 - blocked / o.sun.length;
    }
    return shade(ny, cosSun, ao, seen);
  };
}
