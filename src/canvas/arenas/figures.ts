/**
 * The figures of a live arena, built in code from a few boxes and cylinders with vertex colours
 * (linear, like the models'): a mounted police officer on a horse, a police dog, an armoured vehicle.
 * Each faces +z and stands on y = 0, so an instance's matrix is only a heading, a tilt and a position.
 * Boxes have no bottom face: nobody looks up at a horse's belly from under it. One shared matte
 * material (Lambert, as the models are drawn) for all three.
 */
import { BufferAttribute, BufferGeometry, MeshLambertMaterial } from 'three';
import { hexToLinear, type LinearRGB } from '../../edition/color.ts';
import { PALETTE, type PaletteColor } from '../../edition/palette.ts';
import type { FigureKind } from './arenaPaths.ts';

type V3 = readonly [number, number, number];

/** Skin, which the site's palette has no use for. */
const SKIN = '#b07a55';
const col = (c: PaletteColor | string): LinearRGB => hexToLinear(c in PALETTE ? PALETTE[c as PaletteColor] : c);

/** A box's faces but the bottom: the normal, then four corners counter-clockwise seen from outside, as signs. */
const BOX_FACES: readonly (readonly number[])[] = [
  [0, 0, 1, -1, -1, 1, 1, -1, 1, 1, 1, 1, -1, 1, 1],
  [0, 0, -1, 1, -1, -1, -1, -1, -1, -1, 1, -1, 1, 1, -1],
  [1, 0, 0, 1, -1, 1, 1, -1, -1, 1, 1, -1, 1, 1, 1],
  [-1, 0, 0, -1, -1, -1, -1, -1, 1, -1, 1, 1, -1, 1, -1],
  [0, 1, 0, -1, 1, 1, 1, 1, 1, 1, 1, -1, -1, 1, -1],
];

/** Accumulates faces with flat normals and one colour each. */
class Parts {
  private positions: number[] = [];
  private normals: number[] = [];
  private colors: number[] = [];
  private indices: number[] = [];

  /** A quad a b c d, counter-clockwise seen from outside, each corner with its normal. */
  private quad(p: V3[], n: V3[], c: LinearRGB): void {
    const base = this.positions.length / 3;
    for (let i = 0; i < 4; i++) {
      this.positions.push(...p[i]!);
      this.normals.push(...n[i]!);
      this.colors.push(...c);
    }
    this.indices.push(base, base + 1, base + 2, base, base + 2, base + 3);
  }

  /** A box of `size` centred on `at`, leaned by `tilt` radians about x (its top toward +z). */
  box(size: V3, at: V3, colour: string, tilt = 0): this {
    const [w, h, d] = [size[0] / 2, size[1] / 2, size[2] / 2];
    const c = Math.cos(tilt);
    const s = Math.sin(tilt);
    const turn = ([x, y, z]: V3): V3 => [x, y * c - z * s, y * s + z * c];
    const put = (v: V3): V3 => {
      const [x, y, z] = turn(v);
      return [x + at[0], y + at[1], z + at[2]];
    };
    const rgb = col(colour);
    for (const f of BOX_FACES) {
      const n = turn([f[0]!, f[1]!, f[2]!]);
      const corners: V3[] = [];
      for (let i = 3; i < 15; i += 3) corners.push(put([f[i]! * w, f[i + 1]! * h, f[i + 2]! * d]));
      this.quad(corners, [n, n, n, n], rgb);
    }
    return this;
  }

  /** A wheel: a cylinder of `radius` and `width` along x, `sides` faces round, smooth-shaded, with its caps. */
  wheel(radius: number, width: number, sides: number, at: V3, colour: string): this {
    const rgb = col(colour);
    const ring = (i: number): [number, number] => {
      const a = (i / sides) * Math.PI * 2;
      return [Math.cos(a), Math.sin(a)];
    };
    const hw = width / 2;
    for (let i = 0; i < sides; i++) {
      const [y0, z0] = ring(i);
      const [y1, z1] = ring(i + 1);
      const p = (x: number, y: number, z: number): V3 => [at[0] + x, at[1] + y * radius, at[2] + z * radius];
      this.quad(
        [p(hw, y0, z0), p(-hw, y0, z0), p(-hw, y1, z1), p(hw, y1, z1)],
        [
          [0, y0, z0],
          [0, y0, z0],
          [0, y1, z1],
          [0, y1, z1],
        ],
        rgb,
      );
    }
    for (const sx of [1, -1]) {
      const base = this.positions.length / 3;
      for (let i = 0; i < sides; i++) {
        const [y, z] = ring(sx > 0 ? sides - i : i);
        this.positions.push(at[0] + sx * hw, at[1] + y * radius, at[2] + z * radius);
        this.normals.push(sx, 0, 0);
        this.colors.push(...rgb);
      }
      for (let i = 1; i < sides - 1; i++) this.indices.push(base, base + i + 1, base + i);
    }
    return this;
  }

