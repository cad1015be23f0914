/**
 * A mesh of flat textured quads built once from plain arrays: the place signs, the programme boards
 * and the entrance banner each draw all their faces in one call this way (their posts too, mapped on
 * a plain cell of the same atlas). One place turns the arrays into a geometry.
 */
import { BufferAttribute, BufferGeometry } from 'three';

/** The arrays as a geometry with its bounding sphere (for culling). */
export function quadGeometry(positions: readonly number[], uvs: readonly number[], index: readonly number[]): BufferGeometry {
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(new Float32Array(positions), 3));
  g.setAttribute('uv', new BufferAttribute(new Float32Array(uvs), 2));
  g.setIndex([...index]);
  g.computeBoundingSphere();
  return g;
}

/** A post's four sides as unit corner pairs, each wound to face out. */
const POST_SIDES = [
  [-1, 1, 1, 1],
  [1, 1, 1, -1],
  [1, -1, -1, -1],
  [-1, -1, -1, 1],
] as const;

/** Quads added one by one, each a rectangle of the atlas: [u0, v0, u1, v1]. */
export class QuadSheet {
  readonly positions: number[] = [];
  readonly uvs: number[] = [];
  readonly index: number[] = [];

  /** Four corners (x, y, z each) counter-clockwise from the bottom left, seen from the front. */
  quad(corners: readonly number[], [u0, v0, u1, v1]: readonly [number, number, number, number]): void {
    const b = this.positions.length / 3;
    this.positions.push(...corners);
    this.uvs.push(u0, v0, u1, v0, u1, v1, u0, v1);
    this.index.push(b, b + 1, b + 2, b, b + 2, b + 3);
  }

  /** A square post of side `side` standing on the ground at (x, z), `height` tall: its four sides, each facing out. */
  post(x: number, z: number, height: number, side: number, uv: readonly [number, number, number, number]): void {
    const h = side / 2;
    for (const [ax, az, bx, bz] of POST_SIDES)
      this.quad(
        [x + ax * h, 0, z + az * h, x + bx * h, 0, z + bz * h, x + bx * h, height, z + bz * h, x + ax * h, height, z + az * h],
        uv,
      );
  }

  geometry(): BufferGeometry {
    return quadGeometry(this.positions, this.uvs, this.index);
  }
}
