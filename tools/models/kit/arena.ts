/**
 * Open-air demonstration areas (mounted police, dog brigade, special forces): a field inset in the
 * zone, a white-and-blue fence around it with a gate, spectators' bleachers on the sides the data
 * lists, and the discipline's obstacles. Built in the zone's local frame (front = +z).
 */
import type { Side, Zone } from '../../../src/edition/schema.ts';
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
  solid,
  tube,
  type RGB,
  type V3,
} from './geo.ts';
import type { Built, CollisionBox, Geo } from './types.ts';

const SIDES: readonly Side[] = ['front', 'back', 'left', 'right'];
const NORMAL: Record<Side, [number, number]> = { front: [0, 1], back: [0, -1], left: [-1, 0], right: [1, 0] };
/** Turn that brings a bleacher built facing +z (field in front of it, rows rising toward −z) onto a side. */
const FACING: Record<Side, number> = { back: 0, front: Math.PI, left: Math.PI / 2, right: -Math.PI / 2 };

const ROWS = 5;
const TREAD = 0.85;
const RISE = 0.45;
/** Gap between the fence and the first row of the bleachers. */
const WALKWAY = 1.3;
const BLEACHER_DEPTH = ROWS * TREAD;
const FENCE_HEIGHT = 1.3;
const GATE_WIDTH = 6;

const SAND = hex('#c9a46e');
const CONCRETE = hex('#a9a9a4');
const SEAT = C.policeBlue;

/** The field's rectangle (local): insets from each zone edge. */
export function arenaField(zone: Zone): { x0: number; x1: number; z0: number; z1: number } {
  const b = new Set(zone.bleachers ?? []);
  const inset = (s: Side): number => (b.has(s) ? WALKWAY + BLEACHER_DEPTH + 0.8 : 2.5);
  return {
    x0: -zone.width / 2 + inset('left'),
    x1: zone.width / 2 - inset('right'),
    z0: -zone.depth / 2 + inset('back'),
    z1: zone.depth / 2 - inset('front'),
  };
}

/** The side that gets the gate: the one without bleachers that best faces the site centre (plan origin). */
export function gateSide(zone: Zone): Side {
  const a = (zone.rotation * Math.PI) / 180;
  const c = Math.cos(a),
    s = Math.sin(a);
  const dx = -zone.position[0],
    dz = -zone.position[1];
  const lx = c * dx - s * dz,
    lz = s * dx + c * dz;
  const taken = new Set(zone.bleachers ?? []);
  const free = SIDES.filter((sd) => !taken.has(sd));
  const pool = free.length ? free : SIDES;
  let best: Side = pool[0]!;
  let bestScore = -Infinity;
  for (const sd of pool) {
    const score = NORMAL[sd][0] * lx + NORMAL[sd][1] * lz;
    if (score > bestScore + 1e-9) {
      best = sd;
      bestScore = score;
    }
  }
  return best;
}

/** A fence run from a to b on the ground (posts every ~3 m, two white rails, a blue kick board). */
function fenceRun(a: [number, number], b: [number, number], g: Geo, col: CollisionBox[]): void {
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
  if (len < 0.2) return;
  const rot = -Math.atan2(b[1] - a[1], b[0] - a[0]);
  const mid: [number, number] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  append(g, box([len, 0.09, 0.06], [mid[0], 0.65, mid[1]], C.white, rot));
  append(g, box([len, 0.1, 0.06], [mid[0], FENCE_HEIGHT - 0.05, mid[1]], C.white, rot));
  append(g, box([len, 0.35, 0.04], [mid[0], 0.2, mid[1]], C.policeBlue, rot));
  const n = Math.max(1, Math.round(len / 3));
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    append(
      g,
      box(
        [0.1, FENCE_HEIGHT + 0.1, 0.1],
        [a[0] + (b[0] - a[0]) * t, (FENCE_HEIGHT + 0.1) / 2, a[1] + (b[1] - a[1]) * t],
        C.policeBlue,
        rot,
      ),
    );
  }
  col.push(solid([len + 0.1, FENCE_HEIGHT + 0.1, 0.3], [mid[0], (FENCE_HEIGHT + 0.1) / 2, mid[1]], rot));
}

