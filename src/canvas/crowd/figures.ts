/**
 * The one figure every visitor of the crowd is drawn from: an adult 1.72 m tall in boxes (shoes, legs,
 * torso, arms, head, hair or cap, a cap's visor), facing +z with its feet on y = 0, 94 triangles. A
 * child is the same figure smaller with a larger head, an officer the same with the visor shown: the
 * shader does both from per-instance values (./crowdMaterial.ts), so all kinds share one geometry and
 * one draw call. Each vertex says which limb it belongs to (the walk swings legs and arms about the hip
 * and the shoulder; a seated figure's trouser legs become its thighs, its shoes its shins and feet)
 * and which of the instance's colours tints it; fixed colours (shoes, the visor) are vertex colours
 * from the palette, linear like the models'. Boxes have no bottom face: nobody sees it.
 */
import { BufferAttribute, BufferGeometry } from 'three';
import { hexToLinear, type LinearRGB } from '../../edition/color.ts';
import { PALETTE } from '../../edition/palette.ts';

type V3 = readonly [number, number, number];

/** Which part of the body a vertex moves with (the `aRig.x` attribute). */
export const LIMB = { body: 0, leftLeg: 1, rightLeg: 2, leftArm: 3, rightArm: 4, head: 5, visor: 6 } as const;
/** Which of the instance's colours tints a vertex (the `aRig.y` attribute); `fixed` keeps its vertex colour. */
export const TINT = { fixed: 0, shirt: 1, trousers: 2, hair: 3, skin: 4 } as const;

/** Joints of the adult figure, metres above its feet: the shader turns the limbs about them. */
export const HIP_Y = 0.92;
export const SHOULDER_Y = 1.48;
/** Where the head meets the body: a child's larger head grows about it. */
export const NECK_Y = 1.53;
/** The legs' centres across (±x), the top of the shoes, a trouser leg's half depth (z), the shoes' heel and toe (z): a seated figure is posed from them (./sitting.ts). */
export const LEG_X = 0.1;
export const ANKLE_Y = 0.08;
export const LEG_HALF_DEPTH = 0.085;
export const SHOE = { heel: -0.1, toe: 0.16 } as const;
/** Metres of one full walk cycle (two steps) of the adult figure; scaled with the figure. */
export const STRIDE = 1.4;
/** Triangles of one figure: the crowd's budget counts in these. */
export const FIGURE_TRIANGLES = 94;

/** A box's faces but the bottom: the normal, then four corners counter-clockwise seen from outside, as signs. */
const BOX_FACES: readonly (readonly number[])[] = [
  [0, 0, 1, -1, -1, 1, 1, -1, 1, 1, 1, 1, -1, 1, 1],
  [0, 0, -1, 1, -1, -1, -1, -1, -1, -1, 1, -1, 1, 1, -1],
  [1, 0, 0, 1, -1, 1, 1, -1, -1, 1, 1, -1, 1, 1, 1],
  [-1, 0, 0, -1, -1, -1, -1, -1, 1, -1, 1, 1, -1, 1, -1],
  [0, 1, 0, -1, 1, 1, 1, 1, 1, 1, 1, -1, -1, 1, -1],
];

const WHITE: LinearRGB = [1, 1, 1];

class Body {
  private positions: number[] = [];
  private normals: number[] = [];
  private colors: number[] = [];
  private rig: number[] = [];
  private indices: number[] = [];

  private vertex(p: V3, n: V3, colour: LinearRGB, limb: number, tint: number): void {
    this.positions.push(...p);
    this.normals.push(...n);
    this.colors.push(...colour);
    this.rig.push(limb, tint);
  }

  /** A box of `size` whose centre is `at`, all of it moving with `limb` and tinted by `tint` (or coloured `hex`). */
  box(size: V3, at: V3, limb: number, tint: number, hex?: string): this {
    const colour = hex ? hexToLinear(hex) : WHITE;
    for (const f of BOX_FACES) {
      const base = this.positions.length / 3;
      for (let i = 3; i < 15; i += 3)
        this.vertex(
          [at[0] + (f[i]! * size[0]) / 2, at[1] + (f[i + 1]! * size[1]) / 2, at[2] + (f[i + 2]! * size[2]) / 2],
          [f[0]!, f[1]!, f[2]!],
          colour,
          limb,
          tint,
        );
      this.indices.push(base, base + 1, base + 2, base, base + 2, base + 3);
    }
    return this;
  }

  /** A flat plate seen from above and below: a cap's visor. */
  plate(width: number, depth: number, at: V3, limb: number, hex: string): this {
    const colour = hexToLinear(hex);
    const [x, y, z] = at;
    const w = width / 2;
    const d = depth / 2;
    for (const ny of [1, -1]) {
      const base = this.positions.length / 3;
      const corners: V3[] = [
        [x - w, y, z + d],
        [x + w, y, z + d],
        [x + w, y, z - d],
        [x - w, y, z - d],
      ];
      for (const c of ny > 0 ? corners : corners.reverse()) this.vertex(c, [0, ny, 0], colour, limb, TINT.fixed);
      this.indices.push(base, base + 1, base + 2, base, base + 2, base + 3);
    }
    return this;
  }

  build(): BufferGeometry {
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(new Float32Array(this.positions), 3));
    g.setAttribute('normal', new BufferAttribute(new Float32Array(this.normals), 3));
    g.setAttribute('color', new BufferAttribute(new Float32Array(this.colors), 3));
    g.setAttribute('aRig', new BufferAttribute(new Float32Array(this.rig), 2));
    g.setIndex(this.indices);
    g.computeBoundingSphere();
    return g;
  }
}

/** The figure, standing, arms down. */
export function figureGeometry(): BufferGeometry {
  const b = new Body();
  for (const [x, leg] of [
    [LEG_X, LIMB.leftLeg],
    [-LEG_X, LIMB.rightLeg],
  ] as const) {
    b.box([0.12, ANKLE_Y, SHOE.toe - SHOE.heel], [x, ANKLE_Y / 2, (SHOE.heel + SHOE.toe) / 2], leg, TINT.fixed, PALETTE.charcoal);
    b.box([0.15, HIP_Y - ANKLE_Y, 2 * LEG_HALF_DEPTH], [x, (HIP_Y + ANKLE_Y) / 2, 0], leg, TINT.trousers);
  }
  b.box([0.42, NECK_Y - 0.01 - (HIP_Y - 0.04), 0.24], [0, (NECK_Y - 0.01 + HIP_Y - 0.04) / 2, 0], LIMB.body, TINT.shirt);
  for (const [x, arm] of [
    [0.27, LIMB.leftArm],
    [-0.27, LIMB.rightArm],
  ] as const)
    b.box([0.11, 0.64, 0.13], [x, SHOULDER_Y + 0.03 - 0.32, 0], arm, TINT.shirt);
  b.box([0.2, 0.22, 0.22], [0, NECK_Y + 0.11, 0.005], LIMB.head, TINT.skin);
  b.box([0.22, 0.08, 0.24], [0, NECK_Y + 0.24, -0.005], LIMB.head, TINT.hair);
  b.plate(0.2, 0.09, [0, NECK_Y + 0.21, 0.155], LIMB.visor, PALETTE.black);
  return b.build();
}
