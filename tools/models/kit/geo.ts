/**
 * Geometry primitives for the kit: boxes, cylinders, prisms and quads as plain arrays,
 * plus the transforms and merges that builders compose them with. No three.js objects, so
 * the pipeline stays a pure function of the scene data.
 */
import type { Built, CollisionBox, Geo, MaterialName, Parts } from './types.ts';

export type RGB = readonly [number, number, number];
export type V3 = readonly [number, number, number];

export function emptyGeo(): Geo {
  return { positions: [], normals: [], colors: [], indices: [] };
}

/** Appends b to a, in place, and returns a. */
export function append(a: Geo, b: Geo): Geo {
  // Element-wise pushes: spreading (push(...xs)) overflows the call stack on large merged meshes.
  const base = a.positions.length / 3;
  for (const v of b.positions) a.positions.push(v);
  for (const v of b.normals) a.normals.push(v);
  for (const v of b.colors) a.colors.push(v);
  for (const i of b.indices) a.indices.push(i + base);
  return a;
}

/** A new geo holding all of the given ones. */
export function merge(...geos: Geo[]): Geo {
  const out = emptyGeo();
  for (const g of geos) append(out, g);
  return out;
}

/** Rotates about y (radians) then translates; returns a new geo. */
export function place(g: Geo, offset: V3, rotationY = 0): Geo {
  const c = Math.cos(rotationY);
  const s = Math.sin(rotationY);
  const out: Geo = { positions: [], normals: [], colors: g.colors.slice(), indices: g.indices.slice() };
  for (let i = 0; i < g.positions.length; i += 3) {
    const x = g.positions[i]!;
    const y = g.positions[i + 1]!;
    const z = g.positions[i + 2]!;
    out.positions.push(c * x + s * z + offset[0], y + offset[1], -s * x + c * z + offset[2]);
    const nx = g.normals[i]!;
    const ny = g.normals[i + 1]!;
    const nz = g.normals[i + 2]!;
    out.normals.push(c * nx + s * nz, ny, -s * nx + c * nz);
  }
  return out;
}

/** Scales positions (and fixes normals) about the origin; returns a new geo. */
export function scale(g: Geo, k: V3): Geo {
  const out: Geo = { positions: [], normals: [], colors: g.colors.slice(), indices: g.indices.slice() };
  for (let i = 0; i < g.positions.length; i += 3) {
    out.positions.push(g.positions[i]! * k[0], g.positions[i + 1]! * k[1], g.positions[i + 2]! * k[2]);
    const nx = g.normals[i]! / k[0];
    const ny = g.normals[i + 1]! / k[1];
    const nz = g.normals[i + 2]! / k[2];
    const l = Math.hypot(nx, ny, nz) || 1;
    out.normals.push(nx / l, ny / l, nz / l);
  }
  return out;
}

function pushQuad(g: Geo, a: V3, b: V3, c: V3, d: V3, n: V3, color: RGB): void {
  const base = g.positions.length / 3;
  for (const p of [a, b, c, d]) {
    g.positions.push(p[0], p[1], p[2]);
    g.normals.push(n[0], n[1], n[2]);
    g.colors.push(color[0], color[1], color[2]);
  }
  g.indices.push(base, base + 1, base + 2, base, base + 2, base + 3);
}

function faceNormal(a: V3, b: V3, c: V3): V3 {
  const ux = b[0] - a[0],
    uy = b[1] - a[1],
    uz = b[2] - a[2];
  const vx = c[0] - a[0],
    vy = c[1] - a[1],
    vz = c[2] - a[2];
  const nx = uy * vz - uz * vy,
    ny = uz * vx - ux * vz,
    nz = ux * vy - uy * vx;
  const l = Math.hypot(nx, ny, nz) || 1;
  return [nx / l, ny / l, nz / l];
}

/** A flat quad from four corners given counter-clockwise as seen from the side it faces. */
export function quad(a: V3, b: V3, c: V3, d: V3, color: RGB): Geo {
  const g = emptyGeo();
  pushQuad(g, a, b, c, d, faceNormal(a, b, c), color);
  return g;
}

/** A triangle, counter-clockwise as seen from the side it faces. */
export function triangle(a: V3, b: V3, c: V3, color: RGB): Geo {
  const g = emptyGeo();
  const n = faceNormal(a, b, c);
  for (const p of [a, b, c]) {
    g.positions.push(p[0], p[1], p[2]);
    g.normals.push(n[0], n[1], n[2]);
    g.colors.push(color[0], color[1], color[2]);
  }
  g.indices.push(0, 1, 2);
  return g;
}

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
 * A vertical cylinder or cone frustum standing on `base` (its bottom centre), smooth-shaded sides,
 * with a top cap when radiusTop > 0.
 */