  build(): BufferGeometry {
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(new Float32Array(this.positions), 3));
    g.setAttribute('normal', new BufferAttribute(new Float32Array(this.normals), 3));
    g.setAttribute('color', new BufferAttribute(new Float32Array(this.colors), 3));
    g.setIndex(this.indices);
    g.computeBoundingSphere();
    return g;
  }
}

/** A bay horse with a mounted police officer in blue, withers at 1.6 m, 2.4 m nose to tail. */
export function riderGeometry(): BufferGeometry {
  const p = new Parts()
    .box([0.62, 0.7, 1.6], [0, 1.25, 0], 'trunk')
    .box([0.3, 0.8, 0.42], [0, 1.78, 0.86], 'trunk', 0.65)
    .box([0.24, 0.26, 0.6], [0, 1.98, 1.3], 'trunk', 0.85)
    .box([0.1, 0.55, 0.12], [0, 1.35, -0.9], 'charcoal', 0.3)
    .box([0.68, 0.22, 0.62], [0, 1.55, -0.05], 'policeBlue');
  for (const x of [-0.2, 0.2]) for (const z of [-0.58, 0.6]) p.box([0.15, 0.95, 0.15], [x, 0.475, z], 'charcoal');
  // The rider: legs down the horse's sides, body, arms to the reins, head and helmet.
  for (const x of [-0.36, 0.36]) p.box([0.14, 0.62, 0.2], [x, 1.4, 0.02], 'navy');
  p.box([0.44, 0.6, 0.28], [0, 1.98, -0.05], 'policeBlue');
  for (const x of [-0.25, 0.25]) p.box([0.1, 0.55, 0.11], [x, 1.94, 0.14], 'policeBlue', -0.6);
  p.box([0.2, 0.22, 0.22], [0, 2.41, -0.04], SKIN).box([0.25, 0.12, 0.28], [0, 2.56, -0.04], 'navy');
  return p.build();
}

/** A fawn police dog in a blue harness, 0.6 m at the shoulder. */
export function dogGeometry(): BufferGeometry {
  const p = new Parts()
    .box([0.24, 0.26, 0.8], [0, 0.47, 0], 'wood')
    .box([0.26, 0.1, 0.36], [0, 0.58, 0.06], 'policeBlue')
    .box([0.16, 0.18, 0.22], [0, 0.68, 0.46], 'wood')
    .box([0.1, 0.09, 0.14], [0, 0.63, 0.62], 'charcoal')
    .box([0.06, 0.06, 0.34], [0, 0.47, -0.52], 'wood', -0.7);
  for (const x of [-0.05, 0.05]) p.box([0.04, 0.1, 0.03], [x, 0.81, 0.43], 'charcoal');
  for (const x of [-0.07, 0.07]) for (const z of [-0.3, 0.3]) p.box([0.07, 0.34, 0.07], [x, 0.17, z], 'wood');
  return p.build();
}

/** A special forces armoured vehicle in navy with a white band, 5 m long. */
export function vehicleGeometry(): BufferGeometry {
  const p = new Parts()
    .box([2.3, 1.0, 5.0], [0, 1.0, 0], 'navy')
    .box([2.34, 0.16, 5.04], [0, 1.3, 0], 'white')
    .box([2.16, 0.9, 3.0], [0, 1.95, -0.6], 'navy')
    .box([2.2, 0.3, 1.2], [0, 1.6, 1.8], 'navy')
    .box([1.8, 0.5, 0.04], [0, 2.02, 0.92], 'charcoal')
    .box([0.9, 0.42, 0.9], [0, 2.61, -1.0], 'darkGrey')
    .box([1.1, 0.1, 0.22], [0, 2.45, 0.7], 'skyBlue');
  for (const x of [-1.1, 1.1]) p.box([0.04, 0.42, 1.9], [x, 2.05, -0.55], 'charcoal');
  for (const x of [-1.02, 1.02]) for (const z of [-1.6, 1.6]) p.wheel(0.55, 0.4, 8, [x, 0.55, z], 'black');
  return p.build();
}

export const FIGURE_GEOMETRY: Record<FigureKind, () => BufferGeometry> = {
  rider: riderGeometry,
  dog: dogGeometry,
  vehicle: vehicleGeometry,
};

/** The one material of all the figures: matte, coloured by the vertices. */
export function figureMaterial(): MeshLambertMaterial {
  return new MeshLambertMaterial({ vertexColors: true, name: 'arena-figures' });
}
