/** Round solids: cylinders and cones standing or lying, and tubes along a path. */
import type { Geo } from '../types.ts';
import { emptyGeo, place, pushVertex, type RGB, type V3 } from './mesh.ts';
import { cross, dot, norm, sub } from './vector.ts';

/** The i-th 3-vector of a flat array (positions or normals). */
function vertexAt(positions: readonly number[], i: number): V3 {
  return [positions[i * 3]!, positions[i * 3 + 1]!, positions[i * 3 + 2]!];
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
      pushVertex(g, [base[0] + c * r, base[1] + y, base[2] + s * r], [c / l, slope / l, s / l], color);
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
    pushVertex(g, [base[0], base[1] + height, base[2]], [0, 1, 0], color);
    for (let i = 0; i <= segments; i++) {
      const a = (i / segments) * Math.PI * 2;
      pushVertex(g, [base[0] + Math.cos(a) * radiusTop, base[1] + height, base[2] + Math.sin(a) * radiusTop], [0, 1, 0], color);
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
  pushVertex(out, [x, center[1], center[2]], [-1, 0, 0], color);
  for (let i = 0; i <= segments; i++) {
    const a = (i / segments) * Math.PI * 2;
    // Same ring as the side's (the side's (c·r, y, s·r) turned: y' = -c·r, z' = s·r).
    pushVertex(out, [x, center[1] - Math.cos(a) * radius, center[2] + Math.sin(a) * radius], [-1, 0, 0], color);
  }
  for (let i = 0; i < segments; i++) out.indices.push(top, top + 1 + i, top + 2 + i);
  return out;
}

/** A cylinder lying along z (steering wheels, discs facing front), capped at both ends. */
export function cylinderZ(radius: number, length: number, segments: number, center: V3, color: RGB): Geo {
  return place(cylinderX(radius, length, segments, [0, 0, 0], color), center, Math.PI / 2);
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
      pushVertex(g, [p[0] + dir[0] * r, p[1] + dir[1] * r, p[2] + dir[2] * r], dir, color);
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
      const pa = vertexAt(g.positions, a);
      const x = cross(sub(vertexAt(g.positions, b), pa), sub(vertexAt(g.positions, c), pa));
      if (dot(x, vertexAt(g.normals, a)) >= 0) g.indices.push(a, b, c, c, b, d);
      else g.indices.push(a, c, b, c, d, b);
    }
  }
  if (cap && n >= 2) {
    const top = points[n - 1]!;
    const t = norm(sub(top, points[n - 2]!));
    const centre = g.positions.length / 3;
    pushVertex(g, top, t, color);
    const first = (n - 1) * ring;
    for (let k = 0; k <= segments; k++) pushVertex(g, vertexAt(g.positions, first + k), t, color);
    for (let k = 0; k < segments; k++) {
      const a = centre + 1 + k,
        b = a + 1;
      const x = cross(sub(vertexAt(g.positions, a), top), sub(vertexAt(g.positions, b), top));
      if (dot(x, t) >= 0) g.indices.push(centre, a, b);
      else g.indices.push(centre, b, a);
    }
  }
  return g;
}
