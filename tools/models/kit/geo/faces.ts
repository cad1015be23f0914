/** Flat pieces: quads, triangles, convex fans and discs, and the face writers the solids are made of. */
import type { Geo } from '../types.ts';
import { emptyGeo, pushVertex, type RGB, type V3 } from './mesh.ts';
import { cross, dot, faceNormal, sub } from './vector.ts';

export function pushQuad(g: Geo, a: V3, b: V3, c: V3, d: V3, n: V3, color: RGB): void {
  const base = g.positions.length / 3;
  for (const p of [a, b, c, d]) pushVertex(g, p, n, color);
  g.indices.push(base, base + 1, base + 2, base, base + 2, base + 3);
}

/** Pushes a quad facing `n`, whatever the order its corners were given in (around the rim). */
export function pushFacing(g: Geo, a: V3, b: V3, c: V3, d: V3, n: V3, color: RGB): void {
  if (dot(cross(sub(b, a), sub(c, a)), n) >= 0) pushQuad(g, a, b, c, d, n, color);
  else pushQuad(g, d, c, b, a, n, color);
}

/** Appends a flat convex polygon, fanned, wound counter-clockwise around the outward normal n. */
export function pushPolygon(g: Geo, pts: readonly V3[], n: V3, color: RGB): void {
  const f = faceNormal(pts[0]!, pts[1]!, pts[2]!);
  const ordered = dot(f, n) >= 0 ? pts : pts.slice().reverse();
  const base = g.positions.length / 3;
  for (const p of ordered) pushVertex(g, p, n, color);
  for (let i = 1; i + 1 < ordered.length; i++) g.indices.push(base, base + i, base + i + 1);
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
  for (const p of [a, b, c]) pushVertex(g, p, n, color);
  g.indices.push(0, 1, 2);
  return g;
}

/** A flat convex polygon (a fan from its first corner) facing `normal`; corners in order around the rim. */
export function fan(points: readonly V3[], normal: V3, color: RGB): Geo {
  const g = emptyGeo();
  for (const p of points) pushVertex(g, p, normal, color);
  const p0 = points[0]!;
  for (let i = 1; i + 1 < points.length; i++) {
    if (dot(cross(sub(points[i]!, p0), sub(points[i + 1]!, p0)), normal) >= 0) g.indices.push(0, i, i + 1);
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
