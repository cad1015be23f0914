/** Open-air pitch props: the road-safety street corner and the information tent with its table. */
import { C, hex } from '../colors.ts';
import { boxBetween, cylinder, prismZ, type RGB, type V3 } from '../geo.ts';
import type { Built, Geo } from '../types.ts';
import { PropKit, flat, faceZ, faceX, TAILLIGHT, GREEN_GLOW } from './parts.ts';

export function roadSet(): Built {
  const k = new PropKit();
  const X = 3.9;
  const road = 1.5; // half width of the carriageway
  const top = 0.03;
  k.matte(boxBetween([-X, 0, -road], [X, top, road], C.asphalt));
  for (const s of [-1, 1]) {
    const [z0, z1] = s < 0 ? [-1.95, -road] : [road, 1.95];
    k.matte(boxBetween([-X, 0, z0], [X, 0.12, z1], C.paving));
    // Kerb edge in light grey.
    const ze = s < 0 ? -road - 0.002 : road + 0.002;
    k.matte(
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
  for (const zc of [-1.125, -0.375, 0.375, 1.125]) k.matte(paint(-1.1, 1.1, zc - 0.2, zc + 0.2));
  // Centre line dashes and edge lines.
  for (const [a, b] of [
    [-3.7, -2.9],
    [-2.4, -1.6],
    [1.6, 2.4],
    [2.9, 3.7],
  ] as const)
    k.matte(paint(a, b, -0.06, 0.06));
  for (const s of [-1, 1]) k.matte(paint(-X + 0.1, X - 0.1, s * 1.35 - 0.05, s * 1.35 + 0.05));
  // Traffic light on the far pavement: a head for pedestrians (facing front) and one for cars.
  const tx = 1.55,
    tz = -1.72;
  k.matte(cylinder(0.05, 0.05, 1.7, 8, [tx, 0.12, tz], C.darkGrey));
  k.matte(boxBetween([tx - 0.14, 1.62, tz - 0.11], [tx + 0.14, 2.42, tz + 0.11], C.charcoal, true));
  const lamps: Array<[number, RGB]> = [
    [2.22, hex('#4a1010')],
    [1.98, hex('#4a3410')],
    [1.74, GREEN_GLOW],
  ];
  for (const [ly, c] of lamps) {
    k.screen(faceZ(tx - 0.08, tx + 0.08, ly - 0.08, ly + 0.08, tz + 0.113, c));
    k.screen(
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
  k.matte(cylinder(0.03, 0.03, 2.0, 6, [sign1x, 0.12, sz], C.lightGrey));
  k.matte(boxBetween([sign1x - 0.3, 1.7, sz + 0.03], [sign1x + 0.3, 2.3, sz + 0.06], C.policeBlue));
  k.matte(
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
  k.matte(
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
  k.matte(cylinder(0.03, 0.03, 1.75, 6, [sign2x, 0.12, sz], C.lightGrey));
  const oct: Array<[number, number]> = [];
  for (let i = 0; i < 8; i++) {
    const a = Math.PI / 8 + (i * Math.PI) / 4;
    oct.push([sign2x + 0.3 * Math.cos(a), 1.9 + 0.3 * Math.sin(a)]);
  }
  k.matte(prismZ(oct, sz + 0.03, sz + 0.06, C.moroccoRed));
  k.matte(faceZ(sign2x - 0.2, sign2x + 0.2, 1.86, 1.94, sz + 0.063, C.white));
  // Two traffic cones on the near kerb.
  for (const cx of [-2.6, 2.8]) {
    k.matte(boxBetween([cx - 0.18, 0.12, 1.58], [cx + 0.18, 0.15, 1.94], C.orange));
    k.matte(cylinder(0.14, 0.025, 0.5, 8, [cx, 0.15, 1.76], C.orange));
  }
  k.solid([tx - 0.15, 0, tz - 0.12], [tx + 0.15, 2.42, tz + 0.12]);
  k.solid([sign1x - 0.3, 0, sz - 0.05], [sign1x + 0.3, 2.3, sz + 0.07]);
  k.solid([sign2x - 0.3, 0, sz - 0.05], [sign2x + 0.3, 2.2, sz + 0.07]);
  return k.built();
}

export function tentTable(): Built {
  const k = new PropKit();
  const hx = 1.1,
    hz = 0.9,
    eave = 2.0,
    peak = 2.45;
  for (const sx of [-1, 1])
    for (const sz of [-1, 1])
      k.matte(
        boxBetween(
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
    k.matte(flat([a, b, P], i % 2 === 0 ? C.policeBlue : C.white, [mid[0], 1, mid[2]]));
    k.matte(flat([a, b, [0, peak - 0.01, 0]], C.offWhite, [-mid[0], -1, -mid[2]]));
  }
  k.matte(
    boxBetween([-hx, eave - 0.2, hz - 0.02], [hx, eave, hz], C.policeBlue, true),
    boxBetween([-hx, eave - 0.2, -hz], [hx, eave, -hz + 0.02], C.policeBlue, true),
  );
  k.matte(
    boxBetween([-hx, eave - 0.2, -hz + 0.02], [-hx + 0.02, eave, hz - 0.02], C.policeBlue, true),
    boxBetween([hx - 0.02, eave - 0.2, -hz + 0.02], [hx, eave, hz - 0.02], C.policeBlue, true),
  );
  // Folding table with a skirt and leaflets.
  k.matte(boxBetween([-0.9, 0.72, -0.35], [0.9, 0.76, 0.35], C.white));
  for (const sx of [-1, 1])
    for (const sz of [-1, 1])
      k.matte(boxBetween([sx * 0.82 - 0.015, 0, sz * 0.28 - 0.015], [sx * 0.82 + 0.015, 0.72, sz * 0.28 + 0.015], C.grey));
  k.matte(boxBetween([-0.9, 0.38, 0.35], [0.9, 0.72, 0.365], C.policeBlue));
  k.matte(boxBetween([-0.5, 0.76, -0.1], [-0.2, 0.78, 0.12], C.white), boxBetween([0.2, 0.76, -0.1], [0.45, 0.8, 0.1], C.yellow));
  k.solid([-0.9, 0, -0.35], [0.9, 0.76, 0.365]);
  for (const sx of [-1, 1])
    for (const sz of [-1, 1])
      k.solid([sx * (hx - 0.04) - 0.03, 0, sz * (hz - 0.04) - 0.03], [sx * (hx - 0.04) + 0.03, eave, sz * (hz - 0.04) + 0.03]);
  return k.built();
}
