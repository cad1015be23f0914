/** Police vehicles on show: the patrol car, the armoured truck and the motorbike. */
import { C, hex } from '../colors.ts';
import { boxBetween, cylinder, cylinderX, prismX } from '../geo.ts';
import type { Built } from '../types.ts';
import { PropKit, faceZ, faceX, BEACON, TAILLIGHT } from './parts.ts';

const WINDOW = hex('#1b2634');
const HEADLIGHT = hex('#fff3d6');

/** A wheel: tyre and hub cap, axis along x. */
function wheel(k: PropKit, x: number, y: number, z: number, r: number, w: number): void {
  k.matte(cylinderX(r, w, 10, [x, y, z], C.black));
  const out = Math.sign(x) || 1;
  k.matte(cylinderX(r * 0.55, 0.02, 6, [x + out * (w / 2 + 0.005), y, z], C.lightGrey));
}

/** A blue light bar: dark base, two glowing blue lenses. */
function lightBar(k: PropKit, half: number, y: number, z0: number, z1: number): void {
  k.matte(boxBetween([-half * 0.25, y, z0], [half * 0.25, y + 0.1, z1], C.darkGrey));
  k.screen(
    boxBetween([-half, y, z0], [-half * 0.25, y + 0.11, z1], BEACON),
    boxBetween([half * 0.25, y, z0], [half, y + 0.11, z1], BEACON),
  );
}

export function policeCar(): Built {
  const k = new PropKit();
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
  k.matte(prismX(body, -W, W, C.white, [null, C.darkGrey, C.white, C.white, C.white, C.white, C.white, C.darkGrey]));
  // Cabin: tinted glass all round under a white roof, with B-pillars.
  const cabin: Array<[number, number]> = [
    [1.02, 0.94],
    [0.2, 1.45],
    [-1.15, 1.45],
    [-1.72, 0.96],
  ];
  k.matte(prismX(cabin, -0.8, 0.8, WINDOW, [WINDOW, C.white, WINDOW, null], WINDOW));
  k.matte(boxBetween([-0.81, 1.43, -1.16], [0.81, 1.48, 0.22], C.white));
  k.matte(boxBetween([-0.815, 0.97, -0.42], [0.815, 1.44, -0.3], C.white));
  // Livery: a blue band along the flanks and over the bonnet's edge, a navy sill.
  k.matte(boxBetween([-W - 0.006, 0.5, -2.2], [W + 0.006, 0.66, 2.2], C.policeBlue));
  k.matte(boxBetween([-W - 0.004, 0.25, -1.95], [W + 0.004, 0.36, 1.95], C.navy));
  k.matte(boxBetween([-0.45, 0.955, 1.1], [0.45, 0.965, 2.05], C.policeBlue));
  // Bumpers, lights, mirrors.
  k.matte(
    boxBetween([-0.88, 0.25, 2.2], [0.88, 0.45, 2.38], C.darkGrey),
    boxBetween([-0.88, 0.25, -2.38], [0.88, 0.45, -2.2], C.darkGrey),
  );
  for (const s of [-1, 1]) {
    k.screen(boxBetween([s * 0.55, 0.58, 2.18], [s * 0.84, 0.69, 2.29], HEADLIGHT));
    k.screen(boxBetween([s * 0.58, 0.68, -2.33], [s * 0.85, 0.8, -2.22], TAILLIGHT));
    k.matte(boxBetween([s * 0.9, 0.95, 0.75], [s * 1.02, 1.05, 0.9], C.white));
    k.matte(boxBetween([s * 0.805, 1.05, 0.5], [s * 0.81, 1.12, 0.55], C.white));
  }
  lightBar(k, 0.62, 1.48, -0.55, -0.3);
  for (const x of [-0.8, 0.8]) for (const z of [-1.42, 1.42]) wheel(k, x, 0.34, z, 0.34, 0.24);
  k.solid([-0.95, 0, -2.38], [0.95, 1.6, 2.38]);
  return k.built();
}

