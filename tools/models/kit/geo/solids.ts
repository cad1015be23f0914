/** Straight-edged solids: boxes, prisms from a side or front profile, and bars between two points. */
import type { Geo } from '../types.ts';
import { emptyGeo, place, type RGB, type V3 } from './mesh.ts';
import { pushFacing, pushPolygon, pushQuad } from './faces.ts';
import { cross, norm, sub } from './vector.ts';

/**
 * An axis-aligned box of the given size centred at `center`, turned by rotationY about its centre.
 * `bottom: false` leaves out the face that sits on the ground (never seen, saves triangles).
 */
export function box(size: V3, center: V3, color: RGB, rotationY = 0, bottom = false): Geo {
  const [w, h, d] = [size[0] / 2, size[1] / 2, size[2] / 2];
  const g = emptyGeo();
  const P = (x: number, y: number, z: number): V3 => [x, y, z];
  pushQuad(g, P(-w, -h, d), P(w, -h, d), P(w, h, d), P(-w, h, d), [0, 0, 1], color);
  pushQuad(g, P(w, -h, -d), P(-w, -h, -d), P(-w, h, -d), P(w, h, -d), [0, 0, -1], color);
  pushQuad(g, P(w, -h, d), P(w, -h, -d), P(w, h, -d), P(w, h, d), [1, 0, 0], color);
  pushQuad(g, P(-w, -h, -d), P(-w, -h, d), P(-w, h, d), P(-w, h, -d), [-1, 0, 0], color);
  pushQuad(g, P(-w, h, d), P(w, h, d), P(w, h, -d), P(-w, h, -d), [0, 1, 0], color);
  if (bottom) pushQuad(g, P(-w, -h, -d), P(w, -h, -d), P(w, -h, d), P(-w, -h, d), [0, -1, 0], color);
  return place(g, center, rotationY);
}

/** A box given by its min and max corners (axis-aligned). */
export function boxMinMax(min: V3, max: V3, color: RGB): Geo {
  return box(
    [max[0] - min[0], max[1] - min[1], max[2] - min[2]],
    [(min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2],
    color,
  );
}

/**
 * An axis-aligned box between two opposite corners (in any order, so mirrored coordinates are safe),
 * with its bottom face when `bottom` is set (for things seen from below: roofs, headers, overhangs).
 */
export function boxBetween(a: V3, b: V3, color: RGB, bottom = false): Geo {
  return box(
    [Math.abs(b[0] - a[0]), Math.abs(b[1] - a[1]), Math.abs(b[2] - a[2])],
    [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2],
    color,
    0,
    bottom,
  );
}

/**
 * A prism: a convex polygon given in the (z, y) plane (a side view: z toward the front, y up), extruded
 * along x from x0 to x1. For side profiles: car bodies, windscreens, ramps, slanted bars. Points in either
 * winding. `faceColors[i]` colours the face from point i to point i + 1 (null leaves it out, e.g. a face
 * on the ground or against another part); `capColor` the two ends (null leaves them out).
 */
export function prismX(
  profile: ReadonlyArray<readonly [number, number]>,
  x0: number,
  x1: number,
  color: RGB,
  faceColors?: ReadonlyArray<RGB | null>,
  capColor: RGB | null = color,
): Geo {
  const g = emptyGeo();
  const n = profile.length;
  let area = 0;
  for (let i = 0; i < n; i++) {
    const [za, ya] = profile[i]!;
    const [zb, yb] = profile[(i + 1) % n]!;
    area += za * yb - zb * ya;
  }
  const sign = area >= 0 ? 1 : -1;
  for (let i = 0; i < n; i++) {
    const fc = faceColors ? faceColors[i] : color;
    if (fc === null) continue;
    const [za, ya] = profile[i]!;
    const [zb, yb] = profile[(i + 1) % n]!;
    // Outward normal of the edge in (z, y): the edge direction turned clockwise for a counter-clockwise outline.
    const dz = zb - za,
      dy = yb - ya;
    const l = Math.hypot(dz, dy) || 1;
    const nrm: V3 = [0, (-dz / l) * sign, (dy / l) * sign];
    pushPolygon(
      g,
      [
        [x0, ya, za],
        [x1, ya, za],
        [x1, yb, zb],
        [x0, yb, zb],
      ],
      nrm,
      fc ?? color,
    );
  }
  if (capColor) {
    pushPolygon(
      g,
      profile.map(([z, y]): V3 => [x1, y, z]),
      [1, 0, 0],
      capColor,
    );
    pushPolygon(
      g,
      profile.map(([z, y]): V3 => [x0, y, z]),
      [-1, 0, 0],
      capColor,
    );
  }
  return g;
}

/**
 * A prism: a convex polygon given in the (x, y) plane (a front view), extruded along z from z0 to z1.
 * `faceColors[i]` colours the face from point i to point i + 1 (null leaves it out).
 */
export function prismZ(
  profile: ReadonlyArray<readonly [number, number]>,
  z0: number,
  z1: number,
  color: RGB,
  faceColors?: ReadonlyArray<RGB | null>,
  capColor: RGB | null = color,
): Geo {
  // Built along x with u = -x, then turned -90° about y: (X, y, u) -> (-u, y, X) = (x, y, z).
  const g = prismX(
    profile.map(([x, y]) => [-x, y] as const),
    z0,
    z1,
    color,
    faceColors,
    capColor,
  );
  return place(g, [0, 0, 0], -Math.PI / 2);
}

/**
 * A straight bar from `a` to `b` (rafters, braces, ramps, poles at an angle) with a rectangular
 * cross-section: `width` across, `height` in the vertical plane through the bar. 12 triangles.
 */
export function beam(a: V3, b: V3, width: number, height: number, color: RGB): Geo {
  const d = norm(sub(b, a));
  const ref: V3 = Math.abs(d[1]) > 0.99 ? [0, 0, 1] : [0, 1, 0];
  const side = norm(cross(d, ref));
  const up = norm(cross(side, d));
  const w = width / 2,
    h = height / 2;
  const corner = (p: V3, sw: number, sh: number): V3 => [
    p[0] + side[0] * sw * w + up[0] * sh * h,
    p[1] + side[1] * sw * w + up[1] * sh * h,
    p[2] + side[2] * sw * w + up[2] * sh * h,
  ];
  const g = emptyGeo();
  const faces: [number, number, V3][] = [
    [1, 0, side],
    [-1, 0, [-side[0], -side[1], -side[2]]],
    [0, 1, up],
    [0, -1, [-up[0], -up[1], -up[2]]],
  ];
  for (const [sw, sh, n] of faces) {
    // The two corners of this face at each end.
    const [p1, p2]: [number, number][] =
      sw !== 0
        ? [
            [sw, -1],
            [sw, 1],
          ]
        : [
            [-1, sh],
            [1, sh],
          ];
    pushFacing(
      g,
      corner(a, p1![0], p1![1]),
      corner(b, p1![0], p1![1]),
      corner(b, p2![0], p2![1]),
      corner(a, p2![0], p2![1]),
      n,
      color,
    );
  }
  const back: V3 = [-d[0], -d[1], -d[2]];
  pushFacing(g, corner(a, -1, -1), corner(a, 1, -1), corner(a, 1, 1), corner(a, -1, 1), back, color);
  pushFacing(g, corner(b, -1, -1), corner(b, 1, -1), corner(b, 1, 1), corner(b, -1, 1), d, color);
  return g;
}
