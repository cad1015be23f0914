/** Border control: the automatic e-gate and the passport desk. */
import { C } from '../colors.ts';
import { boxBetween, prismX } from '../geo.ts';
import type { Built } from '../types.ts';
import { PropKit, flat, faceZ, BEACON, GREEN_GLOW } from './parts.ts';
import { stool } from './furniture.ts';

export function eGate(): Built {
  const k = new PropKit();
  const lane = 0.4,
    outer = 0.82,
    L = 1.0,
    h = 1.02;
  for (const s of [-1, 1] as const) {
    const xa = s * lane,
      xb = s * outer;
    const [x0, x1] = [Math.min(xa, xb), Math.max(xa, xb)];
    k.matte(boxBetween([x0, 0, -L], [x1, h, L], C.lightGrey));
    k.matte(boxBetween([x0 - 0.01, h, -L - 0.01], [x1 + 0.01, h + 0.04, L + 0.01], C.white));
    k.matte(boxBetween([x0 + 0.04, 0, L], [x1 - 0.04, 0.08, L + 0.005], C.darkGrey));
    // Glass side panel on the lane edge, and the status light on the front.
    const gx = s * (lane + 0.015);
    k.glass(boxBetween([gx - 0.01, h + 0.04, -0.9], [gx + 0.01, 1.75, 0.9], C.glass));
    k.screen(faceZ(x0 + 0.12, x1 - 0.12, 0.78, 0.9, L + 0.002, s < 0 ? GREEN_GLOW : BEACON));
    k.solid([x0, 0, -L], [x1, 1.75, L]);
    // Entry and exit door leaves, meeting in the middle of the lane.
    for (const z of [-0.55, 0.55])
      k.glass(
        boxBetween(
          [Math.min(s * 0.01, s * (lane - 0.01)), 0.3, z - 0.012],
          [Math.max(s * 0.01, s * (lane - 0.01)), 1.5, z + 0.012],
          C.glass,
        ),
      );
  }
  // Passport reader on the right cabinet, a small screen on a post on the left one.
  k.matte(
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
  k.screen(
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
  k.matte(boxBetween([-0.64, h + 0.04, 0.8], [-0.6, 1.45, 0.84], C.darkGrey));
  k.matte(boxBetween([-0.77, 1.45, 0.8], [-0.47, 1.67, 0.84], C.charcoal));
  k.screen(faceZ(-0.75, -0.49, 1.47, 1.65, 0.843, C.screenGlow));
  return k.built();
}

export function passportDesk(): Built {
  const k = new PropKit();
  // Traveller side (front): a high counter with a ledge and a glass screen; officer's worktop behind.
  k.matte(boxBetween([-0.9, 0, 0.2], [0.9, 1.1, 0.35], C.white));
  k.matte(boxBetween([-0.9, 0.72, 0.35], [0.9, 0.92, 0.365], C.policeBlue));
  k.matte(boxBetween([-0.93, 1.1, 0.15], [0.93, 1.14, 0.48], C.lightGrey));
  k.glass(boxBetween([-0.9, 1.14, 0.24], [0.9, 1.75, 0.26], C.glass));
  for (const s of [-1, 1]) k.matte(boxBetween([s * 0.9 - 0.025, 0, -0.55], [s * 0.9 + 0.025, 1.1, 0.2], C.white));
  k.matte(boxBetween([-0.875, 0.72, -0.3], [0.875, 0.76, 0.2], C.wood));
  // Officer's monitor (facing the back), document scanner on the ledge.
  k.matte(
    boxBetween([-0.1, 0.76, -0.05], [0.1, 0.78, 0.1], C.charcoal),
    boxBetween([-0.02, 0.78, 0.04], [0.02, 0.95, 0.08], C.charcoal),
  );
  k.matte(boxBetween([-0.26, 0.9, -0.0], [0.26, 1.22, 0.03], C.charcoal));
  k.screen(faceZ(-0.24, 0.24, 0.92, 1.2, -0.003, C.screenGlow, -1));
  k.matte(boxBetween([0.45, 1.14, 0.3], [0.75, 1.2, 0.45], C.charcoal));
  k.screen(boxBetween([0.48, 1.2, 0.33], [0.72, 1.205, 0.42], GREEN_GLOW));
  // Header on two posts: the desk reads as a border post from afar.
  for (const s of [-1, 1]) k.matte(boxBetween([s * 0.9 - 0.03, 1.1, 0.25], [s * 0.9 + 0.03, 2.2, 0.31], C.darkGrey));
  k.matte(boxBetween([-0.95, 1.92, 0.25], [0.95, 2.2, 0.32], C.policeBlue, true));
  k.matte(faceZ(-0.7, 0.7, 2.02, 2.1, 0.322, C.white));
  stool(k, 0, -0.6, 0.72);
  k.solid([-0.95, 0, -0.55], [0.95, 1.2, 0.48]);
  k.solid([-0.2, 0, -0.8], [0.2, 0.72, -0.4]);
  return k.built();
}