/** One bleacher section `len` long, facing +z (its front row's front edge on z = 0), rising toward −z, with a light roof. */
function bleacherSection(len: number, roofed: boolean): Geo {
  const g = emptyGeo();
  for (let r = 0; r < ROWS; r++) {
    const zf = -r * TREAD;
    const h = (r + 1) * RISE;
    append(g, box([len, h, TREAD], [0, h / 2, zf - TREAD / 2], CONCRETE));
    // Seats: a blue bench strip at the front of each tread.
    append(g, box([len - 0.2, 0.12, 0.42], [0, h + 0.06, zf - 0.3], SEAT));
  }
  // Side rails.
  const topH = ROWS * RISE;
  for (const sx of [-1, 1])
    append(
      g,
      beam([sx * (len / 2 - 0.05), 1.3, 0], [sx * (len / 2 - 0.05), topH + 1.0, -BLEACHER_DEPTH], 0.06, 0.06, C.lightGrey),
    );
  append(g, box([len, 1.0, 0.06], [0, topH + 0.5, -BLEACHER_DEPTH + 0.03], C.policeBlue));
  if (roofed) {
    // Cantilevered shade roof on posts at the back, tilting up toward the field.
    const back = -BLEACHER_DEPTH - 0.1;
    const posts = Math.max(2, Math.round(len / 6) + 1);
    for (let i = 0; i < posts; i++) {
      const x = -len / 2 + 0.2 + ((len - 0.4) * i) / (posts - 1);
      append(g, box([0.16, topH + 3.2, 0.16], [x, (topH + 3.2) / 2, back], C.lightGrey));
    }
    const y0 = topH + 3.1,
      y1 = topH + 3.6;
    const zb = back - 0.3,
      zf = 0.2;
    append(g, doubleSided(quad([-len / 2, y0, zb], [len / 2, y0, zb], [len / 2, y1, zf], [-len / 2, y1, zf], C.white)));
    append(g, beam([-len / 2, y1 - 0.12, zf], [len / 2, y1 - 0.12, zf], 0.08, 0.3, C.policeBlue));
  }
  return g;
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
    box([3, 0.3, 0.6], [0, 0.15, 0], CONCRETE),
    beam([-1.5, 0.55, 0], [1.5, 0.55, 0], 0.3, 0.5, CONCRETE),
  );
}

