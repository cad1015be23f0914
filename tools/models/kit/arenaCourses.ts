/**
 * Each discipline's course on a demonstration field: its obstacles, and where they stand. One file at
 * about 10 KB: the obstacles are drawn for these courses only, beside the layouts that place them.
 */
import type { Discipline } from '../../../src/edition/arena.ts';
import { C, hex } from './colors.ts';
import {
  appendAll as append,
  beam,
  box,
  cylinderX,
  doubleSided,
  emptyGeo,
  fan,
  place,
  quad,
  tube,
  type RGB,
  type V3,
} from './geo.ts';
import type { Geo } from './types.ts';

/** The field a course is laid on, in the field's frame (origin at its centre). */
export interface CourseSite {
  /** The field's width (local x) and depth (local z). */
  fw: number;
  fd: number;
  /** The rotation that turns +z toward the audience. */
  toward: number;
  /** Adds an obstacle's geometry. */
  put(g: Geo, x: number, z: number, rot?: number): void;
  /** Adds a collision box standing on the ground. */
  block(size: V3, x: number, z: number, rot?: number): void;
}

export function layCourse(discipline: Discipline, site: CourseSite): void {
  if (discipline === 'mounted-police') mountedPoliceCourse(site);
  else if (discipline === 'dog-brigade') dogBrigadeCourse(site);
  else specialForcesCourse(site);
}

/** Show jumps along the field's long axis. */
function mountedPoliceCourse({ fw, fd, put, block }: CourseSite): void {
  const long = fd >= fw;
  const L = long ? fd : fw,
    S = long ? fw : fd;
  const jumps: [number, number, number, RGB[], boolean][] = [
    [-0.22, -0.32, 0, [C.moroccoRed, C.white, C.moroccoRed], false],
    [0.2, -0.12, 0.35, [C.policeBlue, C.white, C.policeBlue], true],
    [-0.18, 0.08, -0.3, [C.moroccoRed, C.white, C.moroccoRed], false],
    [0.2, 0.28, 0, [C.moroccoRed, C.white, C.policeBlue], false],
    [-0.05, 0.4, Math.PI / 2, [C.white, C.moroccoRed, C.white], true],
  ];
  for (const [s, l, r, colors, oxer] of jumps) {
    const x = long ? s * S : l * L;
    const z = long ? l * L : s * S;
    const rot = r + (long ? 0 : Math.PI / 2);
    put(showJump(colors, oxer), x, z, rot);
    block([4.3, 1.6, oxer ? 1.8 : 0.6], x, z, rot);
  }
}

/** An agility course: A-frame, tunnel, hurdles, weave poles, a pause table and a palisade. */
function dogBrigadeCourse({ fw, fd, put, block }: CourseSite): void {
  const sx = fw / 2 - 4,
    sz = fd / 2 - 4;
  put(aFrame(), -0.45 * sx, -0.4 * sz, Math.PI / 2);
  block([3, 1.7, 1.1], -0.45 * sx, -0.4 * sz, Math.PI / 2);
  put(tunnel(), 0.4 * sx, -0.5 * sz);
  block([4.6, 0.8, 1.4], 0.4 * sx, -0.5 * sz + 0.45);
  for (let i = 0; i < 3; i++) {
    put(hurdle(), -0.5 * sx + i * 0.5 * sx, 0.2 * sz);
    block([1.3, 1.0, 0.2], -0.5 * sx + i * 0.5 * sx, 0.2 * sz);
  }
  put(weavePoles(), 0.55 * sx, 0.35 * sz);
  block([0.3, 1.0, 6.2], 0.55 * sx, 0.35 * sz);
  // Pause table and a wall jump (palisade).
  put(box([1.2, 0.6, 1.2], [0, 0.3, 0], C.policeBlue), -0.6 * sx, 0.7 * sz);
  block([1.2, 0.6, 1.2], -0.6 * sx, 0.7 * sz);
  put(append(box([2.0, 1.4, 0.25], [0, 0.7, 0], C.wood), box([2.02, 0.2, 0.27], [0, 1.3, 0], C.yellow)), 0.1 * sx, 0.7 * sz);
  block([2.0, 1.4, 0.4], 0.1 * sx, 0.7 * sz);
}

/**
 * A training tower on the far side from the audience, its facade toward it; an armoured vehicle;
 * concrete barriers; white markings on the asphalt.
 */