export function cylinder(radiusBottom: number, radiusTop: number, height: number, segments: number, base: V3, color: RGB): Geo {
  const g = emptyGeo();
  const slope = (radiusBottom - radiusTop) / height;
  for (let i = 0; i <= segments; i++) {
    const a = (i / segments) * Math.PI * 2;
    const c = Math.cos(a),
      s = Math.sin(a);
    const l = Math.hypot(1, slope);
    for (const [r, y] of [
      [radiusBottom, 0],
      [radiusTop, height],
    ] as const) {
      g.positions.push(base[0] + c * r, base[1] + y, base[2] + s * r);
      g.normals.push(c / l, slope / l, s / l);
      g.colors.push(color[0], color[1], color[2]);
    }
  }
  for (let i = 0; i < segments; i++) {
    const a = i * 2,
      b = a + 1,
      c = a + 2,
      d = a + 3;
    g.indices.push(a, b, c, c, b, d);
  }
  if (radiusTop > 0) {
    const top = g.positions.length / 3;
    g.positions.push(base[0], base[1] + height, base[2]);
    g.normals.push(0, 1, 0);
    g.colors.push(color[0], color[1], color[2]);
    for (let i = 0; i <= segments; i++) {
      const a = (i / segments) * Math.PI * 2;
      g.positions.push(base[0] + Math.cos(a) * radiusTop, base[1] + height, base[2] + Math.sin(a) * radiusTop);
      g.normals.push(0, 1, 0);
      g.colors.push(color[0], color[1], color[2]);
    }
    for (let i = 0; i < segments; i++) g.indices.push(top, top + 2 + i, top + 1 + i);
  }
  return g;
}

/** A cylinder lying along x (wheels, pipes), capped at both ends: built standing, then turned. */
export function cylinderX(radius: number, length: number, segments: number, center: V3, color: RGB): Geo {
  const g = cylinder(radius, radius, length, segments, [0, -length / 2, 0], color);
  // Rotate -90° about z: (x, y, z) -> (y, -x, z), normals alike. The top cap ends up at +x.
  const out = emptyGeo();
  for (let i = 0; i < g.positions.length; i += 3) {
    out.positions.push(g.positions[i + 1]! + center[0], -g.positions[i]! + center[1], g.positions[i + 2]! + center[2]);
    out.normals.push(g.normals[i + 1]!, -g.normals[i]!, g.normals[i + 2]!);
  }
  out.colors = g.colors.slice();
  out.indices = g.indices.slice();
  // The cap at -x, facing -x: a fan, counter-clockwise as seen from -x.
  const x = center[0] - length / 2;
  const top = out.positions.length / 3;
  out.positions.push(x, center[1], center[2]);
  out.normals.push(-1, 0, 0);
  out.colors.push(color[0], color[1], color[2]);
  for (let i = 0; i <= segments; i++) {
    const a = (i / segments) * Math.PI * 2;
    // Same ring as the side's (the side's (c·r, y, s·r) turned: y' = -c·r, z' = s·r).
    out.positions.push(x, center[1] - Math.cos(a) * radius, center[2] + Math.sin(a) * radius);
    out.normals.push(-1, 0, 0);
    out.colors.push(color[0], color[1], color[2]);
  }
  for (let i = 0; i < segments; i++) out.indices.push(top, top + 1 + i, top + 2 + i);
  return out;
}

/** A cylinder lying along z (steering wheels, discs facing front), capped at both ends. */
export function cylinderZ(radius: number, length: number, segments: number, center: V3, color: RGB): Geo {
  return place(cylinderX(radius, length, segments, [0, 0, 0], color), center, Math.PI / 2);
}

