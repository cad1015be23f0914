/** Office furniture: the officer's desk, a row of visitor chairs, and the stool and chair other props reuse. */
import { C } from '../colors.ts';
import { boxBetween, cylinder, merge, place } from '../geo.ts';
import type { Built, Geo } from '../types.ts';
import { PropKit, faceZ } from './parts.ts';

/** A stool: base disc, post and round seat, at (x, z). */
export function stool(k: PropKit, x: number, z: number, h: number): void {
  k.matte(cylinder(0.2, 0.2, 0.03, 8, [x, 0, z], C.darkGrey));
  k.matte(cylinder(0.03, 0.03, h - 0.05, 6, [x, 0.03, z], C.lightGrey));
  k.matte(cylinder(0.18, 0.18, 0.05, 8, [x, h - 0.05, z], C.charcoal));
}

/** An office chair facing +z (turned as needed): star base, post, seat, back, arms. */
function officeChair(): Geo {
  return merge(
    boxBetween([-0.3, 0.02, -0.03], [0.3, 0.06, 0.03], C.charcoal),
    boxBetween([-0.03, 0.02, -0.3], [0.03, 0.06, 0.3], C.charcoal),
    cylinder(0.025, 0.025, 0.38, 6, [0, 0.06, 0], C.lightGrey),
    boxBetween([-0.24, 0.44, -0.22], [0.24, 0.52, 0.24], C.navy),
    boxBetween([-0.23, 0.56, -0.3], [0.23, 1.05, -0.24], C.navy),
    boxBetween([-0.035, 0.44, -0.28], [0.035, 0.58, -0.22], C.darkGrey),
    boxBetween([-0.27, 0.62, -0.12], [-0.24, 0.66, 0.14], C.darkGrey),
    boxBetween([0.24, 0.62, -0.12], [0.27, 0.66, 0.14], C.darkGrey),
  );
}

export function desk(): Built {
  const k = new PropKit();
  const z0 = -0.05,
    z1 = 0.7,
    h = 0.75;
  k.matte(boxBetween([-0.75, h - 0.03, z0], [0.75, h, z1], C.wood));
  for (const s of [-1, 1]) k.matte(boxBetween([s * 0.72 - 0.03, 0, z0 + 0.03], [s * 0.72 + 0.03, h - 0.03, z1 - 0.03], C.white));
  k.matte(boxBetween([-0.69, 0.25, z1 - 0.08], [0.69, h - 0.03, z1 - 0.05], C.policeBlue));
  // Monitor facing the officer (toward -z), keyboard, papers.
  const mz = 0.5;
  k.matte(
    boxBetween([-0.1, h, mz - 0.06], [0.1, h + 0.02, mz + 0.08], C.charcoal),
    boxBetween([-0.02, h + 0.02, mz], [0.02, h + 0.2, mz + 0.03], C.charcoal),
  );
  k.matte(boxBetween([-0.28, h + 0.14, mz - 0.03], [0.28, h + 0.47, mz], C.charcoal));
  k.screen(faceZ(-0.26, 0.26, h + 0.16, h + 0.45, mz - 0.033, C.screenGlow, -1));
  k.matte(boxBetween([-0.22, h, 0.12], [0.22, h + 0.02, 0.27], C.lightGrey));
  k.matte(boxBetween([0.35, h, 0.2], [0.6, h + 0.04, 0.52], C.white));
  k.matte(place(officeChair(), [0, 0, -0.5], 0));
  k.solid([-0.75, 0, z0], [0.75, h + 0.47, z1]);
  k.solid([-0.3, 0, -0.85], [0.3, 1.05, -0.2]);
  return k.built();
}

export function chairs(): Built {
  const k = new PropKit();
  for (const cx of [-0.93, -0.31, 0.31, 0.93]) {
    k.matte(boxBetween([cx - 0.24, 0.42, -0.2], [cx + 0.24, 0.47, 0.24], C.navy));
    k.matte(boxBetween([cx - 0.24, 0.5, -0.26], [cx + 0.24, 0.9, -0.21], C.navy));
    for (const sx of [-1, 1]) {
      for (const [za, zb] of [
        [0.17, 0.2],
        [-0.26, -0.23],
      ] as const) {
        const top = za < 0 ? 0.5 : 0.42;
        k.matte(boxBetween([cx + sx * 0.21 - 0.013, 0, za], [cx + sx * 0.21 + 0.013, top, zb], C.darkGrey));
      }
    }
  }
  k.solid([-1.2, 0, -0.28], [1.2, 0.9, 0.26]);
  return k.built();
}