function specialForcesCourse({ fw, fd, toward, put, block }: CourseSite): void {
  const reach = Math.min(fw, fd) / 2 - 4;
  const tx = -Math.sin(toward) * reach * 0.8,
    tz = -Math.cos(toward) * reach * 0.8;
  put(trainingTower(), tx, tz, toward);
  block([6.4, 11, 3.6], tx, tz, toward);
  // Vehicle parked to one side, broadside to the audience.
  const side = toward + Math.PI / 2;
  const vx = Math.sin(side) * reach * 0.7 - Math.sin(toward) * 2,
    vz = Math.cos(side) * reach * 0.7 - Math.cos(toward) * 2;
  put(armouredVehicle(), vx, vz, toward);
  block([6.4, 3.4, 2.6], vx, vz, toward);
  for (let i = 0; i < 3; i++) {
    const bx = -Math.sin(side) * reach * 0.6 + Math.sin(toward) * (i * 3.4 - 1),
      bz = -Math.cos(side) * reach * 0.6 + Math.cos(toward) * (i * 3.4 - 1);
    put(jerseyBarrier(), bx, bz, side + (i % 2 ? 0.3 : -0.2));
    block([3, 0.8, 0.6], bx, bz, side + (i % 2 ? 0.3 : -0.2));
  }
  // Markings: a square frame in the middle of the field.
  const m = Math.min(fw, fd) * 0.22;
  for (const [a, b] of [
    [
      [-m, -m],
      [m, -m],
    ],
    [
      [m, -m],
      [m, m],
    ],
    [
      [m, m],
      [-m, m],
    ],
    [
      [-m, m],
      [-m, -m],
    ],
  ] as [[number, number], [number, number]][]) {
    const dx = b[0] - a[0],
      dz = b[1] - a[1];
    const len = Math.hypot(dx, dz);
    const nx = (-dz / len) * 0.1,
      nz = (dx / len) * 0.1;
    const y = 0.055;
    put(
      fan(
        [
          [a[0] - nx, y, a[1] - nz],
          [b[0] - nx, y, b[1] - nz],
          [b[0] + nx, y, b[1] + nz],
          [a[0] + nx, y, a[1] + nz],
        ],
        [0, 1, 0],
        C.white,
      ),
      0,
      0,
    );
  }
}

/** A show jump: two wings and three coloured poles, centred, poles along x. */
function showJump(colors: RGB[], oxer: boolean): Geo {
  const g = emptyGeo();
  const depth = oxer ? 1.2 : 0;
  for (const dz of oxer ? [-depth / 2, depth / 2] : [0]) {
    for (const sx of [-1, 1])
      append(
        g,
        box([0.35, 1.6, 0.5], [sx * 1.95, 0.8, dz], C.white),
        box([0.37, 0.3, 0.52], [sx * 1.95, 1.45, dz], C.policeBlue),
      );
    colors.forEach((c, i) => append(g, box([3.5, 0.1, 0.1], [0, 0.45 + i * 0.4, dz], c)));
  }
  return g;
}

function hurdle(): Geo {
  return append(
    emptyGeo(),
    box([0.08, 1.0, 0.08], [-0.6, 0.5, 0], C.white),
    box([0.08, 1.0, 0.08], [0.6, 0.5, 0], C.white),
    box([1.2, 0.06, 0.06], [0, 0.6, 0], C.yellow),
  );
}

function aFrame(): Geo {
  const g = emptyGeo();
  append(g, beam([0, 0.02, -1.4], [0, 1.6, 0], 1.0, 0.06, C.yellow), beam([0, 0.02, 1.4], [0, 1.6, 0], 1.0, 0.06, C.yellow));
  append(
    g,
    beam([0, 0.06, -1.3], [0, 0.75, -0.75], 1.02, 0.07, C.policeBlue),
    beam([0, 0.06, 1.3], [0, 0.75, 0.75], 1.02, 0.07, C.policeBlue),
  );
  return g;
}

function tunnel(): Geo {
  const pts: V3[] = [
    [-2.2, 0.38, 0],
    [0, 0.38, 0.9],
    [2.2, 0.38, 0],
  ];
  return doubleSided(tube(pts, [0.38, 0.38, 0.38], 8, C.skyBlue));
}

function weavePoles(): Geo {
  const g = emptyGeo();
  append(g, box([0.1, 0.04, 6.2], [0, 0.02, 0], C.white));
  for (let i = 0; i < 8; i++) append(g, box([0.05, 1.0, 0.05], [0, 0.5, -2.8 + i * 0.8], i % 2 ? C.white : C.orange));
  return g;
}