/** Appends a flat convex polygon, fanned, wound counter-clockwise around the outward normal n. */
function pushPolygon(g: Geo, pts: readonly V3[], n: V3, color: RGB): void {
  const p0 = pts[0]!,
    p1 = pts[1]!,
    p2 = pts[2]!;
  const f = faceNormal(p0, p1, p2);
  const ordered = f[0] * n[0] + f[1] * n[1] + f[2] * n[2] >= 0 ? pts : pts.slice().reverse();
  const base = g.positions.length / 3;
  for (const p of ordered) {
    g.positions.push(p[0], p[1], p[2]);
    g.normals.push(n[0], n[1], n[2]);
    g.colors.push(color[0], color[1], color[2]);
  }
  for (let i = 1; i + 1 < ordered.length; i++) g.indices.push(base, base + i, base + i + 1);
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

/** Colours every vertex of a geo. */
export function paint(g: Geo, color: RGB): Geo {
  const out = { ...g, colors: [] as number[] };
  for (let i = 0; i < g.positions.length; i += 3) out.colors.push(color[0], color[1], color[2]);
  return out;
}

/** Adds geometry to one material of a parts set, in place. */
export function add(parts: Parts, material: MaterialName, ...geos: Geo[]): Parts {
  const target = (parts[material] ??= emptyGeo());
  for (const g of geos) append(target, g);
  return parts;
}

/** Places every part and collision box of a built object; returns a new one. */
export function placeBuilt(b: Built, offset: V3, rotationY = 0): Built {
  const parts: Parts = {};
  for (const [m, g] of Object.entries(b.parts) as [MaterialName, Geo][]) parts[m] = place(g, offset, rotationY);
  const c = Math.cos(rotationY),
    s = Math.sin(rotationY);
  const collision: CollisionBox[] = b.collision.map((k) => ({
    center: [
      c * k.center[0] + s * k.center[2] + offset[0],
      k.center[1] + offset[1],
      -s * k.center[0] + c * k.center[2] + offset[2],
    ],
    size: k.size,
    rotationY: k.rotationY + rotationY,
  }));
  return { parts, collision };
}

/** Merges built objects into one. */
export function mergeBuilt(...items: Built[]): Built {
  const parts: Parts = {};
  const collision: CollisionBox[] = [];
  for (const b of items) {
    for (const [m, g] of Object.entries(b.parts) as [MaterialName, Geo][]) add(parts, m, g);
    collision.push(...b.collision);
  }
  return { parts, collision };
}

/** A collision box helper mirroring `box`. */
export function solid(size: V3, center: V3, rotationY = 0): CollisionBox {
  return { center: [center[0], center[1], center[2]], size: [size[0], size[1], size[2]], rotationY };
}

/** Number of triangles of a parts set. */
export function triangleCount(parts: Parts): number {
  let n = 0;
  for (const g of Object.values(parts)) n += g ? g.indices.length / 3 : 0;
  return n;
}

// ---------------------------------------------------------------------------------------------
// Additions for the site kit (structures, arenas, landscape, ground). Existing signatures above
// are unchanged.

function sub(a: V3, b: V3): [number, number, number] {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}
function cross(a: V3, b: V3): [number, number, number] {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}
function norm(a: V3): [number, number, number] {
  const l = Math.hypot(a[0], a[1], a[2]) || 1;
  return [a[0] / l, a[1] / l, a[2] / l];
}

/** Pushes a quad facing `n`, whatever the order its corners were given in (around the rim). */
function pushFacing(g: Geo, a: V3, b: V3, c: V3, d: V3, n: V3, color: RGB): void {
  const x = cross(sub(b, a), sub(c, a));
  if (x[0] * n[0] + x[1] * n[1] + x[2] * n[2] >= 0) pushQuad(g, a, b, c, d, n, color);
  else pushQuad(g, d, c, b, a, n, color);
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

/** The geo plus a copy facing the other way (reversed winding, flipped normals): thin sheets seen from both sides. */
export function doubleSided(g: Geo): Geo {
  const back: Geo = { positions: g.positions.slice(), normals: g.normals.map((v) => -v), colors: g.colors.slice(), indices: [] };
  for (let i = 0; i < g.indices.length; i += 3) back.indices.push(g.indices[i]!, g.indices[i + 2]!, g.indices[i + 1]!);
  return merge(g, back);
}

/**
 * A smooth tube through `points` (bottom to top), one radius per point, `segments` around;
 * with a flat cap at the last point when `cap` is set. Trunks, bent poles.
 */
export function tube(points: readonly V3[], radii: readonly number[], segments: number, color: RGB, cap = false): Geo {
  const g = emptyGeo();
  const n = points.length;
  for (let i = 0; i < n; i++) {
    const p = points[i]!;
    const prev = points[Math.max(0, i - 1)]!;
    const next = points[Math.min(n - 1, i + 1)]!;
    const t = norm(sub(next, prev));
    const ref: V3 = Math.abs(t[0]) > 0.9 ? [0, 0, 1] : [1, 0, 0];
    const u = norm(cross(t, ref));
    const v = norm(cross(t, u));
    const r = radii[i] ?? radii[radii.length - 1] ?? 0.1;
    for (let k = 0; k <= segments; k++) {
      const a = (k / segments) * Math.PI * 2;
      const c = Math.cos(a),
        s = Math.sin(a);
      const dir: V3 = [u[0] * c + v[0] * s, u[1] * c + v[1] * s, u[2] * c + v[2] * s];
      g.positions.push(p[0] + dir[0] * r, p[1] + dir[1] * r, p[2] + dir[2] * r);
      g.normals.push(dir[0], dir[1], dir[2]);
      g.colors.push(color[0], color[1], color[2]);
    }
  }
  const ring = segments + 1;
  for (let i = 0; i < n - 1; i++) {
    for (let k = 0; k < segments; k++) {
      const a = i * ring + k,
        b = a + 1,
        c = a + ring,
        d = c + 1;
      // Orient outward: check against the normal of the first vertex.
      const pa: V3 = [g.positions[a * 3]!, g.positions[a * 3 + 1]!, g.positions[a * 3 + 2]!];
      const pb: V3 = [g.positions[b * 3]!, g.positions[b * 3 + 1]!, g.positions[b * 3 + 2]!];
      const pc: V3 = [g.positions[c * 3]!, g.positions[c * 3 + 1]!, g.positions[c * 3 + 2]!];
      const x = cross(sub(pb, pa), sub(pc, pa));
      const dot = x[0] * g.normals[a * 3]! + x[1] * g.normals[a * 3 + 1]! + x[2] * g.normals[a * 3 + 2]!;
      if (dot >= 0) g.indices.push(a, b, c, c, b, d);
      else g.indices.push(a, c, b, c, d, b);
    }
  }
  if (cap && n >= 2) {
    const top = points[n - 1]!;
    const t = norm(sub(top, points[n - 2]!));
    const centre = g.positions.length / 3;
    g.positions.push(top[0], top[1], top[2]);
    g.normals.push(t[0], t[1], t[2]);
    g.colors.push(color[0], color[1], color[2]);
    const first = (n - 1) * ring;
    for (let k = 0; k <= segments; k++) {
      const j = (first + k) * 3;
      g.positions.push(g.positions[j]!, g.positions[j + 1]!, g.positions[j + 2]!);
      g.normals.push(t[0], t[1], t[2]);
      g.colors.push(color[0], color[1], color[2]);
    }
    for (let k = 0; k < segments; k++) {
      const a = centre + 1 + k,
        b = a + 1;
      const pa: V3 = [g.positions[a * 3]!, g.positions[a * 3 + 1]!, g.positions[a * 3 + 2]!];
      const pb: V3 = [g.positions[b * 3]!, g.positions[b * 3 + 1]!, g.positions[b * 3 + 2]!];
      const x = cross(sub(pa, top), sub(pb, top));
      if (x[0] * t[0] + x[1] * t[1] + x[2] * t[2] >= 0) g.indices.push(centre, a, b);
      else g.indices.push(centre, b, a);
    }
  }
  return g;
}

/** A flat convex polygon (a fan from its first corner) facing `normal`; corners in order around the rim. */
export function fan(points: readonly V3[], normal: V3, color: RGB): Geo {
  const g = emptyGeo();
  for (const p of points) {
    g.positions.push(p[0], p[1], p[2]);
    g.normals.push(normal[0], normal[1], normal[2]);
    g.colors.push(color[0], color[1], color[2]);
  }
  const p0 = points[0]!;
  for (let i = 1; i + 1 < points.length; i++) {
    const x = cross(sub(points[i]!, p0), sub(points[i + 1]!, p0));
    if (x[0] * normal[0] + x[1] * normal[1] + x[2] * normal[2] >= 0) g.indices.push(0, i, i + 1);
    else g.indices.push(0, i + 1, i);
  }
  return g;
}

/** A flat disc facing up at height y (beds, bases), `segments` triangles. */
export function disc(radius: number, segments: number, center: V3, color: RGB): Geo {
  const pts: V3[] = [];
  for (let i = 0; i < segments; i++) {
    const a = (i / segments) * Math.PI * 2;
    pts.push([center[0] + Math.cos(a) * radius, center[1], center[2] + Math.sin(a) * radius]);
  }
  return fan(pts, [0, 1, 0], color);
}

/** Appends geos to a target in place with plain loops (safe for very large arrays); returns the target. */
export function appendAll(target: Geo, ...geos: Geo[]): Geo {
  for (const g of geos) {
    const base = target.positions.length / 3;
    for (const v of g.positions) target.positions.push(v);
    for (const v of g.normals) target.normals.push(v);
    for (const v of g.colors) target.colors.push(v);
    for (const i of g.indices) target.indices.push(i + base);
  }
  return target;
}
