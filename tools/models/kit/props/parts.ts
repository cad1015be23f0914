/** What every prop builder shares: the parts collector, flat faces that find their own winding, common lamp colours. */
import { hex } from '../colors.ts';
import { add, quad, solid, triangle, type RGB, type V3 } from '../geo.ts';
import type { Built, CollisionBox, Geo, MaterialName, Parts } from '../types.ts';

/** Police blue of beacons and status lights. */
export const BEACON = hex('#2f6bff');
export const TAILLIGHT = hex('#d3242a');
/** The "go" green of readers and traffic lights. */
export const GREEN_GLOW = hex('#35d46a');

/** Collects geometry by material, and collision boxes. */
export class PropKit {
  parts: Parts = {};
  collision: CollisionBox[] = [];
  matte(...g: Geo[]): this {
    return this.to('matte', ...g);
  }
  screen(...g: Geo[]): this {
    return this.to('screen', ...g);
  }
  glass(...g: Geo[]): this {
    return this.to('glass', ...g);
  }
  to(material: MaterialName, ...g: Geo[]): this {
    add(this.parts, material, ...g);
    return this;
  }
  /** A collision box by its min and max corners. */
  solid(min: V3, max: V3): this {
    this.collision.push(
      solid(
        [max[0] - min[0], max[1] - min[1], max[2] - min[2]],
        [(min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2],
      ),
    );
    return this;
  }
  built(): Built {
    return { parts: this.parts, collision: this.collision };
  }
}

/** A flat quad or triangle facing `want` (corners in either winding). */
export function flat(points: V3[], color: RGB, want: V3): Geo {
  const [a, b, c, d] = points;
  let g = d ? quad(a!, b!, c!, d, color) : triangle(a!, b!, c!, color);
  const n = [g.normals[0]!, g.normals[1]!, g.normals[2]!];
  if (n[0]! * want[0] + n[1]! * want[1] + n[2]! * want[2] < 0) {
    const r = points.slice().reverse();
    g = r[3] ? quad(r[0]!, r[1]!, r[2]!, r[3], color) : triangle(r[0]!, r[1]!, r[2]!, color);
  }
  return g;
}

/** A screen face looking +z: a rectangle at depth z. */
export function faceZ(x0: number, x1: number, y0: number, y1: number, z: number, color: RGB, dir: 1 | -1 = 1): Geo {
  return flat(
    [
      [x0, y0, z],
      [x1, y0, z],
      [x1, y1, z],
      [x0, y1, z],
    ],
    color,
    [0, 0, dir],
  );
}

/** A quad on the side of something at x, facing +x (dir 1) or -x, from a (z, y) outline of 4 points. */
export function faceX(x: number, pts: ReadonlyArray<readonly [number, number]>, color: RGB, dir: 1 | -1): Geo {
  return flat(
    pts.map(([z, y]): V3 => [x, y, z]),
    color,
    [dir, 0, 0],
  );
}