/** A three-storey training tower for rappelling, facade toward +z. */
function trainingTower(): Geo {
  const g = emptyGeo();
  const w = 6,
    d = 3,
    storey = 3.3,
    h = storey * 3;
  for (const sx of [-1, 1])
    for (const sz of [-1, 1]) append(g, box([0.16, h + 1.1, 0.16], [(sx * w) / 2, (h + 1.1) / 2, (sz * d) / 2], C.grey));
  for (let k = 1; k <= 3; k++) {
    append(g, box([w + 0.2, 0.18, d + 0.2], [0, k * storey, 0], C.darkGrey));
    // Braces on the sides and back.
    for (const sx of [-1, 1])
      append(
        g,
        beam([(sx * w) / 2, (k - 1) * storey + 0.1, -d / 2], [(sx * w) / 2, k * storey - 0.1, d / 2], 0.07, 0.07, C.grey),
      );
    append(g, beam([-w / 2, (k - 1) * storey + 0.1, -d / 2], [w / 2, k * storey - 0.1, -d / 2], 0.07, 0.07, C.grey));
  }
  // Facade: a concrete-grey wall with dark windows on each storey and a door.
  const fz = d / 2 + 0.1;
  append(g, box([w, h, 0.2], [0, h / 2, fz], hex('#b9b2a4')));
  const wz = fz + 0.11;
  for (let k = 0; k < 3; k++) {
    for (const x of [-1.5, 1.5]) {
      if (k === 0 && x > 0) continue;
      const y0 = k * storey + 1.0,
        y1 = y0 + 1.5;
      append(g, quad([x - 0.7, y0, wz], [x + 0.7, y0, wz], [x + 0.7, y1, wz], [x - 0.7, y1, wz], C.charcoal));
    }
  }
  append(g, quad([0.9, 0.05, wz], [2.1, 0.05, wz], [2.1, 2.3, wz], [0.9, 2.3, wz], C.darkGrey));
  // Top railing and a davit arm with two ropes down the facade.
  for (const [a, b] of [
    [
      [-w / 2, -d / 2],
      [w / 2, -d / 2],
    ],
    [
      [-w / 2, d / 2],
      [w / 2, d / 2],
    ],
    [
      [-w / 2, -d / 2],
      [-w / 2, d / 2],
    ],
    [
      [w / 2, -d / 2],
      [w / 2, d / 2],
    ],
  ] as [[number, number], [number, number]][])
    append(g, beam([a[0], h + 1.05, a[1]], [b[0], h + 1.05, b[1]], 0.06, 0.06, C.moroccoRed));
  append(
    g,
    beam([-1, h + 1.6, 0], [-1, h + 1.6, fz + 1.0], 0.1, 0.12, C.charcoal),
    beam([1, h + 1.6, 0], [1, h + 1.6, fz + 1.0], 0.1, 0.12, C.charcoal),
  );
  for (const x of [-1, 1]) append(g, box([0.04, h + 1.6, 0.04], [x, (h + 1.6) / 2, fz + 0.9], C.black));
  return g;
}

/** An armoured vehicle silhouette, nose toward +x. */
function armouredVehicle(): Geo {
  const g = emptyGeo();
  const body = C.navy;
  append(g, box([6.2, 1.3, 2.5], [0, 1.15, 0], body));
  append(g, box([4.2, 1.1, 2.4], [-0.8, 2.35, 0], body));
  append(g, beam([1.3, 1.95, 0], [2.9, 1.85, 0], 2.3, 0.2, body));
  append(g, box([6.24, 0.18, 2.54], [0, 1.45, 0], C.white));
  append(g, box([1.0, 0.5, 1.0], [-1.4, 3.15, 0], C.darkGrey));
  // Windscreen and side windows.
  append(
    g,
    fan(
      [
        [1.31, 2.15, -1.0],
        [1.31, 2.15, 1.0],
        [1.31, 2.75, 1.0],
        [1.31, 2.75, -1.0],
      ],
      [1, 0, 0],
      C.charcoal,
    ),
  );
  for (const sz of [-1, 1]) {
    const z = sz * 1.21;
    const a: V3 = [-1.5, 2.35, z],
      b: V3 = [0.8, 2.35, z],
      c: V3 = [0.8, 2.75, z],
      e: V3 = [-1.5, 2.75, z];
    append(g, sz > 0 ? quad(a, b, c, e, C.charcoal) : quad(b, a, e, c, C.charcoal));
  }
  for (const x of [-2.0, 2.0]) for (const sz of [-1, 1]) append(g, wheel(x, sz * 1.1));
  return g;
}

function wheel(x: number, z: number): Geo {
  // cylinderX runs along x: turn it a quarter so the axle is along z.
  return place(cylinderX(0.6, 0.45, 8, [0, 0, 0], C.black), [x, 0.6, z], Math.PI / 2);
}

function jerseyBarrier(): Geo {
  return append(
    emptyGeo(),
    box([3, 0.3, 0.6], [0, 0.15, 0], C.concrete),
    beam([-1.5, 0.55, 0], [1.5, 0.55, 0], 0.3, 0.5, C.concrete),
  );
}
