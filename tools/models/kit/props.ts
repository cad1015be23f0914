/**
 * Props of the kit: vehicles, furniture and exhibits that stands are furnished with. Pure geometry,
 * centred on the origin at ground level, the prop's front toward +z (a vehicle's nose, a screen's face,
 * a desk's visitor side). Low-poly: boxes, prisms and 6–12-segment cylinders.
 *
 * Props are instanced as they are (their 'accent' would not be tinted per stand), so they use plain
 * vertex colours: 'matte', 'screen' for whatever glows, 'glass' for glass.
 */
import type { PropKind } from '../../../src/edition/schema.ts';
import { C, hex } from './colors.ts';
import {
  add,
  boxBetween,
  cylinder,
  cylinderX,
  cylinderZ,
  merge,
  place,
  prismX,
  prismZ,
  quad,
  solid,
  triangle,
  type RGB,
  type V3,
} from './geo.ts';
import type { Built, CollisionBox, Geo, MaterialName, Parts } from './types.ts';

/** Footprint of each prop on the floor, [width along x, depth along z], metres, clearance included. */
export const PROP_SIZE: Record<PropKind, [number, number]> = {
  'police-car': [2.4, 5.2],
  'armored-truck': [3.0, 6.6],
  motorbike: [1.2, 2.6],
  'lab-bench': [2.6, 1.4],
  showcase: [1.4, 1.0],
  'screen-wall': [2.9, 1.0],
  kiosk: [1.0, 1.0],
  'e-gate': [1.8, 2.4],
  'passport-desk': [2.2, 1.9],
  desk: [1.8, 1.8],
  chairs: [2.6, 1.0],
  mannequin: [0.9, 0.9],
  simulator: [3.4, 2.8],
  'road-set': [8.0, 4.0],
  'tent-table': [2.4, 2.0],
};

const SKIN = hex('#b98a68');
const WINDOW = hex('#1b2634');
const BEACON = hex('#2f6bff');
const HEADLIGHT = hex('#fff3d6');
const TAILLIGHT = hex('#d3242a');
const GREEN_GLOW = hex('#35d46a');
const AMBER = hex('#f0a020');
const SKY = hex('#8cc0f0');
const ROAD_VIEW = hex('#5f6f58');

