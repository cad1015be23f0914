/** The Geo container itself: empty, appended to, merged, moved, scaled, recoloured, doubled. */
import type { Geo } from '../types.ts';

export type RGB = readonly [number, number, number];
export type V3 = readonly [number, number, number];

export function emptyGeo(): Geo {
  return { positions: [], normals: [], colors: [], indices: [] };
}

/** Writes one vertex (position, normal, colour); the caller adds the indices. */
export function pushVertex(g: Geo, p: V3, n: V3, color: RGB): void {
  g.positions.push(p[0], p[1], p[2]);
  g.normals.push(n[0], n[1], n[2]);
  g.colors.push(color[0], color[1], color[2]);
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

/** Colours every vertex of a geo. */
export function paint(g: Geo, color: RGB): Geo {
  const out = { ...g, colors: [] as number[] };
  for (let i = 0; i < g.positions.length; i += 3) out.colors.push(color[0], color[1], color[2]);
  return out;
}

/** The geo plus a copy facing the other way (reversed winding, flipped normals): thin sheets seen from both sides. */
export function doubleSided(g: Geo): Geo {
  const back: Geo = { positions: g.positions.slice(), normals: g.normals.map((v) => -v), colors: g.colors.slice(), indices: [] };
  for (let i = 0; i < g.indices.length; i += 3) back.indices.push(g.indices[i]!, g.indices[i + 2]!, g.indices[i + 1]!);
  return merge(g, back);
}

/** Appends geos to a target in place; returns the target. */
export function appendAll(target: Geo, ...geos: Geo[]): Geo {
  for (const g of geos) append(target, g);
  return target;
}
