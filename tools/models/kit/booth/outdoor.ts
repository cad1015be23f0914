/** The open-air pitch: paving, a marquee at the back with a tall sign header, a rope barrier at the front. */
import { signAnchor } from '../../../../src/edition/booths.ts';
import { C } from '../colors.ts';
import { add, boxBetween, prismX, solid } from '../geo.ts';
import type { Built, CollisionBox, Parts } from '../types.ts';
import { ACCENT } from './parts.ts';
import { boothPlan, CANOPY, clamp } from './plan.ts';

const BARRIER_H = 0.95;

/** Open-air pitch: paving, a marquee at the back with a tall sign header, a rope barrier at the front. */
export function outdoorBooth(W: number, D: number): Built {
  const plan = boothPlan('outdoor', W, D);
  const cp = plan.canopy!;
  const sign = signAnchor('outdoor', W, D);
  const parts: Parts = {};
  const collision: CollisionBox[] = [];
  const cw = cp.width;

  add(parts, 'matte', boxBetween([-W / 2, 0, -D / 2], [W / 2, 0.06, D / 2], C.paving));

  // Roof: a slab falling from the back to the front; y of its top at z.
  const r0 = cp.zBack - 0.1;
  const r1 = cp.zFront + 0.1;
  const roofTop = (z: number): number => CANOPY.roofBack + ((CANOPY.roofFront - CANOPY.roofBack) * (z - r0)) / (r1 - r0);
  const T = CANOPY.roofT;

  // Posts: the back two rise to the top of the header, the front two carry the roof's front edge.
  const post = 0.1;
  const alu = C.lightGrey;
  for (const s of [-1, 1]) {
    const x = s * (cw / 2 - post / 2);
    const backH = CANOPY.headerTop;
    const frontH = roofTop(cp.zFront) - T;
    add(parts, 'matte', boxBetween([x - post / 2, 0, cp.zBack - post / 2], [x + post / 2, backH, cp.zBack + post / 2], alu));
    add(parts, 'matte', boxBetween([x - post / 2, 0, cp.zFront - post / 2], [x + post / 2, frontH, cp.zFront + post / 2], alu));
    collision.push(solid([post, backH, post], [x, backH / 2, cp.zBack]));
    collision.push(solid([post, frontH, post], [x, frontH / 2, cp.zFront]));
  }

  // Roof panels in marquee stripes, accent and white, closed underneath (seen from below).
  const slab: Array<[number, number]> = [
    [r0, roofTop(r0) - T],
    [r1, roofTop(r1) - T],
    [r1, roofTop(r1)],
    [r0, roofTop(r0)],
  ];
  const stripes = 2 * Math.round(cw / 2.2) + 1;
  for (let i = 0; i < stripes; i++) {
    const x0 = -cw / 2 + (cw * i) / stripes;
    const x1 = -cw / 2 + (cw * (i + 1)) / stripes;
    if (i % 2 === 0) add(parts, 'accent', prismX(slab, x0, x1, ACCENT));
    else add(parts, 'matte', prismX(slab, x0, x1, C.white));
  }
  // Valance on the front and both sides, hanging below the roof's edge.
  const V = CANOPY.valance;
  const yFront = roofTop(r1);
  add(parts, 'accent', boxBetween([-cw / 2 - 0.03, yFront - T - V, r1], [cw / 2 + 0.03, yFront, r1 + 0.03], ACCENT, true));
  const side: Array<[number, number]> = [
    [r0, roofTop(r0) - T - V],
    [r1, yFront - T - V],
    [r1, yFront],
    [r0, roofTop(r0)],
  ];
  add(parts, 'accent', prismX(side, -cw / 2 - 0.03, -cw / 2, ACCENT), prismX(side, cw / 2, cw / 2 + 0.03, ACCENT));

  // Header: a tall accent board standing on the back of the roof, between the back posts; its front
  // face is right behind the sign, whose bottom edge stays above the roof.
  const headerFront = sign.position[2] - 0.01;
  add(
    parts,
    'accent',
    boxBetween([-cw / 2, roofTop(r0) - T, cp.zBack + post / 2], [cw / 2, CANOPY.headerTop, headerFront], ACCENT),
  );

  // Front barrier: stanchions with a rope, a gap in the middle for the entry.
  const zb = D / 2 - 0.15;
  const xIn = cp.gap / 2,
    xOut = W / 2 - 0.2;
  if (xOut - xIn > 0.3) {
    const n = clamp(Math.ceil((xOut - xIn) / 2) + 1, 2, 6);
    for (const s of [-1, 1]) {
      for (let i = 0; i < n; i++) {
        const x = s * (xIn + ((xOut - xIn) * i) / (n - 1));
        add(parts, 'matte', boxBetween([x - 0.11, 0.06, zb - 0.11], [x + 0.11, 0.09, zb + 0.11], C.charcoal));
        add(parts, 'matte', boxBetween([x - 0.025, 0.09, zb - 0.025], [x + 0.025, BARRIER_H, zb + 0.025], C.lightGrey));
      }
      const a = s * xIn,
        b = s * xOut;
      add(
        parts,
        'accent',
        boxBetween([Math.min(a, b), BARRIER_H - 0.1, zb - 0.015], [Math.max(a, b), BARRIER_H - 0.06, zb + 0.015], ACCENT),
      );
      collision.push(solid([xOut - xIn + 0.22, BARRIER_H, 0.24], [(s * (xIn + xOut)) / 2, BARRIER_H / 2, zb]));
    }
  }
  return { parts, collision };
}
