/** Whole objects: parts by material and their collision boxes, added to, placed, merged and counted. */
import type { Built, CollisionBox, Geo, MaterialName, Parts } from '../types.ts';
import { append, emptyGeo, place, type V3 } from './mesh.ts';

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
