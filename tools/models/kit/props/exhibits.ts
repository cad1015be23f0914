/** Things shown rather than used: the forensic lab bench, the showcase and the uniformed mannequin. */
import { C, hex } from '../colors.ts';
import { boxBetween, cylinder, prismX, prismZ, type RGB } from '../geo.ts';
import type { Built } from '../types.ts';
import { PropKit, flat, faceZ, TAILLIGHT } from './parts.ts';
import { stool } from './furniture.ts';

const SKIN = hex('#b98a68');
const AMBER = hex('#f0a020');

export function labBench(): Built {
  const k = new PropKit();
  const z0 = -0.55,
    z1 = 0.2,
    h = 0.92;
  k.matte(boxBetween([-1.1, 0.08, z0], [1.1, h - 0.06, z1], C.offWhite));
  k.matte(boxBetween([-1.08, 0, z0], [1.08, 0.08, z1 - 0.05], C.darkGrey));
  k.matte(boxBetween([-1.13, h - 0.06, z0 - 0.02], [1.13, h, z1 + 0.06], C.charcoal));
  for (const x of [-0.75, 0, 0.75]) k.matte(faceZ(x - 0.12, x + 0.12, 0.7, 0.73, z1 + 0.002, C.grey));
  // Reagent shelf with bottles at the back.
  for (const s of [-1, 1]) k.matte(boxBetween([s * 1.05 - 0.025, h, z0], [s * 1.05 + 0.025, 1.74, z0 + 0.25], C.white));
  k.matte(
    boxBetween([-1.07, 1.38, z0], [1.07, 1.41, z0 + 0.25], C.white),
    boxBetween([-1.07, 1.71, z0], [1.07, 1.74, z0 + 0.25], C.white),
  );
  const bottles: Array<[number, RGB, number]> = [
    [-0.85, AMBER, 0.18],
    [-0.7, C.skyBlue, 0.14],
    [-0.55, C.white, 0.2],
    [-0.2, AMBER, 0.16],
    [0.15, C.moroccoGreen, 0.14],
    [0.5, C.skyBlue, 0.18],
    [0.75, C.white, 0.15],
  ];
  for (const [x, c, bh] of bottles) k.matte(boxBetween([x - 0.045, 1.41, z0 + 0.08], [x + 0.045, 1.41 + bh, z0 + 0.17], c));
  // Microscope (left): base, arm, stage, head, objective, eyepieces.
  const mx = -0.55,
    mz = -0.1;
  k.matte(boxBetween([mx - 0.1, h, mz - 0.14], [mx + 0.1, h + 0.04, mz + 0.12], C.white));
  k.matte(boxBetween([mx - 0.03, h + 0.04, mz - 0.14], [mx + 0.03, h + 0.4, mz - 0.07], C.white));
  k.matte(boxBetween([mx - 0.08, h + 0.14, mz - 0.07], [mx + 0.08, h + 0.16, mz + 0.08], C.charcoal));
  k.matte(boxBetween([mx - 0.05, h + 0.3, mz - 0.14], [mx + 0.05, h + 0.4, mz + 0.06], C.white));
  k.matte(cylinder(0.02, 0.015, 0.1, 6, [mx, h + 0.2, mz + 0.01], C.charcoal));
  k.matte(
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
  k.matte(boxBetween([rx - 0.18, h, rz - 0.06], [rx + 0.18, h + 0.06, rz + 0.06], C.white));
  k.glass(boxBetween([rx - 0.15, h + 0.06, rz - 0.015], [rx + 0.15, h + 0.16, rz + 0.015], C.glass));
  const caps: RGB[] = [TAILLIGHT, C.skyBlue, C.yellow, C.moroccoGreen, TAILLIGHT];
  caps.forEach((c, i) => {
    const x = rx - 0.12 + i * 0.06;
    k.matte(boxBetween([x - 0.018, h + 0.16, rz - 0.018], [x + 0.018, h + 0.19, rz + 0.018], c));
  });
  // Monitor (right), facing the front.
  const sx = 0.7,
    sz = -0.25;
  k.matte(boxBetween([sx - 0.1, h, sz - 0.08], [sx + 0.1, h + 0.02, sz + 0.08], C.charcoal));
  k.matte(boxBetween([sx - 0.025, h + 0.02, sz - 0.04], [sx + 0.025, h + 0.2, sz], C.charcoal));
  k.matte(boxBetween([sx - 0.28, h + 0.14, sz], [sx + 0.28, h + 0.48, sz + 0.03], C.charcoal));
  k.screen(faceZ(sx - 0.26, sx + 0.26, h + 0.16, h + 0.46, sz + 0.033, C.screenGlow));
  stool(k, 0.75, 0.45, 0.65);
  k.solid([-1.13, 0, z0 - 0.02], [1.13, 1.74, z1 + 0.06]);
  k.solid([0.55, 0, 0.25], [0.95, 0.65, 0.65]);
  return k.built();
}

export function showcase(): Built {
  const k = new PropKit();
  k.matte(boxBetween([-0.48, 0, -0.28], [0.48, 0.06, 0.28], C.charcoal));
  k.matte(boxBetween([-0.5, 0.06, -0.3], [0.5, 0.88, 0.3], C.white));
  k.matte(boxBetween([-0.51, 0.88, -0.31], [0.51, 0.92, 0.31], C.darkGrey));
  k.glass(boxBetween([-0.48, 0.92, -0.28], [0.48, 1.5, 0.28], C.glass));
  k.matte(boxBetween([-0.5, 1.5, -0.3], [0.5, 1.53, 0.3], C.darkGrey, true));
  // Exhibits: a riser with a uniform cap, a badge on an easel, a dark case, a document.
  k.matte(boxBetween([-0.4, 0.92, -0.2], [-0.05, 1.02, 0.15], C.lightGrey));
  k.matte(cylinder(0.1, 0.115, 0.07, 8, [-0.22, 1.02, -0.04], C.navy));
  k.matte(boxBetween([-0.3, 1.02, 0.04], [-0.14, 1.035, 0.13], C.black));
  k.matte(boxBetween([-0.24, 1.05, 0.06], [-0.2, 1.08, 0.075], C.gold));
  k.matte(
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
  k.matte(boxBetween([0.13, 0.97, 0.035], [0.25, 1.11, 0.05], C.gold));
  k.matte(boxBetween([0.3, 0.92, -0.18], [0.44, 0.98, 0.0], C.charcoal));
  k.matte(boxBetween([0.08, 0.92, -0.2], [0.26, 0.93, -0.05], C.offWhite));
  k.solid([-0.51, 0, -0.31], [0.51, 1.53, 0.31]);
  return k.built();
}

export function mannequin(): Built {
  const k = new PropKit();
  k.matte(cylinder(0.32, 0.32, 0.04, 12, [0, 0, 0], C.grey));
  const y = 0.04;
  for (const s of [-1, 1]) {
    const x0 = Math.min(s * 0.03, s * 0.16),
      x1 = Math.max(s * 0.03, s * 0.16);
    k.matte(boxBetween([x0 - 0.005, y, -0.08], [x1 + 0.005, y + 0.08, 0.15], C.black));
    k.matte(boxBetween([x0, y + 0.08, -0.075], [x1, y + 0.9, 0.075], C.navy));
    // Arms hanging, hands.
    const a0 = Math.min(s * 0.215, s * 0.3),
      a1 = Math.max(s * 0.215, s * 0.3);
    k.matte(boxBetween([a0, y + 0.9, -0.06], [a1, y + 1.42, 0.06], C.navy));
    k.matte(boxBetween([a0 + 0.005, y + 0.8, -0.045], [a1 - 0.005, y + 0.9, 0.045], SKIN));
    // Shoulder boards.
    k.matte(boxBetween([s * 0.15 - 0.05, y + 1.455, -0.04], [s * 0.15 + 0.05, y + 1.47, 0.04], C.gold));
  }
  k.matte(boxBetween([-0.185, y + 0.88, -0.1], [0.185, y + 0.95, 0.1], C.black));
  k.matte(boxBetween([-0.03, y + 0.89, 0.1], [0.03, y + 0.94, 0.105], C.gold));
  // Jacket: a torso widening to the shoulders.
  const torso: Array<[number, number]> = [
    [-0.18, y + 0.95],
    [0.18, y + 0.95],
    [0.23, y + 1.38],
    [0.13, y + 1.48],
    [-0.13, y + 1.48],
    [-0.23, y + 1.38],
  ];
  k.matte(prismZ(torso, -0.11, 0.11, C.navy));
  k.matte(
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
  k.matte(
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
  k.matte(boxBetween([0.07, y + 1.28, 0.11], [0.13, y + 1.35, 0.118], C.gold));
  // Neck, head, cap with a black peak and a gold badge.
  k.matte(boxBetween([-0.05, y + 1.46, -0.05], [0.05, y + 1.56, 0.05], SKIN));
  k.matte(cylinder(0.1, 0.095, 0.22, 8, [0, y + 1.54, 0], SKIN));
  k.matte(cylinder(0.108, 0.125, 0.08, 8, [0, y + 1.72, 0], C.navy));
  k.matte(cylinder(0.11, 0.11, 0.025, 8, [0, y + 1.715, 0], C.black));
  k.matte(boxBetween([-0.09, y + 1.71, 0.07], [0.09, y + 1.725, 0.19], C.black));
  k.matte(boxBetween([-0.025, y + 1.75, 0.11], [0.025, y + 1.785, 0.125], C.gold));
  k.solid([-0.32, 0, -0.32], [0.32, y + 1.8, 0.32]);
  return k.built();
}