/** A demonstration area in its zone's local frame. */
export function arena(zone: Zone): Built {
  const matte = emptyGeo();
  const col: CollisionBox[] = [];
  const f = arenaField(zone);
  const fw = f.x1 - f.x0,
    fd = f.z1 - f.z0;
  const cx = (f.x0 + f.x1) / 2,
    cz = (f.z0 + f.z1) / 2;
  const discipline = zone.discipline ?? 'mounted-police';
  const surface = discipline === 'mounted-police' ? SAND : discipline === 'dog-brigade' ? C.grass : C.asphalt;
  append(matte, box([fw, 0.05, fd], [cx, 0.025, cz], surface));
  const put = (g: Geo, x: number, z: number, rot = 0): void => void append(matte, place(g, [cx + x, 0, cz + z], rot));
  const block = (size: V3, x: number, z: number, rot = 0): void => void col.push(solid(size, [cx + x, size[1] / 2, cz + z], rot));

  // Fence with a gate gap.
  const gate = gateSide(zone);
  const corners: Record<Side, [[number, number], [number, number]]> = {
    front: [
      [f.x0, f.z1],
      [f.x1, f.z1],
    ],
    back: [
      [f.x0, f.z0],
      [f.x1, f.z0],
    ],
    left: [
      [f.x0, f.z0],
      [f.x0, f.z1],
    ],
    right: [
      [f.x1, f.z0],
      [f.x1, f.z1],
    ],
  };
  for (const side of SIDES) {
    const [a, b] = corners[side];
    if (side !== gate) {
      fenceRun(a, b, matte, col);
      continue;
    }
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const ux = (b[0] - a[0]) / len,
      uz = (b[1] - a[1]) / len;
    const g0 = len / 2 - GATE_WIDTH / 2,
      g1 = len / 2 + GATE_WIDTH / 2;
    const p0: [number, number] = [a[0] + ux * g0, a[1] + uz * g0];
    const p1: [number, number] = [a[0] + ux * g1, a[1] + uz * g1];
    fenceRun(a, p0, matte, col);
    fenceRun(p1, b, matte, col);
    // Gate posts, taller, and the two gate leaves swung open outward.
    const [nx, nz] = NORMAL[side];
    for (const [p, sgn] of [
      [p0, 1],
      [p1, -1],
    ] as const) {
      append(matte, box([0.25, 2.2, 0.25], [p[0], 1.1, p[1]], C.policeBlue));
      col.push(solid([0.3, 2.2, 0.3], [p[0], 1.1, p[1]]));
      const tip: V3 = [p[0] + nx * 2.8 + ux * 0.2 * sgn, 0.9, p[1] + nz * 2.8 + uz * 0.2 * sgn];
      append(matte, beam([p[0] + nx * 0.15, 1.2, p[1] + nz * 0.15], [tip[0], 1.2, tip[2]], 0.05, 0.08, C.white));
      append(matte, beam([p[0] + nx * 0.15, 0.6, p[1] + nz * 0.15], [tip[0], 0.6, tip[2]], 0.05, 0.08, C.white));
      append(matte, beam([p[0] + nx * 0.15, 0.3, p[1] + nz * 0.15], [tip[0], 0.3, tip[2]], 0.04, 0.3, C.policeBlue));
    }
  }

  // Bleachers outside the fence.
  for (const side of zone.bleachers ?? []) {
    const [nx, nz] = NORMAL[side];
    const along = side === 'front' || side === 'back' ? fw : fd;
    const centre = side === 'front' || side === 'back' ? cx : cz;
    const dist = side === 'front' ? f.z1 : side === 'back' ? -f.z0 : side === 'right' ? f.x1 : -f.x0;
    const usable = along - 3;
    const sections = Math.max(1, Math.ceil(usable / 16));
    const aisle = 1.4;
    const secLen = (usable - aisle * (sections - 1)) / sections;
    const sec = bleacherSection(secLen, true);
    const rot = FACING[side];
    for (let i = 0; i < sections; i++) {
      const u = centre - usable / 2 + secLen / 2 + i * (secLen + aisle);
      const d = dist + WALKWAY;
      const px = nx !== 0 ? nx * d : u;
      const pz = nz !== 0 ? nz * d : u;
      append(matte, place(sec, [px, 0, pz], rot));
      const cd = d + BLEACHER_DEPTH / 2;
      const ccx = nx !== 0 ? nx * cd : u;
      const ccz = nz !== 0 ? nz * cd : u;
      const size: V3 =
        nx !== 0 ? [BLEACHER_DEPTH + 0.2, ROWS * RISE + 1, secLen] : [secLen, ROWS * RISE + 1, BLEACHER_DEPTH + 0.2];
      col.push(solid(size, [ccx, size[1] / 2, ccz]));
    }
  }

  // Where the audience sits, seen from the field centre (for facing the show toward it).
  let ax = 0,
    az = 0;
  for (const s of zone.bleachers ?? []) {
    ax += NORMAL[s][0];
    az += NORMAL[s][1];
  }
  if (ax === 0 && az === 0) az = 1;
  const toward = Math.atan2(ax, az); // rotation that turns +z toward the audience

  if (discipline === 'mounted-police') {
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
  } else if (discipline === 'dog-brigade') {
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
  } else {
    // Special forces: a training tower on the far side from the audience, its facade toward it; an
    // armoured vehicle; concrete barriers; white markings on the asphalt.
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
  return { parts: { matte }, collision: col };
}
