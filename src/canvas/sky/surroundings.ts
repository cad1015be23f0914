/**
 * The land around the site: a 2.5 km disc with the site's footprint cut out. The site's own ground
 * covers the boundary exactly, so a full disc under it was shaded (or at least rasterised and
 * depth-tested, on a software GPU at 4× MSAA) for every pixel of the site, every frame, for nothing.
 */
import { Path, Shape, ShapeGeometry } from 'three';

/** Radius of the land, metres: past the fog's far end (1400 m), so its edge is never seen. */
export const SURROUNDINGS_RADIUS = 2500;
/** The hole stays this far inside the boundary, metres: no crack where the two grounds meet. */
const OVERLAP = 0.5;

/**
 * The disc minus the boundary polygon (plan coordinates [x, z]), in the XY plane of a mesh turned
 * −90° about x (so plan z is −y). The hole is pulled toward the boundary's centre by OVERLAP.
 */
export function surroundingsGeometry(boundary: ReadonlyArray<readonly [number, number]>): ShapeGeometry {
  const disc = new Shape();
  disc.absarc(0, 0, SURROUNDINGS_RADIUS, 0, Math.PI * 2, false);
  const cx = boundary.reduce((a, p) => a + p[0], 0) / boundary.length;
  const cz = boundary.reduce((a, p) => a + p[1], 0) / boundary.length;
  const inner = boundary.map(([x, z]) => {
    const d = Math.hypot(x - cx, z - cz);
    const k = d > OVERLAP ? (d - OVERLAP) / d : 0;
    return [cx + (x - cx) * k, -(cz + (z - cz) * k)] as const;
  });
  const hole = new Path();
  inner.forEach(([x, y], i) => (i === 0 ? hole.moveTo(x, y) : hole.lineTo(x, y)));
  hole.closePath();
  disc.holes.push(hole);
  return new ShapeGeometry(disc, 48);
}