/** Collects geometry by material, and collision boxes. */
class Kit {
  parts: Parts = {};
  collision: CollisionBox[] = [];
  m(...g: Geo[]): this {
    return this.to('matte', ...g);
  }
  s(...g: Geo[]): this {
    return this.to('screen', ...g);
  }
  gl(...g: Geo[]): this {
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

const B = boxBetween;

/** A flat quad or triangle facing `want` (corners in either winding). */
function flat(points: V3[], color: RGB, want: V3): Geo {
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
function faceZ(x0: number, x1: number, y0: number, y1: number, z: number, color: RGB, dir: 1 | -1 = 1): Geo {
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
function faceX(x: number, pts: ReadonlyArray<readonly [number, number]>, color: RGB, dir: 1 | -1): Geo {
  return flat(
    pts.map(([z, y]): V3 => [x, y, z]),
    color,
    [dir, 0, 0],
  );
}

/** A wheel: tyre and hub cap, axis along x. */
function wheel(k: Kit, x: number, y: number, z: number, r: number, w: number): void {
  k.m(cylinderX(r, w, 10, [x, y, z], C.black));
  const out = Math.sign(x) || 1;
  k.m(cylinderX(r * 0.55, 0.02, 6, [x + out * (w / 2 + 0.005), y, z], C.lightGrey));
}

/** A blue light bar: dark base, two glowing blue lenses. */
function lightBar(k: Kit, half: number, y: number, z0: number, z1: number): void {
  k.m(B([-half * 0.25, y, z0], [half * 0.25, y + 0.1, z1], C.darkGrey));
  k.s(B([-half, y, z0], [-half * 0.25, y + 0.11, z1], BEACON), B([half * 0.25, y, z0], [half, y + 0.11, z1], BEACON));
}

function policeCar(): Built {
  const k = new Kit();
  const W = 0.9; // half width
  const body: Array<[number, number]> = [
    [-2.28, 0.25],
    [2.28, 0.25],
    [2.32, 0.55],
    [2.15, 0.78],
    [1.05, 0.95],
    [-1.7, 0.98],
    [-2.25, 0.92],
    [-2.32, 0.6],
  ];
  k.m(prismX(body, -W, W, C.white, [null, C.darkGrey, C.white, C.white, C.white, C.white, C.white, C.darkGrey]));
  // Cabin: tinted glass all round under a white roof, with B-pillars.
  const cabin: Array<[number, number]> = [
    [1.02, 0.94],
    [0.2, 1.45],
    [-1.15, 1.45],
    [-1.72, 0.96],
  ];
  k.m(prismX(cabin, -0.8, 0.8, WINDOW, [WINDOW, C.white, WINDOW, null], WINDOW));
  k.m(B([-0.81, 1.43, -1.16], [0.81, 1.48, 0.22], C.white));
  k.m(B([-0.815, 0.97, -0.42], [0.815, 1.44, -0.3], C.white));
  // Livery: a blue band along the flanks and over the bonnet's edge, a navy sill.
  k.m(B([-W - 0.006, 0.5, -2.2], [W + 0.006, 0.66, 2.2], C.policeBlue));
  k.m(B([-W - 0.004, 0.25, -1.95], [W + 0.004, 0.36, 1.95], C.navy));
  k.m(B([-0.45, 0.955, 1.1], [0.45, 0.965, 2.05], C.policeBlue));
  // Bumpers, lights, mirrors.
  k.m(B([-0.88, 0.25, 2.2], [0.88, 0.45, 2.38], C.darkGrey), B([-0.88, 0.25, -2.38], [0.88, 0.45, -2.2], C.darkGrey));
  for (const s of [-1, 1]) {
    k.s(B([s * 0.55, 0.58, 2.18], [s * 0.84, 0.69, 2.29], HEADLIGHT));
    k.s(B([s * 0.58, 0.68, -2.33], [s * 0.85, 0.8, -2.22], TAILLIGHT));
    k.m(B([s * 0.9, 0.95, 0.75], [s * 1.02, 1.05, 0.9], C.white));
    k.m(B([s * 0.805, 1.05, 0.5], [s * 0.81, 1.12, 0.55], C.white));
  }
  lightBar(k, 0.62, 1.48, -0.55, -0.3);
  for (const x of [-0.8, 0.8]) for (const z of [-1.42, 1.42]) wheel(k, x, 0.34, z, 0.34, 0.24);
  k.solid([-0.95, 0, -2.38], [0.95, 1.6, 2.38]);
  return k.built();
}

function armoredTruck(): Built {
  const k = new Kit();
  const body = C.navy;
  k.m(B([-1.05, 0.5, -2.9], [1.05, 0.88, 2.9], C.charcoal));
  // Cab: a lower block and a glazed upper part with a raked windscreen.
  k.m(
    prismX(
      [
        [1.2, 0.85],
        [3.0, 0.85],
        [3.0, 1.5],
        [2.85, 1.75],
        [1.2, 1.75],
      ],
      -1.2,
      1.2,
      body,
      [null, C.charcoal, body, body, null],
    ),
  );
  k.m(
    prismX(
      [
        [1.2, 1.75],
        [2.2, 1.75],
        [1.8, 2.48],
        [1.2, 2.48],
      ],
      -1.15,
      1.15,
      body,
      [null, WINDOW, body, null],
    ),
  );
  for (const s of [-1, 1] as const) {
    k.m(
      faceX(
        s * 1.151,
        [
          [1.3, 1.86],
          [2.02, 1.86],
          [1.82, 2.32],
          [1.3, 2.32],
        ],
        WINDOW,
        s,
      ),
    );
  }
  // Armoured box behind, with window slits, a white band and a rear door.
  k.m(
    prismX(
      [
        [-3.0, 0.85],
        [1.2, 0.85],
        [1.2, 2.62],
        [-2.85, 2.62],
        [-3.0, 2.45],
      ],
      -1.25,
      1.25,
      body,
      [null, body, body, body, body],
    ),
  );
  for (const s of [-1, 1] as const) {
    for (const z of [-2.2, -1.1, 0.0])
      k.m(
        faceX(
          s * 1.251,
          [
            [z, 1.95],
            [z + 0.75, 1.95],
            [z + 0.75, 2.22],
            [z, 2.22],
          ],
          WINDOW,
          s,
        ),
      );
    k.m(B([s * 1.2, 1.38, 1.25], [s * 1.205 + s * 0.002, 1.58, 2.95], C.white));
  }
  k.m(B([-1.258, 1.38, -2.95], [1.258, 1.58, 1.2], C.white));
  k.m(faceZ(-0.55, 0.55, 1.0, 2.3, -3.004, C.policeBlue, -1), faceZ(-0.3, 0.3, 1.9, 2.15, -3.008, WINDOW, -1));
  // Roof: hatch and light bar. Front: bull bar, lights, grille. Mirrors.
  k.m(cylinder(0.36, 0.32, 0.16, 8, [0, 2.62, -0.8], C.charcoal));
  lightBar(k, 0.75, 2.48, 1.3, 1.55);
  k.m(B([-1.22, 0.55, 3.0], [1.22, 0.95, 3.22], C.black));
  for (const s of [-1, 1]) {
    k.s(B([s * 0.72, 1.25, 2.99], [s * 1.05, 1.4, 3.04], HEADLIGHT));
    k.m(B([s * 1.15, 1.95, 2.0], [s * 1.4, 2.2, 2.1], C.black));
    k.s(B([s * 1.0, 2.3, -3.02], [s * 1.18, 2.42, -2.94], TAILLIGHT));
  }
  k.m(faceZ(-0.6, 0.6, 1.0, 1.4, 3.004, C.black));
  for (const x of [-1.02, 1.02]) for (const z of [-1.95, 1.95]) wheel(k, x, 0.55, z, 0.55, 0.42);
  k.solid([-1.3, 0, -3.05], [1.3, 2.75, 3.22]);
  return k.built();
}

function motorbike(): Built {
  const k = new Kit();
  for (const z of [-0.72, 0.72]) {
    k.m(cylinderX(0.32, 0.13, 10, [0, 0.32, z], C.black));
    k.m(cylinderX(0.17, 0.145, 6, [0, 0.32, z], C.lightGrey));
  }
  // Engine, frame, swingarm, exhaust.
  k.m(B([-0.17, 0.28, -0.28], [0.17, 0.66, 0.38], C.darkGrey));
  k.m(
    prismX(
      [
        [-0.74, 0.29],
        [-0.68, 0.35],
        [-0.1, 0.5],
        [-0.12, 0.4],
      ],
      -0.1,
      0.1,
      C.charcoal,
    ),
  );
  k.m(B([0.17, 0.3, -0.75], [0.26, 0.4, -0.1], C.lightGrey));
  // Fork legs and front mudguard.
  for (const x of [-0.09, 0.09])
    k.m(
      prismX(
        [
          [0.69, 0.3],
          [0.75, 0.3],
          [0.62, 0.95],
          [0.56, 0.95],
        ],
        x - 0.02,
        x + 0.02,
        C.lightGrey,
      ),
    );
  k.m(B([-0.08, 0.62, 0.5], [0.08, 0.66, 0.95], C.white));
  // Tank, seat, tail.
  k.m(
    prismX(
      [
        [-0.05, 0.66],
        [0.5, 0.66],
        [0.45, 0.98],
        [0.0, 0.92],
      ],
      -0.18,
      0.18,
      C.white,
    ),
  );
  k.m(B([-0.16, 0.8, -0.62], [0.16, 0.9, -0.02], C.black));
  k.m(
    prismX(
      [
        [-0.95, 0.72],
        [-0.1, 0.62],
        [-0.1, 0.82],
        [-0.92, 0.92],
      ],
      -0.15,
      0.15,
      C.white,
    ),
  );
  // Fairing with a blue flash, headlight, windscreen, handlebar and mirrors.
  k.m(
    prismX(
      [
        [0.38, 0.55],
        [0.85, 0.6],
        [0.95, 1.05],
        [0.58, 1.2],
        [0.38, 1.0],
      ],
      -0.28,
      0.28,
      C.white,
    ),
  );
  k.m(B([-0.285, 0.7, 0.42], [0.285, 0.8, 0.88], C.policeBlue));
  k.s(B([-0.12, 0.84, 0.86], [0.12, 0.95, 0.95], HEADLIGHT));
  k.gl(
    prismX(
      [
        [0.56, 1.17],
        [0.62, 1.18],
        [0.48, 1.45],
        [0.42, 1.44],
      ],
      -0.22,
      0.22,
      C.glass,
    ),
  );
  k.m(B([-0.38, 1.0, 0.46], [0.38, 1.04, 0.52], C.black));
  for (const s of [-1, 1]) k.m(B([s * 0.3, 1.12, 0.6], [s * 0.4, 1.18, 0.66], C.white));
  // Panniers and top case, blue beacons on two rear masts, blue lights on the fairing.
  for (const s of [-1, 1]) {
    k.m(B([s * 0.17, 0.42, -0.88], [s * 0.4, 0.84, -0.36], C.white));
    k.m(B([s * 0.4, 0.58, -0.84], [s * 0.402, 0.66, -0.4], C.policeBlue));
    k.m(B([s * 0.12, 1.15, -0.95], [s * 0.15, 1.32, -0.92], C.darkGrey));
    k.s(B([s * 0.1, 1.32, -0.97], [s * 0.17, 1.42, -0.9], BEACON));
    k.s(B([s * 0.2, 0.95, 0.78], [s * 0.27, 1.02, 0.86], BEACON));
  }
  k.m(B([-0.2, 0.9, -1.0], [0.2, 1.15, -0.58], C.white));
  k.s(B([-0.15, 0.78, -0.99], [0.15, 0.85, -0.96], TAILLIGHT));
  k.solid([-0.42, 0, -1.05], [0.42, 1.45, 1.05]);
  return k.built();
}

/** A stool: base disc, post and round seat, at (x, z). */
function stool(k: Kit, x: number, z: number, h: number): void {
  k.m(cylinder(0.2, 0.2, 0.03, 8, [x, 0, z], C.darkGrey));
  k.m(cylinder(0.03, 0.03, h - 0.05, 6, [x, 0.03, z], C.lightGrey));
  k.m(cylinder(0.18, 0.18, 0.05, 8, [x, h - 0.05, z], C.charcoal));
}

function labBench(): Built {
  const k = new Kit();
  const z0 = -0.55,
    z1 = 0.2,
    h = 0.92;
  k.m(B([-1.1, 0.08, z0], [1.1, h - 0.06, z1], C.offWhite));
  k.m(B([-1.08, 0, z0], [1.08, 0.08, z1 - 0.05], C.darkGrey));
  k.m(B([-1.13, h - 0.06, z0 - 0.02], [1.13, h, z1 + 0.06], C.charcoal));
  for (const x of [-0.75, 0, 0.75]) k.m(faceZ(x - 0.12, x + 0.12, 0.7, 0.73, z1 + 0.002, C.grey));
  // Reagent shelf with bottles at the back.
  for (const s of [-1, 1]) k.m(B([s * 1.05 - 0.025, h, z0], [s * 1.05 + 0.025, 1.74, z0 + 0.25], C.white));
  k.m(B([-1.07, 1.38, z0], [1.07, 1.41, z0 + 0.25], C.white), B([-1.07, 1.71, z0], [1.07, 1.74, z0 + 0.25], C.white));
  const bottles: Array<[number, RGB, number]> = [
    [-0.85, AMBER, 0.18],
    [-0.7, C.skyBlue, 0.14],
    [-0.55, C.white, 0.2],
    [-0.2, AMBER, 0.16],
    [0.15, C.moroccoGreen, 0.14],
    [0.5, C.skyBlue, 0.18],
    [0.75, C.white, 0.15],
  ];
  for (const [x, c, bh] of bottles) k.m(B([x - 0.045, 1.41, z0 + 0.08], [x + 0.045, 1.41 + bh, z0 + 0.17], c));
  // Microscope (left): base, arm, stage, head, objective, eyepieces.
  const mx = -0.55,
    mz = -0.1;
  k.m(B([mx - 0.1, h, mz - 0.14], [mx + 0.1, h + 0.04, mz + 0.12], C.white));
  k.m(B([mx - 0.03, h + 0.04, mz - 0.14], [mx + 0.03, h + 0.4, mz - 0.07], C.white));
  k.m(B([mx - 0.08, h + 0.14, mz - 0.07], [mx + 0.08, h + 0.16, mz + 0.08], C.charcoal));
  k.m(B([mx - 0.05, h + 0.3, mz - 0.14], [mx + 0.05, h + 0.4, mz + 0.06], C.white));
  k.m(cylinder(0.02, 0.015, 0.1, 6, [mx, h + 0.2, mz + 0.01], C.charcoal));
  k.m(
    prismX(
      [
        [mz - 0.02, h + 0.39],
        [mz + 0.03, h + 0.39],
        [mz + 0.1, h + 0.5],
        [mz + 0.05, h + 0.51],
      ],
      mx - 0.045,
      mx + 0.045,
      C.charcoal,
    ),
  );
  // Sample rack with test tubes (glass) and coloured caps.
  const rx = 0.1,
    rz = -0.02;
  k.m(B([rx - 0.18, h, rz - 0.06], [rx + 0.18, h + 0.06, rz + 0.06], C.white));
  k.gl(B([rx - 0.15, h + 0.06, rz - 0.015], [rx + 0.15, h + 0.16, rz + 0.015], C.glass));
  const caps: RGB[] = [TAILLIGHT, C.skyBlue, C.yellow, C.moroccoGreen, TAILLIGHT];
  caps.forEach((c, i) => {
    const x = rx - 0.12 + i * 0.06;
    k.m(B([x - 0.018, h + 0.16, rz - 0.018], [x + 0.018, h + 0.19, rz + 0.018], c));
  });
  // Monitor (right), facing the front.
  const sx = 0.7,
    sz = -0.25;
  k.m(B([sx - 0.1, h, sz - 0.08], [sx + 0.1, h + 0.02, sz + 0.08], C.charcoal));
  k.m(B([sx - 0.025, h + 0.02, sz - 0.04], [sx + 0.025, h + 0.2, sz], C.charcoal));
  k.m(B([sx - 0.28, h + 0.14, sz], [sx + 0.28, h + 0.48, sz + 0.03], C.charcoal));
  k.s(faceZ(sx - 0.26, sx + 0.26, h + 0.16, h + 0.46, sz + 0.033, C.screenGlow));
  stool(k, 0.75, 0.45, 0.65);
  k.solid([-1.13, 0, z0 - 0.02], [1.13, 1.74, z1 + 0.06]);
  k.solid([0.55, 0, 0.25], [0.95, 0.65, 0.65]);
  return k.built();
}

function showcase(): Built {
  const k = new Kit();
  k.m(B([-0.48, 0, -0.28], [0.48, 0.06, 0.28], C.charcoal));
  k.m(B([-0.5, 0.06, -0.3], [0.5, 0.88, 0.3], C.white));
  k.m(B([-0.51, 0.88, -0.31], [0.51, 0.92, 0.31], C.darkGrey));
  k.gl(B([-0.48, 0.92, -0.28], [0.48, 1.5, 0.28], C.glass));
  k.m(B([-0.5, 1.5, -0.3], [0.5, 1.53, 0.3], C.darkGrey, true));
  // Exhibits: a riser with a uniform cap, a badge on an easel, a dark case, a document.
  k.m(B([-0.4, 0.92, -0.2], [-0.05, 1.02, 0.15], C.lightGrey));
  k.m(cylinder(0.1, 0.115, 0.07, 8, [-0.22, 1.02, -0.04], C.navy));
  k.m(B([-0.3, 1.02, 0.04], [-0.14, 1.035, 0.13], C.black));
  k.m(B([-0.24, 1.05, 0.06], [-0.2, 1.08, 0.075], C.gold));
  k.m(
    prismX(
      [
        [0.03, 0.92],
        [0.09, 0.92],
        [0.03, 1.12],
      ],
      0.12,
      0.26,
      C.darkGrey,
    ),
  );
  k.m(B([0.13, 0.97, 0.035], [0.25, 1.11, 0.05], C.gold));
  k.m(B([0.3, 0.92, -0.18], [0.44, 0.98, 0.0], C.charcoal));
  k.m(B([0.08, 0.92, -0.2], [0.26, 0.93, -0.05], C.offWhite));
  k.solid([-0.51, 0, -0.31], [0.51, 1.53, 0.31]);
  return k.built();
}

function screenWall(): Built {
  const k = new Kit();
  const sw = 1.2,
    sh = 0.68,
    gap = 0.02,
    y0 = 0.95;
  const zf = -0.04;
  k.m(B([-sw - gap / 2 - 0.02, y0 - 0.02, -0.12], [sw + gap / 2 + 0.02, y0 + 2 * sh + gap + 0.02, zf], C.charcoal, true));
  // Four screens, each a "picture": a lighter sky over a deeper lower half.
  const tones: Array<[RGB, RGB]> = [
    [hex('#6fa8e6'), hex('#2b5da8')],
    [hex('#7fb6ea'), hex('#33689f')],
    [hex('#5c98dc'), hex('#244f93')],
    [hex('#86bdf0'), hex('#3a71b3')],
  ];
  let i = 0;
  for (const row of [0, 1]) {
    for (const col of [-1, 1]) {
      const x0 = col < 0 ? -sw - gap / 2 : gap / 2;
      const yb = y0 + row * (sh + gap);
      const [top, low] = tones[i++]!;
      const z = zf + 0.003;
      k.s(faceZ(x0 + 0.012, x0 + sw - 0.012, yb + 0.012, yb + sh * 0.45, z, low));
      k.s(faceZ(x0 + 0.012, x0 + sw - 0.012, yb + sh * 0.45, yb + sh - 0.012, z, top));
    }
  }
  // Stand: two uprights on feet, a sound bar under the screens.
  for (const s of [-1, 1]) {
    k.m(B([s * 0.65 - 0.05, 0, -0.2], [s * 0.65 + 0.05, y0 + 1.2, -0.12], C.darkGrey));
    k.m(B([s * 0.65 - 0.05, 0, -0.45], [s * 0.65 + 0.05, 0.05, 0.35], C.darkGrey));
  }
  k.m(B([-0.5, y0 - 0.12, -0.1], [0.5, y0 - 0.04, -0.02], C.black));
  k.solid([-1.25, 0, -0.45], [1.25, y0 + 2 * sh + gap + 0.02, 0.35]);
  return k.built();
}

function kiosk(): Built {
  const k = new Kit();
  k.m(B([-0.3, 0, -0.25], [0.3, 0.05, 0.25], C.charcoal));
  // Body: side profile with a raked screen face.
  const p: Array<[number, number]> = [
    [-0.17, 0.05],
    [0.13, 0.05],
    [0.13, 0.95],
    [0.0, 1.62],
    [-0.17, 1.62],
  ];
  k.m(prismX(p, -0.24, 0.24, C.white, [null, C.policeBlue, C.charcoal, C.white, C.white]));
  // Screen on the raked face, lifted along its normal.
  const [za, ya] = [0.13, 0.95],
    [zb, yb] = [0.0, 1.62];
  const dz = zb - za,
    dy = yb - ya,
    l = Math.hypot(dz, dy);
  const nz = dy / l,
    ny = -dz / l;
  const at = (t: number, x: number): V3 => [x, ya + dy * t + ny * 0.004, za + dz * t + nz * 0.004];
  k.s(flat([at(0.08, -0.2), at(0.08, 0.2), at(0.92, 0.2), at(0.92, -0.2)], C.screenGlow, [0, ny, nz]));
  // Card reader shelf with a green glow.
  k.m(B([-0.12, 0.86, 0.13], [0.12, 0.9, 0.22], C.charcoal));
  k.s(B([-0.04, 0.9, 0.16], [0.04, 0.91, 0.2], GREEN_GLOW));
  k.solid([-0.3, 0, -0.25], [0.3, 1.62, 0.25]);
  return k.built();
}

function eGate(): Built {
  const k = new Kit();
  const lane = 0.4,
    outer = 0.82,
    L = 1.0,
    h = 1.02;
  for (const s of [-1, 1] as const) {
    const xa = s * lane,
      xb = s * outer;
    const [x0, x1] = [Math.min(xa, xb), Math.max(xa, xb)];
    k.m(B([x0, 0, -L], [x1, h, L], C.lightGrey));
    k.m(B([x0 - 0.01, h, -L - 0.01], [x1 + 0.01, h + 0.04, L + 0.01], C.white));
    k.m(B([x0 + 0.04, 0, L], [x1 - 0.04, 0.08, L + 0.005], C.darkGrey));
    // Glass side panel on the lane edge, and the status light on the front.
    const gx = s * (lane + 0.015);
    k.gl(B([gx - 0.01, h + 0.04, -0.9], [gx + 0.01, 1.75, 0.9], C.glass));
    k.s(faceZ(x0 + 0.12, x1 - 0.12, 0.78, 0.9, L + 0.002, s < 0 ? GREEN_GLOW : BEACON));
    k.solid([x0, 0, -L], [x1, 1.75, L]);
    // Entry and exit door leaves, meeting in the middle of the lane.
    for (const z of [-0.55, 0.55])
      k.gl(
        B(
          [Math.min(s * 0.01, s * (lane - 0.01)), 0.3, z - 0.012],
          [Math.max(s * 0.01, s * (lane - 0.01)), 1.5, z + 0.012],
          C.glass,
        ),
      );
  }
  // Passport reader on the right cabinet, a small screen on a post on the left one.
  k.m(
    prismX(
      [
        [0.62, h + 0.04],
        [0.92, h + 0.04],
        [0.92, h + 0.1],
        [0.62, h + 0.16],
      ],
      0.48,
      0.76,
      C.charcoal,
    ),
  );
  k.s(
    flat(
      [
        [0.5, h + 0.165, 0.66],
        [0.74, h + 0.165, 0.66],
        [0.74, h + 0.105, 0.88],
        [0.5, h + 0.105, 0.88],
      ],
      GREEN_GLOW,
      [0, 1, 0.3],
    ),
  );
  k.m(B([-0.64, h + 0.04, 0.8], [-0.6, 1.45, 0.84], C.darkGrey));
  k.m(B([-0.77, 1.45, 0.8], [-0.47, 1.67, 0.84], C.charcoal));
  k.s(faceZ(-0.75, -0.49, 1.47, 1.65, 0.843, C.screenGlow));
  return k.built();
}

function passportDesk(): Built {
  const k = new Kit();
  // Traveller side (front): a high counter with a ledge and a glass screen; officer's worktop behind.
  k.m(B([-0.9, 0, 0.2], [0.9, 1.1, 0.35], C.white));
  k.m(B([-0.9, 0.72, 0.35], [0.9, 0.92, 0.365], C.policeBlue));
  k.m(B([-0.93, 1.1, 0.15], [0.93, 1.14, 0.48], C.lightGrey));
  k.gl(B([-0.9, 1.14, 0.24], [0.9, 1.75, 0.26], C.glass));
  for (const s of [-1, 1]) k.m(B([s * 0.9 - 0.025, 0, -0.55], [s * 0.9 + 0.025, 1.1, 0.2], C.white));
  k.m(B([-0.875, 0.72, -0.3], [0.875, 0.76, 0.2], C.wood));
  // Officer's monitor (facing the back), document scanner on the ledge.
  k.m(B([-0.1, 0.76, -0.05], [0.1, 0.78, 0.1], C.charcoal), B([-0.02, 0.78, 0.04], [0.02, 0.95, 0.08], C.charcoal));
  k.m(B([-0.26, 0.9, -0.0], [0.26, 1.22, 0.03], C.charcoal));
  k.s(faceZ(-0.24, 0.24, 0.92, 1.2, -0.003, C.screenGlow, -1));
  k.m(B([0.45, 1.14, 0.3], [0.75, 1.2, 0.45], C.charcoal));
  k.s(B([0.48, 1.2, 0.33], [0.72, 1.205, 0.42], GREEN_GLOW));
  // Header on two posts: the desk reads as a border post from afar.
  for (const s of [-1, 1]) k.m(B([s * 0.9 - 0.03, 1.1, 0.25], [s * 0.9 + 0.03, 2.2, 0.31], C.darkGrey));
  k.m(B([-0.95, 1.92, 0.25], [0.95, 2.2, 0.32], C.policeBlue, true));
  k.m(faceZ(-0.7, 0.7, 2.02, 2.1, 0.322, C.white));
  stool(k, 0, -0.6, 0.72);
  k.solid([-0.95, 0, -0.55], [0.95, 1.2, 0.48]);
  k.solid([-0.2, 0, -0.8], [0.2, 0.72, -0.4]);
  return k.built();
}

/** An office chair facing +z (turned as needed): star base, post, seat, back, arms. */
function officeChair(): Geo {
  return merge(
    B([-0.3, 0.02, -0.03], [0.3, 0.06, 0.03], C.charcoal),
    B([-0.03, 0.02, -0.3], [0.03, 0.06, 0.3], C.charcoal),
    cylinder(0.025, 0.025, 0.38, 6, [0, 0.06, 0], C.lightGrey),
    B([-0.24, 0.44, -0.22], [0.24, 0.52, 0.24], C.navy),
    B([-0.23, 0.56, -0.3], [0.23, 1.05, -0.24], C.navy),
    B([-0.035, 0.44, -0.28], [0.035, 0.58, -0.22], C.darkGrey),
    B([-0.27, 0.62, -0.12], [-0.24, 0.66, 0.14], C.darkGrey),
    B([0.24, 0.62, -0.12], [0.27, 0.66, 0.14], C.darkGrey),
  );
}

function desk(): Built {
  const k = new Kit();
  const z0 = -0.05,
    z1 = 0.7,
    h = 0.75;
  k.m(B([-0.75, h - 0.03, z0], [0.75, h, z1], C.wood));
  for (const s of [-1, 1]) k.m(B([s * 0.72 - 0.03, 0, z0 + 0.03], [s * 0.72 + 0.03, h - 0.03, z1 - 0.03], C.white));
  k.m(B([-0.69, 0.25, z1 - 0.08], [0.69, h - 0.03, z1 - 0.05], C.policeBlue));
  // Monitor facing the officer (toward -z), keyboard, papers.
  const mz = 0.5;
  k.m(
    B([-0.1, h, mz - 0.06], [0.1, h + 0.02, mz + 0.08], C.charcoal),
    B([-0.02, h + 0.02, mz], [0.02, h + 0.2, mz + 0.03], C.charcoal),
  );
  k.m(B([-0.28, h + 0.14, mz - 0.03], [0.28, h + 0.47, mz], C.charcoal));
  k.s(faceZ(-0.26, 0.26, h + 0.16, h + 0.45, mz - 0.033, C.screenGlow, -1));
  k.m(B([-0.22, h, 0.12], [0.22, h + 0.02, 0.27], C.lightGrey));
  k.m(B([0.35, h, 0.2], [0.6, h + 0.04, 0.52], C.white));
  k.m(place(officeChair(), [0, 0, -0.5], 0));
  k.solid([-0.75, 0, z0], [0.75, h + 0.47, z1]);
  k.solid([-0.3, 0, -0.85], [0.3, 1.05, -0.2]);
  return k.built();
}

function chairs(): Built {
  const k = new Kit();
  for (const cx of [-0.93, -0.31, 0.31, 0.93]) {
    k.m(B([cx - 0.24, 0.42, -0.2], [cx + 0.24, 0.47, 0.24], C.navy));
    k.m(B([cx - 0.24, 0.5, -0.26], [cx + 0.24, 0.9, -0.21], C.navy));
    for (const sx of [-1, 1]) {
      for (const [za, zb] of [
        [0.17, 0.2],
        [-0.26, -0.23],
      ] as const) {
        const top = za < 0 ? 0.5 : 0.42;
        k.m(B([cx + sx * 0.21 - 0.013, 0, za], [cx + sx * 0.21 + 0.013, top, zb], C.darkGrey));
      }
    }
  }
  k.solid([-1.2, 0, -0.28], [1.2, 0.9, 0.26]);
  return k.built();
}

function mannequin(): Built {
  const k = new Kit();
  k.m(cylinder(0.32, 0.32, 0.04, 12, [0, 0, 0], C.grey));
  const y = 0.04;
  for (const s of [-1, 1]) {
    const x0 = Math.min(s * 0.03, s * 0.16),
      x1 = Math.max(s * 0.03, s * 0.16);
    k.m(B([x0 - 0.005, y, -0.08], [x1 + 0.005, y + 0.08, 0.15], C.black));
    k.m(B([x0, y + 0.08, -0.075], [x1, y + 0.9, 0.075], C.navy));
    // Arms hanging, hands.
    const a0 = Math.min(s * 0.215, s * 0.3),
      a1 = Math.max(s * 0.215, s * 0.3);
    k.m(B([a0, y + 0.9, -0.06], [a1, y + 1.42, 0.06], C.navy));
    k.m(B([a0 + 0.005, y + 0.8, -0.045], [a1 - 0.005, y + 0.9, 0.045], SKIN));
    // Shoulder boards.
    k.m(B([s * 0.15 - 0.05, y + 1.455, -0.04], [s * 0.15 + 0.05, y + 1.47, 0.04], C.gold));
  }
  k.m(B([-0.185, y + 0.88, -0.1], [0.185, y + 0.95, 0.1], C.black));
  k.m(B([-0.03, y + 0.89, 0.1], [0.03, y + 0.94, 0.105], C.gold));
  // Jacket: a torso widening to the shoulders.
  const torso: Array<[number, number]> = [
    [-0.18, y + 0.95],
    [0.18, y + 0.95],
    [0.23, y + 1.38],
    [0.13, y + 1.48],
    [-0.13, y + 1.48],
    [-0.23, y + 1.38],
  ];
  k.m(prismZ(torso, -0.11, 0.11, C.navy));
  k.m(
    flat(
      [
        [-0.07, y + 1.48, 0.112],
        [0.07, y + 1.48, 0.112],
        [0, y + 1.36, 0.112],
      ],
      C.skyBlue,
      [0, 0, 1],
    ),
  );
  k.m(
    flat(
      [
        [-0.018, y + 1.44, 0.114],
        [0.018, y + 1.44, 0.114],
        [0.018, y + 1.2, 0.114],
        [-0.018, y + 1.2, 0.114],
      ],
      C.navy,
      [0, 0, 1],
    ),
  );
  k.m(B([0.07, y + 1.28, 0.11], [0.13, y + 1.35, 0.118], C.gold));
  // Neck, head, cap with a black peak and a gold badge.
  k.m(B([-0.05, y + 1.46, -0.05], [0.05, y + 1.56, 0.05], SKIN));
  k.m(cylinder(0.1, 0.095, 0.22, 8, [0, y + 1.54, 0], SKIN));
  k.m(cylinder(0.108, 0.125, 0.08, 8, [0, y + 1.72, 0], C.navy));
  k.m(cylinder(0.11, 0.11, 0.025, 8, [0, y + 1.715, 0], C.black));
  k.m(B([-0.09, y + 1.71, 0.07], [0.09, y + 1.725, 0.19], C.black));
  k.m(B([-0.025, y + 1.75, 0.11], [0.025, y + 1.785, 0.125], C.gold));
  k.solid([-0.32, 0, -0.32], [0.32, y + 1.8, 0.32]);
  return k.built();
}

function simulator(): Built {
  const k = new Kit();
  // A curved screen of five panels on an arc around the driver, concave toward the front.
  const R = 1.9,
    zc = 0.6,
    n = 5,
    span = (100 * Math.PI) / 180;
  const step = span / n;
  const chord = 2 * R * Math.sin(step / 2) + 0.01;
  const y0 = 0.7,
    y1 = 1.95;
  for (let i = 0; i < n; i++) {
    const th = -span / 2 + step * (i + 0.5);
    const panel = merge(B([-chord / 2, y0, -0.06], [chord / 2, y1, 0], C.charcoal, true));
    const screens = merge(
      faceZ(-chord / 2 + 0.01, chord / 2 - 0.01, y0 + 0.02, y0 + 0.55, 0.003, ROAD_VIEW),
      faceZ(-chord / 2 + 0.01, chord / 2 - 0.01, y0 + 0.55, y1 - 0.02, 0.003, SKY),
    );
    const at: V3 = [R * Math.sin(th), 0, zc - R * Math.cos(th)];
    k.m(place(panel, at, -th));
    k.s(place(screens, at, -th));
  }
  // The road drawn across the panels' lower half: a lighter strip in the middle panel.
  k.s(place(faceZ(-0.25, 0.25, y0 + 0.02, y0 + 0.45, 0.005, C.asphalt), [0, 0, zc - R], 0));
  for (const s of [-1, 1]) k.m(B([s * 0.9 - 0.05, 0, -1.3], [s * 0.9 + 0.05, y0, -1.15], C.darkGrey));
  // Console: platform, bucket seat facing the screen (toward -z), dashboard and steering wheel.
  k.m(B([-0.55, 0, -0.05], [0.55, 0.12, 1.35], C.darkGrey));
  k.m(B([-0.08, 0.12, 0.65], [0.08, 0.35, 0.9], C.charcoal));
  k.m(B([-0.26, 0.35, 0.55], [0.26, 0.47, 1.05], C.black));
  k.m(
    prismX(
      [
        [1.0, 0.45],
        [1.12, 0.45],
        [1.22, 1.1],
        [1.1, 1.1],
      ],
      -0.26,
      0.26,
      C.black,
    ),
  );
  k.m(B([-0.45, 0.12, 0.0], [0.45, 0.8, 0.22], C.charcoal));
  k.m(B([-0.04, 0.7, 0.22], [0.04, 0.76, 0.36], C.charcoal));
  k.m(cylinderZ(0.17, 0.04, 10, [0, 0.8, 0.38], C.black));
  k.s(faceZ(-0.3, -0.08, 0.62, 0.76, 0.223, C.screenGlow));
  k.solid([-1.55, 0, -1.36], [1.55, y1, -0.55]);
  k.solid([-0.55, 0, -0.05], [0.55, 1.1, 1.35]);
  return k.built();
}

function roadSet(): Built {
  const k = new Kit();
  const X = 3.9;
  const road = 1.5; // half width of the carriageway
  const top = 0.03;
  k.m(B([-X, 0, -road], [X, top, road], C.asphalt));
  for (const s of [-1, 1]) {
    const [z0, z1] = s < 0 ? [-1.95, -road] : [road, 1.95];
    k.m(B([-X, 0, z0], [X, 0.12, z1], C.paving));
    // Kerb edge in light grey.
    const ze = s < 0 ? -road - 0.002 : road + 0.002;
    k.m(
      flat(
        [
          [-X, top, ze],
          [X, top, ze],
          [X, 0.12, ze],
          [-X, 0.12, ze],
        ],
        C.lightGrey,
        [0, 0, -s],
      ),
    );
  }
  const paint = (x0: number, x1: number, z0: number, z1: number): Geo =>
    flat(
      [
        [x0, top + 0.006, z0],
        [x1, top + 0.006, z0],
        [x1, top + 0.006, z1],
        [x0, top + 0.006, z1],
      ],
      C.white,
      [0, 1, 0],
    );
  // Zebra crossing in the middle: stripes parallel to the road, stepped across it.
  for (const zc of [-1.125, -0.375, 0.375, 1.125]) k.m(paint(-1.1, 1.1, zc - 0.2, zc + 0.2));
  // Centre line dashes and edge lines.
  for (const [a, b] of [
    [-3.7, -2.9],
    [-2.4, -1.6],
    [1.6, 2.4],
    [2.9, 3.7],
  ] as const)
    k.m(paint(a, b, -0.06, 0.06));
  for (const s of [-1, 1]) k.m(paint(-X + 0.1, X - 0.1, s * 1.35 - 0.05, s * 1.35 + 0.05));
  // Traffic light on the far pavement: a head for pedestrians (facing front) and one for cars.
  const tx = 1.55,
    tz = -1.72;
  k.m(cylinder(0.05, 0.05, 1.7, 8, [tx, 0.12, tz], C.darkGrey));
  k.m(B([tx - 0.14, 1.62, tz - 0.11], [tx + 0.14, 2.42, tz + 0.11], C.charcoal, true));
  const lamps: Array<[number, RGB]> = [
    [2.22, hex('#4a1010')],
    [1.98, hex('#4a3410')],
    [1.74, GREEN_GLOW],
  ];
  for (const [ly, c] of lamps) {
    k.s(faceZ(tx - 0.08, tx + 0.08, ly - 0.08, ly + 0.08, tz + 0.113, c));
    k.s(
      faceX(
        tx + 0.143,
        [
          [tz - 0.07, ly - 0.08],
          [tz + 0.07, ly - 0.08],
          [tz + 0.07, ly + 0.08],
          [tz - 0.07, ly + 0.08],
        ],
        ly > 2.1 ? TAILLIGHT : c,
        1,
      ),
    );
  }
  // Two road signs on the far pavement: pedestrian crossing (blue square, white triangle) and STOP.
  const sign1x = -1.6,
    sign2x = -3.2,
    sz = -1.72;
  k.m(cylinder(0.03, 0.03, 2.0, 6, [sign1x, 0.12, sz], C.lightGrey));
  k.m(B([sign1x - 0.3, 1.7, sz + 0.03], [sign1x + 0.3, 2.3, sz + 0.06], C.policeBlue));
  k.m(
    flat(
      [
        [sign1x - 0.24, 1.76, sz + 0.063],
        [sign1x + 0.24, 1.76, sz + 0.063],
        [sign1x, 2.2, sz + 0.063],
      ],
      C.white,
      [0, 0, 1],
    ),
  );
  k.m(
    flat(
      [
        [sign1x - 0.05, 1.82, sz + 0.066],
        [sign1x + 0.05, 1.82, sz + 0.066],
        [sign1x + 0.05, 2.02, sz + 0.066],
        [sign1x - 0.05, 2.02, sz + 0.066],
      ],
      C.black,
      [0, 0, 1],
    ),
  );
  k.m(cylinder(0.03, 0.03, 1.75, 6, [sign2x, 0.12, sz], C.lightGrey));
  const oct: Array<[number, number]> = [];
  for (let i = 0; i < 8; i++) {
    const a = Math.PI / 8 + (i * Math.PI) / 4;
    oct.push([sign2x + 0.3 * Math.cos(a), 1.9 + 0.3 * Math.sin(a)]);
  }
  k.m(prismZ(oct, sz + 0.03, sz + 0.06, C.moroccoRed));
  k.m(faceZ(sign2x - 0.2, sign2x + 0.2, 1.86, 1.94, sz + 0.063, C.white));
  // Two traffic cones on the near kerb.
  for (const cx of [-2.6, 2.8]) {
    k.m(B([cx - 0.18, 0.12, 1.58], [cx + 0.18, 0.15, 1.94], C.orange));
    k.m(cylinder(0.14, 0.025, 0.5, 8, [cx, 0.15, 1.76], C.orange));
  }
  k.solid([tx - 0.15, 0, tz - 0.12], [tx + 0.15, 2.42, tz + 0.12]);
  k.solid([sign1x - 0.3, 0, sz - 0.05], [sign1x + 0.3, 2.3, sz + 0.07]);
  k.solid([sign2x - 0.3, 0, sz - 0.05], [sign2x + 0.3, 2.2, sz + 0.07]);
  return k.built();
}

function tentTable(): Built {
  const k = new Kit();
  const hx = 1.1,
    hz = 0.9,
    eave = 2.0,
    peak = 2.45;
  for (const sx of [-1, 1])
    for (const sz of [-1, 1])
      k.m(
        B(
          [sx * (hx - 0.04) - 0.02, 0, sz * (hz - 0.04) - 0.02],
          [sx * (hx - 0.04) + 0.02, eave, sz * (hz - 0.04) + 0.02],
          C.lightGrey,
        ),
      );
  // Pyramid roof: blue and white panels outside, light underside, a blue valance.
  const P: V3 = [0, peak, 0];
  const corners: V3[] = [
    [-hx, eave, hz],
    [hx, eave, hz],
    [hx, eave, -hz],
    [-hx, eave, -hz],
  ];
  for (let i = 0; i < 4; i++) {
    const a = corners[i]!,
      b = corners[(i + 1) % 4]!;
    const mid: V3 = [(a[0] + b[0]) / 2, 0, (a[2] + b[2]) / 2];
    k.m(flat([a, b, P], i % 2 === 0 ? C.policeBlue : C.white, [mid[0], 1, mid[2]]));
    k.m(flat([a, b, [0, peak - 0.01, 0]], C.offWhite, [-mid[0], -1, -mid[2]]));
  }
  k.m(
    B([-hx, eave - 0.2, hz - 0.02], [hx, eave, hz], C.policeBlue, true),
    B([-hx, eave - 0.2, -hz], [hx, eave, -hz + 0.02], C.policeBlue, true),
  );
  k.m(
    B([-hx, eave - 0.2, -hz + 0.02], [-hx + 0.02, eave, hz - 0.02], C.policeBlue, true),
    B([hx - 0.02, eave - 0.2, -hz + 0.02], [hx, eave, hz - 0.02], C.policeBlue, true),
  );
  // Folding table with a skirt and leaflets.
  k.m(B([-0.9, 0.72, -0.35], [0.9, 0.76, 0.35], C.white));
  for (const sx of [-1, 1])
    for (const sz of [-1, 1])
      k.m(B([sx * 0.82 - 0.015, 0, sz * 0.28 - 0.015], [sx * 0.82 + 0.015, 0.72, sz * 0.28 + 0.015], C.grey));
  k.m(B([-0.9, 0.38, 0.35], [0.9, 0.72, 0.365], C.policeBlue));
  k.m(B([-0.5, 0.76, -0.1], [-0.2, 0.78, 0.12], C.white), B([0.2, 0.76, -0.1], [0.45, 0.8, 0.1], C.yellow));
  k.solid([-0.9, 0, -0.35], [0.9, 0.76, 0.365]);
  for (const sx of [-1, 1])
    for (const sz of [-1, 1])
      k.solid([sx * (hx - 0.04) - 0.03, 0, sz * (hz - 0.04) - 0.03], [sx * (hx - 0.04) + 0.03, eave, sz * (hz - 0.04) + 0.03]);
  return k.built();
}

const BUILDERS: Record<PropKind, () => Built> = {
  'police-car': policeCar,
  'armored-truck': armoredTruck,
  motorbike,
  'lab-bench': labBench,
  showcase,
  'screen-wall': screenWall,
  kiosk,
  'e-gate': eGate,
  'passport-desk': passportDesk,
  desk,
  chairs,
  mannequin,
  simulator,
  'road-set': roadSet,
  'tent-table': tentTable,
};

/** A prop, centred on the origin at ground level, its front toward +z; within PROP_SIZE. */
export function prop(kind: PropKind): Built {
  return BUILDERS[kind]();
}