export function armoredTruck(): Built {
  const k = new PropKit();
  const body = C.navy;
  k.matte(boxBetween([-1.05, 0.5, -2.9], [1.05, 0.88, 2.9], C.charcoal));
  // Cab: a lower block and a glazed upper part with a raked windscreen.
  k.matte(
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
  k.matte(
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
    k.matte(
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
  k.matte(
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
      k.matte(
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
    k.matte(boxBetween([s * 1.2, 1.38, 1.25], [s * 1.205 + s * 0.002, 1.58, 2.95], C.white));
  }
  k.matte(boxBetween([-1.258, 1.38, -2.95], [1.258, 1.58, 1.2], C.white));
  k.matte(faceZ(-0.55, 0.55, 1.0, 2.3, -3.004, C.policeBlue, -1), faceZ(-0.3, 0.3, 1.9, 2.15, -3.008, WINDOW, -1));
  // Roof: hatch and light bar. Front: bull bar, lights, grille. Mirrors.
  k.matte(cylinder(0.36, 0.32, 0.16, 8, [0, 2.62, -0.8], C.charcoal));
  lightBar(k, 0.75, 2.48, 1.3, 1.55);
  k.matte(boxBetween([-1.22, 0.55, 3.0], [1.22, 0.95, 3.22], C.black));
  for (const s of [-1, 1]) {
    k.screen(boxBetween([s * 0.72, 1.25, 2.99], [s * 1.05, 1.4, 3.04], HEADLIGHT));
    k.matte(boxBetween([s * 1.15, 1.95, 2.0], [s * 1.4, 2.2, 2.1], C.black));
    k.screen(boxBetween([s * 1.0, 2.3, -3.02], [s * 1.18, 2.42, -2.94], TAILLIGHT));
  }
  k.matte(faceZ(-0.6, 0.6, 1.0, 1.4, 3.004, C.black));
  for (const x of [-1.02, 1.02]) for (const z of [-1.95, 1.95]) wheel(k, x, 0.55, z, 0.55, 0.42);
  k.solid([-1.3, 0, -3.05], [1.3, 2.75, 3.22]);
  return k.built();
}

export function motorbike(): Built {
  const k = new PropKit();
  for (const z of [-0.72, 0.72]) {
    k.matte(cylinderX(0.32, 0.13, 10, [0, 0.32, z], C.black));
    k.matte(cylinderX(0.17, 0.145, 6, [0, 0.32, z], C.lightGrey));
  }
  // Engine, frame, swingarm, exhaust.
  k.matte(boxBetween([-0.17, 0.28, -0.28], [0.17, 0.66, 0.38], C.darkGrey));
  k.matte(
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
  k.matte(boxBetween([0.17, 0.3, -0.75], [0.26, 0.4, -0.1], C.lightGrey));
  // Fork legs and front mudguard.
  for (const x of [-0.09, 0.09])
    k.matte(
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
  k.matte(boxBetween([-0.08, 0.62, 0.5], [0.08, 0.66, 0.95], C.white));
  // Tank, seat, tail.
  k.matte(
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
  k.matte(boxBetween([-0.16, 0.8, -0.62], [0.16, 0.9, -0.02], C.black));
  k.matte(
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
  k.matte(
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
  k.matte(boxBetween([-0.285, 0.7, 0.42], [0.285, 0.8, 0.88], C.policeBlue));
  k.screen(boxBetween([-0.12, 0.84, 0.86], [0.12, 0.95, 0.95], HEADLIGHT));
  k.glass(
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
  k.matte(boxBetween([-0.38, 1.0, 0.46], [0.38, 1.04, 0.52], C.black));
  for (const s of [-1, 1]) k.matte(boxBetween([s * 0.3, 1.12, 0.6], [s * 0.4, 1.18, 0.66], C.white));
  // Panniers and top case, blue beacons on two rear masts, blue lights on the fairing.
  for (const s of [-1, 1]) {
    k.matte(boxBetween([s * 0.17, 0.42, -0.88], [s * 0.4, 0.84, -0.36], C.white));
    k.matte(boxBetween([s * 0.4, 0.58, -0.84], [s * 0.402, 0.66, -0.4], C.policeBlue));
    k.matte(boxBetween([s * 0.12, 1.15, -0.95], [s * 0.15, 1.32, -0.92], C.darkGrey));
    k.screen(boxBetween([s * 0.1, 1.32, -0.97], [s * 0.17, 1.42, -0.9], BEACON));
    k.screen(boxBetween([s * 0.2, 0.95, 0.78], [s * 0.27, 1.02, 0.86], BEACON));
  }
  k.matte(boxBetween([-0.2, 0.9, -1.0], [0.2, 1.15, -0.58], C.white));
  k.screen(boxBetween([-0.15, 0.78, -0.99], [0.15, 0.85, -0.96], TAILLIGHT));
  k.solid([-0.42, 0, -1.05], [0.42, 1.45, 1.05]);
  return k.built();
}
